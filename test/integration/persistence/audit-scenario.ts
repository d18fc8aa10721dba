import { randomBytes, randomUUID } from 'node:crypto';
import {
  AuditActionName,
  AuditDefinition,
  AuditRole,
  AuditSettings,
  AuditState,
  auditWorkflowId,
  CorrectiveActionInput,
  CorrectiveActionState,
  DEFAULT_AUDIT_SETTINGS,
  diffAudit,
  diffFollowUp,
  followUpInput,
  followUpWorkflowId,
  FollowUpActionName,
  isActive,
  openFollowUp,
  performAuditAction,
  performFollowUpAction,
  ProgressRecord,
  startAudit,
  Task,
  tickAuditClock,
  TimelineEvent,
} from '@auditflow/domain';

/** Everyone taking part in one test audit; addresses are unique per scenario so tests can share a database. */
export function scenarioPeople(tag = randomBytes(4).toString('hex')) {
  const at = (name: string) => `${name}-${tag}@example.org`;
  return {
    tag,
    leader: at('leader'),
    auditor: at('auditor'),
    representative: at('rep'),
    manager: at('auditee-manager'),
    programmeManager: at('pm'),
    complianceLead: at('compliance'),
  };
}
export type ScenarioPeople = ReturnType<typeof scenarioPeople>;

export function auditDefinition(programmeId: string, people: ScenarioPeople, unit = `IT Operations ${people.tag}`): AuditDefinition {
  return {
    auditId: randomUUID(),
    programmeId,
    title: `ISMS internal audit ${people.tag}`,
    objectives: ['Verify conformity with ISO/IEC 27001:2022'],
    scope: { units: [unit], sites: ['HQ'], processes: ['Internal audit'] },
    criteria: ['ISO/IEC 27001:2022 clauses 4-10'],
    method: 'on-site',
    plannedStart: '2026-02-02T09:00:00.000Z',
    plannedEnd: '2026-02-06T17:00:00.000Z',
    auditee: { unit, representative: { email: people.representative, name: 'Rita Rep' }, manager: { email: people.manager, name: 'Max Manager' } },
    team: [
      { email: people.leader, name: 'Lea Leader', role: 'team-leader', unit: 'Internal Audit' },
      { email: people.auditor, name: 'Adam Auditor', role: 'auditor', unit: 'Internal Audit' },
    ],
    programmeManager: { email: people.programmeManager, name: 'Pia Programme' },
    complianceLead: { email: people.complianceLead, name: 'Carl Compliance' },
  };
}

function earliestActiveDue(tasks: readonly Task[]): string | undefined {
  const due = tasks.filter(isActive).map((task) => Date.parse(task.dueAt));
  return due.length ? new Date(Math.min(...due)).toISOString() : undefined;
}

/** Numbers events as the workflow's ProgressRecorder does: consecutive seq from 1 across the run. */
class SeqCounter {
  private next = 1;
  take(events: readonly TimelineEvent[]): number {
    const first = this.next;
    this.next += events.length;
    return first;
  }
}

/** Drives the real audit rules and yields the ProgressRecord each step would send. */
export class AuditRun {
  state: AuditState;
  readonly workflowId: string;
  readonly records: ProgressRecord[] = [];
  private readonly seq = new SeqCounter();

  constructor(readonly definition: AuditDefinition, at: string, settings: AuditSettings = DEFAULT_AUDIT_SETTINGS) {
    this.workflowId = auditWorkflowId(definition.auditId);
    const outcome = startAudit(definition, settings, at);
    this.state = outcome.state;
    this.push(undefined, outcome.state, outcome.events, at);
  }

  act(action: AuditActionName, actor: { email: string; role: AuditRole }, payload: unknown, at: string): ProgressRecord {
    const before = this.state;
    const outcome = performAuditAction(before, action, actor, payload, at);
    this.state = outcome.state;
    return this.push(before, outcome.state, outcome.events, at);
  }

  tick(at: string): ProgressRecord {
    const before = this.state;
    const outcome = tickAuditClock(before, at);
    this.state = outcome.state;
    return this.push(before, outcome.state, outcome.events, at);
  }

  get last(): ProgressRecord {
    return this.records[this.records.length - 1]!;
  }

  private push(before: AuditState | undefined, after: AuditState, events: TimelineEvent[], at: string): ProgressRecord {
    const record: ProgressRecord = {
      workflowId: this.workflowId,
      auditId: this.definition.auditId,
      firstSeq: this.seq.take(events),
      phase: after.phase,
      at,
      events,
      delta: diffAudit(before, after, earliestActiveDue(after.tasks)),
    };
    this.records.push(record);
    return record;
  }
}

/** One nonconformity's corrective-action child workflow, driven by the real follow-up rules. */
export class FollowUpRun {
  state: CorrectiveActionState;
  readonly workflowId: string;
  readonly records: ProgressRecord[] = [];
  private readonly seq = new SeqCounter();

  constructor(readonly input: CorrectiveActionInput, at: string) {
    this.workflowId = followUpWorkflowId(input.auditId, input.finding.id);
    const outcome = openFollowUp(input, at);
    this.state = outcome.state;
    this.push(undefined, outcome.state, outcome.events, at);
  }

  act(action: FollowUpActionName, actor: { email: string; role: AuditRole }, payload: unknown, at: string): ProgressRecord {
    const before = this.state;
    const outcome = performFollowUpAction(before, action, actor, payload, at);
    this.state = outcome.state;
    return this.push(before, outcome.state, outcome.events, at);
  }

