import {
  Actor,
  AuditSettings,
  CorrectiveActionInput,
  CorrectiveActionState,
  DEFAULT_AUDIT_SETTINGS,
  FollowUpActionName,
  NonconformityGrade,
  openFollowUp,
  performFollowUpAction,
  TaskKind,
  tickFollowUpClock,
} from '@auditflow/domain';
import { as, DAY, iso, P, rejectionOf } from './fixtures';

export const OPENED = Date.parse('2027-02-01T09:00:00Z');
export const PLAN = { rootCause: 'No HR feed into IAM', actionPlan: 'Automate deprovisioning' };
export const MAJOR_PLAN = { ...PLAN, correction: 'Leaver accounts disabled' };

export function input(grade: NonconformityGrade, settings: AuditSettings = DEFAULT_AUDIT_SETTINGS, verifier: string = P.auditor.email): CorrectiveActionInput {
  return {
    auditId: 'A-1',
    auditTitle: 'IT Operations ISMS audit',
    parentWorkflowId: 'audit-A-1',
    finding: { id: 'F-1', grade, criterion: 'A.5.18', statement: 'Access rights are not reviewed', evidenceIds: ['E-1'], recordedBy: verifier, recordedAt: iso(OPENED - DAY) },
    people: {
      programmeManager: P.programmeManager.email,
      complianceLead: P.complianceLead.email,
      teamLeader: P.teamLeader.email,
      auditeeManager: P.auditeeManager.email,
      auditeeRepresentative: P.auditeeRepresentative.email,
      auditeeDelegates: [],
      verifier,
      auditors: [P.auditor.email, P.secondAuditor.email],
    },
    settings,
    auditeeUnit: 'IT Operations',
  };
}

/** A follow-up driven step by step, one hour apart. */
export class FollowUp {
  state: CorrectiveActionState;
  events: ReturnType<typeof openFollowUp>['events'] = [];
  clock = OPENED;

  constructor(grade: NonconformityGrade, settings?: AuditSettings, verifier?: string) {
    const opened = openFollowUp(input(grade, settings, verifier), iso(this.clock));
    this.state = opened.state;
    this.events = opened.events;
  }

  now(): string {
    this.clock += 3600_000;
    return iso(this.clock);
  }

  act(action: FollowUpActionName, actor: Actor, payload: unknown = {}): this {
    const outcome = performFollowUpAction(this.state, action, actor, payload, this.now());
    this.state = outcome.state;
    this.events = outcome.events;
    return this;
  }

  /** Moves the clock to `at` and lets the follow-up's clock act (reminders, escalations, scheduled checks). */
  tickAt(at: number): this {
    this.clock = at;
    const outcome = tickFollowUpClock(this.state, iso(at));
    this.state = outcome.state;
    this.events = outcome.events;
    return this;
  }

  refuse(action: FollowUpActionName, actor: Actor, payload: unknown = {}) {
    const before = structuredClone(this.state);
    const rejection = rejectionOf(() => performFollowUpAction(this.state, action, actor, payload, this.now()));
    expect(this.state).toStrictEqual(before);
    return rejection;
  }

  active(kind?: TaskKind) {
    return this.state.tasks.filter((task) => (task.state === 'open' || task.state === 'overdue') && (!kind || task.kind === kind));
  }

  soleTask(kind: TaskKind) {
    const active = this.active();
    expect(active.map((task) => task.kind)).toEqual([kind]);
    return active[0]!;
  }

  /** Plan submitted and accepted, evidence delivered: waiting for verification. */
  toVerification(): this {
    const plan = this.state.input.finding.grade === 'major-nonconformity' ? MAJOR_PLAN : PLAN;
    return this.act('submitActionPlan', as.rep, plan)
      .act('reviewActionPlan', as.lead, { accept: true })
      .act('submitImplementationEvidence', as.rep, { description: 'Integration live', references: ['CHG-1001'] });
  }
}

