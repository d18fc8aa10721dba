/*
 * What the workflows use of the domain, and nothing more. Every workflow gets its own module cache in the worker's
 * reusable V8 context, so each module reached from here is evaluated again for every workflow the worker creates or
 * replays: through the main entry that meant every view and settings schema (about 1,700 zod schemas, 25 ms and
 * megabytes per workflow). Add a name here when a workflow needs it; the lint forbids workflows the main entry.
 */

export type { Actor } from '../roles';
export type { AuditPhase } from '../phases';
export { isFinished } from '../phases';
export type { AuditSettings } from '../settings';
export { Rejection } from '../rejection';
export { durationToMs } from '../duration';
export type { TimelineEvent } from '../timeline';
export { READ_MODEL_REJECTED, REJECTION_FAILURE_TYPE } from '../failure-types';
export type { RejectionDetails } from '../failure-types';
export { earliestDue } from '../tasks/task';
export type { AuditDelta, FollowUpDelta, ProgressRecord } from '../projection/delta';
export { diffAudit, diffFollowUp } from '../projection/delta';
export type { PlannedMail, ProcessClock } from '../planned-mail';
export { clockMailAhead } from '../planned-mail';

export type { AuditActionName } from '../audit/actions';
export { AUDIT_ACTION_NAMES } from '../audit/actions';
export type { AuditDefinition, AuditState } from '../audit/state';
export { auditWorkflowId } from '../audit/change';
export { closeFollowUp, nextAuditWakeUp, performAuditAction, startAudit, tickAuditClock } from '../audit/lifecycle';
export type { FollowUpSender } from '../audit/follow-up-closed';
export { followUpClosedRefusal, refuseFollowUpClosed } from '../audit/follow-up-closed';

export type { CorrectiveActionInput, CorrectiveActionState } from '../corrective-action/state';
export type { FollowUpActionName } from '../corrective-action/actions';
export { FOLLOW_UP_ACTION_NAMES } from '../corrective-action/actions';
export { followUpInput } from '../corrective-action/input';
export { nextFollowUpWakeUp, openFollowUp, performFollowUpAction, tickFollowUpClock } from '../corrective-action/follow-up';
export { auditNotTold } from '../corrective-action/audit-unreachable';
export { isClosedForAudit } from '../corrective-action/scheduled-checks';

export type { ProgrammeRunDefinition, ProgrammeRunState } from '../programme-run/state';
export { programmeWorkflowId } from '../programme-run/state';
export type { ProgrammeActionName } from '../programme-run/actions';
export { performProgrammeAction, PROGRAMME_ACTION_NAMES } from '../programme-run/actions';
export { startProgrammeRun } from '../programme-run/start';
export { isProgrammeRunDone, nextProgrammeWakeUp, tickProgrammeClock } from '../programme-run/clock';
export { checkProgrammeKpis, isKpiCheckDue } from '../programme-run/kpi-thresholds';
export type { AuditFinishedReport } from '../programme-run/audit-outcome';
export { auditedScopeItems, recordAuditFinished } from '../programme-run/audit-outcome';
export type { ProgrammeProgressRecord } from '../programme-run/progress-record';
export { changedTasks, programmeRunSnapshot } from '../programme-run/progress-record';

export type { RetentionTerms } from '../retention/disposal-schedule';
export { DEFAULT_DISPOSAL_NOTICE, DEFAULT_RECORD_RETENTION } from '../retention/record-classes';