  private push(before: CorrectiveActionState | undefined, after: CorrectiveActionState, events: TimelineEvent[], at: string): ProgressRecord {
    const record: ProgressRecord = {
      workflowId: this.workflowId,
      auditId: this.input.auditId,
      firstSeq: this.seq.take(events),
      phase: 'following-up',
      at,
      events,
      delta: diffFollowUp(before, after, earliestActiveDue(after.tasks)),
    };
    this.records.push(record);
    return record;
  }
}

/** Hours after the scenario's start, as an ISO timestamp. */
export function hoursAfterStart(hours: number): string {
  return new Date(Date.parse('2026-01-05T09:00:00.000Z') + hours * 3_600_000).toISOString();
}

/** A clock for a scenario's steps: each call is the next hour after the start. */
export function hourly(first = 1): () => string {
  let hour = first;
  return () => hoursAfterStart(hour++);
}

function cast(people: ScenarioPeople) {
  return {
    leader: { email: people.leader, role: 'team-leader' as const },
    auditor: { email: people.auditor, role: 'auditor' as const },
    rep: { email: people.representative, role: 'auditee-representative' as const },
    pm: { email: people.programmeManager, role: 'programme-manager' as const },
  };
}

/** Runs an audit from launch through initiating and preparing to the opening meeting held, evidence E-1 recorded. */
export function auditToConducting(run: AuditRun, people: ScenarioPeople, next: () => string = hourly()): void {
  const { leader, auditor, rep } = cast(people);
  run.act('acknowledgeContact', rep, { channels: ['e-mail'], confidentialityAgreed: true }, next());
  run.act('decideFeasibility', leader, { feasible: true, reason: 'people and records available' }, next());
  run.act('requestDocuments', leader, { documents: [{ name: 'ISMS scope' }, { name: 'Statement of Applicability' }] }, next());
  run.act('supplyDocument', rep, { documentId: 'D-1', reference: 'dms://scope-v3' }, next());
  run.act('supplyDocument', rep, { documentId: 'D-2', reference: 'dms://soa-v7' }, next());
  run.act('recordDocumentReview', leader, { adequate: true }, next());
  run.act(
    'draftPlan',
    leader,
    {
      content: {
        objectives: ['Verify conformity'],
        scope: run.definition.scope,
        criteria: ['ISO/IEC 27001:2022'],
        locations: ['HQ'],
        fieldworkStart: '2026-02-02T09:00:00.000Z',
        fieldworkEnd: '2026-02-06T17:00:00.000Z',
        openingMeetingAt: '2026-02-02T09:00:00.000Z',
        closingMeetingAt: '2026-02-06T15:00:00.000Z',
        methods: ['interview', 'document review'],
      },
    },
    next(),
  );
  run.act('presentPlan', leader, {}, next());
  run.act('answerPlan', rep, { accepted: true }, next());
  run.act('addChecklistItems', leader, { items: [{ clause: '9.2', question: 'Is there an internal audit programme?', expectedEvidence: 'Programme and reports', method: 'document' }] }, next());
  run.act('assignWork', leader, { assignments: [{ auditor: people.auditor, area: 'Internal audit (9.2)', checklistItemIds: ['C-1'] }] }, next());
  run.act('scheduleMeeting', leader, { kind: 'opening', startsAt: '2026-02-02T09:00:00.000Z', endsAt: '2026-02-02T10:00:00.000Z', location: 'Room 1' }, next());
  run.act('holdOpeningMeeting', leader, { attendance: [people.leader, people.representative], minutes: 'Plan agreed' }, next());
  run.act('recordEvidence', auditor, { checklistItemId: 'C-1', kind: 'document', description: 'Audit programme 2025 reviewed' }, next());
}

/** From conducting, every finding answered, through the closing meeting and the issued report to `following-up`. */
export function conductingToFollowUp(run: AuditRun, people: ScenarioPeople, next: () => string = hourly(100)): void {
  const { leader, pm } = cast(people);
  run.act('recordConclusions', leader, { conformityDegree: 'largely conforming', effectiveness: 'effective', objectivesMet: true }, next());
  run.act('scheduleMeeting', leader, { kind: 'closing', startsAt: '2026-02-06T15:00:00.000Z', endsAt: '2026-02-06T16:00:00.000Z', location: 'Room 1' }, next());
  run.act('holdClosingMeeting', leader, { attendance: [people.leader, people.representative], minutes: 'Findings presented' }, next());
  run.act('draftReport', leader, { content: { summary: 'One minor nonconformity' } }, next());
  run.act('reviewReport', pm, { comments: 'Clear' }, next());
  run.act('approveReport', leader, {}, next());
  run.act('issueReport', leader, { recipients: [people.programmeManager, people.representative] }, next());
  run.act('completeAudit', leader, { retention: 'retain', retainUntil: '2029-01-01T00:00:00.000Z', lessonsLearned: ['Book rooms early'] }, next());
}

/**
 * Runs an audit from launch through every clause-6 step to `following-up` with one minor nonconformity, touching
 * every table of the read model. Returns the run and the follow-up input for the nonconformity.
 */
export function auditToFollowUp(run: AuditRun, people: ScenarioPeople): CorrectiveActionInput {
  const { auditor, rep } = cast(people);
  const next = hourly();
  auditToConducting(run, people, next);
  run.act('recordFinding', auditor, { grade: 'minor-nonconformity', criterion: '9.2', statement: 'Two planned audits were not performed', evidenceIds: ['E-1'] }, next());
  run.act('respondToFinding', rep, { findingId: 'F-1', acknowledged: true }, next());
  conductingToFollowUp(run, people, next);
  const finding = run.state.findings[0]!;
  if (finding.grade !== 'minor-nonconformity') throw new Error('scenario expects a minor nonconformity');
  return followUpInput(run.state, finding.id, run.workflowId);
}
