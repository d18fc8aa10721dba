import type { PlannedMail } from '../planned-mail';
import { AuditState } from '../audit/state';
import { CorrectiveActionState } from '../corrective-action/state';
import { AuditPhase } from '../phases';
import { Task } from '../tasks/task';
import { TimelineEvent } from '../timeline';

type Collections = Pick<
  AuditState,
  'team' | 'documents' | 'plans' | 'assignments' | 'checklist' | 'evidence' | 'findings' | 'meetings' | 'reports' | 'followUps' | 'tasks'
>;

/** The audit-level record: everything that is not a collection. */
export type AuditHeader = Omit<AuditState, keyof Collections | 'counters' | 'settings'> & { nextDueAt?: string };

/** What changed in one step, so the read model is updated without resending the whole audit. */
export interface AuditDelta {
  kind: 'audit';
  header?: AuditHeader;
  /** The whole team when it changed (it is small and members can be replaced). */
  team?: AuditState['team'];
  documents: AuditState['documents'];
  plans: AuditState['plans'];
  assignments: AuditState['assignments'];
  checklist: AuditState['checklist'];
  evidence: AuditState['evidence'];
  findings: AuditState['findings'];
  meetings: AuditState['meetings'];
  reports: AuditState['reports'];
  followUps: AuditState['followUps'];
  tasks: Task[];
}

export interface FollowUpDelta {
  kind: 'follow-up';
  findingId: string;
  correctiveAction: Omit<CorrectiveActionState, 'tasks' | 'counters' | 'idPrefix' | 'input'> & { grade: string; nextDueAt?: string };
  tasks: Task[];
}

/** One step's record for the read model and the timeline; idempotent under retries by (workflowId, seq). */
export interface ProgressRecord {
  workflowId: string;
  auditId: string;
  /** Sequence number of the first event; the events take consecutive numbers from it. */
  firstSeq: number;
  phase: AuditPhase;
  at: string;
  events: TimelineEvent[];
  delta: AuditDelta | FollowUpDelta;
  /**
   * The clock's mail ahead, when it changed with this step: it replaces what was planned before (rungs no longer in
   * it are withdrawn). Absent when the plan is as it was. `taskQueue` names the workers whose dispatcher sends it.
   */
  plannedMail?: { taskQueue: string; mail: PlannedMail[] };
}

function changed<T>(before: readonly T[], after: readonly T[]): T[] {
  if (before === after) return [];
  const old = new Set(before);
  return after.filter((item) => !old.has(item));
}

/** Relies on immutable updates: an unchanged element keeps its identity. */
export function diffAudit(before: AuditState | undefined, after: AuditState, nextDueAt?: string): AuditDelta {
  const { team, documents, plans, assignments, checklist, evidence, findings, meetings, reports, followUps, tasks, counters: _c, settings: _s, ...header } = after;
  const headerChanged = !before || Object.keys(header).some((key) => (before as unknown as Record<string, unknown>)[key] !== (header as Record<string, unknown>)[key]);
  const previous = before ?? ({} as Partial<AuditState>);
  return {
    kind: 'audit',
    header: headerChanged || before?.tasks !== tasks ? { ...header, nextDueAt } : undefined,
    team: previous.team === team ? undefined : team,
    documents: changed(previous.documents ?? [], documents),
    plans: changed(previous.plans ?? [], plans),
    assignments: changed(previous.assignments ?? [], assignments),
    checklist: changed(previous.checklist ?? [], checklist),
    evidence: changed(previous.evidence ?? [], evidence),
    findings: changed(previous.findings ?? [], findings),
    meetings: changed(previous.meetings ?? [], meetings),
    reports: changed(previous.reports ?? [], reports),
    followUps: changed(previous.followUps ?? [], followUps),
    tasks: changed(previous.tasks ?? [], tasks),
  };
}

export function diffFollowUp(before: CorrectiveActionState | undefined, after: CorrectiveActionState, nextDueAt?: string): FollowUpDelta {
  const { tasks, counters: _c, idPrefix: _p, input, ...rest } = after;
  return {
    kind: 'follow-up',
    findingId: input.finding.id,
    correctiveAction: { ...rest, grade: input.finding.grade, nextDueAt },
    tasks: changed(before?.tasks ?? [], tasks),
  };
}
