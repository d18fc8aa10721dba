import {
  Actor,
  AuditActionName,
  AuditSettings,
  AuditState,
  DEFAULT_AUDIT_SETTINGS,
  performAuditAction,
  Rejection,
  Task,
  TaskKind,
  tickAuditClock,
  TimelineEvent,
} from '@auditflow/domain';
import { sampleMeeting, samplePlan } from '@auditflow/samples';
import { InMemoryAudit, sampleDefinition } from '../../../support/in-memory-audit';
import { as, P, rejectionOf } from './fixtures';

/** When the sample audit starts; InMemoryAudit then moves its clock one second per step. */
export const START = Date.parse('2027-01-04T08:00:00Z');

export function newAudit(settings: AuditSettings = DEFAULT_AUDIT_SETTINGS): InMemoryAudit {
  return new InMemoryAudit(sampleDefinition(), settings, START);
}

/** Performs an action and returns the full timeline events it produced (notifications included). */
export async function act(audit: InMemoryAudit, action: AuditActionName, actor: Actor, payload: unknown = {}): Promise<TimelineEvent[]> {
  const from = audit.timeline.length;
  await audit.act(action, actor, payload);
  return audit.timeline.slice(from);
}

/**
 * Attempts an action that must be refused: returns the Rejection and checks that the audit state is untouched
 * (the input object deep-equals a copy taken before).
 */
export function refuse(audit: InMemoryAudit, action: AuditActionName, actor: Actor, payload: unknown = {}, state: AuditState = audit.state): Rejection {
  const before = structuredClone(state);
  const rejection = rejectionOf(() => performAuditAction(state, action, actor, payload, audit.now()));
  expect(state).toStrictEqual(before);
  return rejection;
}

/** Sets the audit clock to `at` and fires whatever the clock owes; returns the events. */
export function tickAt(audit: InMemoryAudit, at: number): TimelineEvent[] {
  audit.clock = at;
  const outcome = tickAuditClock(audit.state, new Date(at).toISOString());
  audit.state = outcome.state;
  audit.timeline.push(...outcome.events);
  return outcome.events;
}

export function activeTasks(state: AuditState, kind?: TaskKind): Task[] {
  return state.tasks.filter((task) => (task.state === 'open' || task.state === 'overdue') && (!kind || task.kind === kind));
}

/** The single active task of a kind; fails when there is none or more than one. */
export function activeTask(state: AuditState, kind: TaskKind): Task {
  const found = activeTasks(state, kind);
  if (found.length !== 1) throw new Error(`expected one active ${kind} task, found ${found.length}`);
  return found[0]!;
}

export function taskById(state: AuditState, id: string): Task {
  const task = state.tasks.find((candidate) => candidate.id === id);
  if (!task) throw new Error(`no task ${id}`);
  return task;
}

/** Contact acknowledged without objections and the audit judged feasible. */
export async function auditInPreparing(settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = newAudit(settings);
  await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
  await act(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'People and information are available' });
  return audit;
}

export const PLAN = samplePlan(START);
export const OPENING = sampleMeeting('opening', START);
export const CLOSING = sampleMeeting('closing', START);

/** Still preparing, with every precondition of the opening meeting met. */
export async function auditReadyForOpening(settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = await auditInPreparing(settings);
  await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'Statement of Applicability' }] });
  await act(audit, 'supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://soa/v7' });
  await act(audit, 'recordDocumentReview', as.lead, { adequate: true });
  await act(audit, 'addChecklistItems', as.lead, {
    items: [{ clause: 'A.5.15', question: 'Are access rights reviewed?', expectedEvidence: 'Review records', method: 'document' }],
  });
  await act(audit, 'assignWork', as.lead, { assignments: [{ auditor: P.auditor.email, area: 'Access control', checklistItemIds: ['C-1'] }] });
  await act(audit, 'draftPlan', as.lead, { content: PLAN });
  await act(audit, 'presentPlan', as.lead);
  await act(audit, 'answerPlan', as.rep, { accepted: true });
  await act(audit, 'scheduleMeeting', as.lead, OPENING);
  await act(audit, 'scheduleMeeting', as.lead, CLOSING);
  return audit;
}

export async function auditInConducting(settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = await auditReadyForOpening(settings);
  await act(audit, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Plan confirmed' });
  return audit;
}

/** Records evidence E-1 and a major nonconformity citing it; returns the finding id. */
export async function recordMajorNonconformity(audit: InMemoryAudit): Promise<string> {
  await act(audit, 'recordEvidence', as.auditor, { checklistItemId: 'C-1', kind: 'document', description: 'No access review records for 2026' });
  const events = await act(audit, 'recordFinding', as.auditor, {
    grade: 'major-nonconformity',
    criterion: 'A.5.18',
    statement: 'Access rights are not reviewed',
    evidenceIds: [audit.state.evidence[audit.state.evidence.length - 1]!.id],
  });
  return events.find((event) => event.type === 'finding.recorded')!.subjectId!;
}

/** Closing meeting held; with `nonconformity` a major nonconformity was recorded and acknowledged first. */
export async function auditInReporting(options: { nonconformity: boolean }, settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = await auditInConducting(settings);
  if (options.nonconformity) {
    const findingId = await recordMajorNonconformity(audit);
    await act(audit, 'respondToFinding', as.rep, { findingId, acknowledged: true });
  }
  await act(audit, 'recordConclusions', as.lead, { conformityDegree: 'Largely conforming', effectiveness: 'Effective', objectivesMet: true });
  await act(audit, 'holdClosingMeeting', as.lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Findings presented' });
  return audit;
}

/** Report drafted, reviewed by the programme manager and approved, not yet issued. */
export async function auditWithApprovedReport(options: { nonconformity: boolean }, settings?: AuditSettings): Promise<InMemoryAudit> {
  const audit = await auditInReporting(options, settings);
  await act(audit, 'draftReport', as.lead, { content: { summary: 'Largely conforming.' } });
  await act(audit, 'reviewReport', as.pm, { comments: 'Clear' });
  await act(audit, 'approveReport', as.lead);
  return audit;
}
