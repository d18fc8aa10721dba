import { Actor, Rejection, RejectionKind, Task, TimelineEvent, NotificationIntent } from '@auditflow/domain';
import { SAMPLE_PEOPLE } from '@auditflow/samples';

export const P = SAMPLE_PEOPLE;

/** The sample cast, each in the role they hold in the sample audit. */
export const as = {
  pm: { email: P.programmeManager.email, role: 'programme-manager' },
  compliance: { email: P.complianceLead.email, role: 'compliance-lead' },
  lead: { email: P.teamLeader.email, role: 'team-leader' },
  auditor: { email: P.auditor.email, role: 'auditor' },
  second: { email: P.secondAuditor.email, role: 'auditor' },
  rep: { email: P.auditeeRepresentative.email, role: 'auditee-representative' },
  manager: { email: P.auditeeManager.email, role: 'auditee-manager' },
} satisfies Record<string, Actor>;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A bare task for clock and task-operation tests; every field can be overridden. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 'T-1',
    kind: 'supply-documents',
    title: 'Supply documents',
    assignee: P.auditeeRepresentative.email,
    role: 'auditee-representative',
    createdAt: '2027-03-01T00:00:00.000Z',
    dueAt: '2027-03-11T00:00:00.000Z',
    dueVersion: 1,
    armedAt: '2027-03-01T00:00:00.000Z',
    state: 'open',
    escalationLevel: 0,
    remindersSent: [],
    ...overrides,
  };
}

/** The Rejection thrown by `run`; fails the test when nothing (or something else) is thrown. */
export function rejectionOf(run: () => unknown): Rejection {
  try {
    run();
  } catch (error) {
    if (error instanceof Rejection) return error;
    throw error;
  }
  throw new Error('expected a Rejection, but the call succeeded');
}

export function expectRejection(rejection: Rejection, kind: RejectionKind, message?: RegExp | string, field?: string): void {
  expect(rejection.kind).toBe(kind);
  if (message !== undefined) expect(rejection.message).toMatch(message);
  if (field !== undefined) expect(rejection.field).toBe(field);
}

/** Every notification intent carried by the events, in order. */
export function intents(events: readonly TimelineEvent[]): NotificationIntent[] {
  return events.flatMap((event) => event.notify ?? []);
}

export function eventTypes(events: readonly TimelineEvent[]): string[] {
  return events.map((event) => event.type);
}
