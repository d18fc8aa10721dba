import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Actor,
  AuditActionName,
  AuditDefinition,
  AuditFinishedReport,
  AuditSettings,
  AuditState,
  CorrectiveActionState,
  FollowUpActionName,
  FollowUpSender,
  ProgrammeActionName,
  ProgrammeRunState,
  TimelineEvent,
} from '@auditflow/domain/workflow';

/** What a person sends with every human step: who acts, in which role, with what data (validated by the rules). */
export interface ActionRequest {
  actor: Actor;
  payload: unknown;
}

/** What a step answers: the phase after it and what it recorded. Kept small because Temporal stores it in history. */
export interface ActionResult {
  phase: string;
  events: { type: string; summary: string; subjectId?: string }[];
  /** Set when the step was taken but the read model refused it for good: it waits as a failed write for an admin. */
  readModel?: { recorded: false; reason: string };
}

/** One Update per human step, named after the action, so the history reads like the audit. */
export function actionUpdate(action: AuditActionName | FollowUpActionName | ProgrammeActionName) {
  return defineUpdate<ActionResult, [ActionRequest]>(action);
}

/** The answer to a step: only what a client needs, as Update results are stored in the workflow's history. */
export function actionResult(phase: string, events: readonly TimelineEvent[], readModelFailure?: string): ActionResult {
  return {
    phase,
    events: events.map(({ type, summary, subjectId }) => ({ type, summary, subjectId })),
    ...(readModelFailure === undefined ? {} : { readModel: { recorded: false as const, reason: readModelFailure } }),
  };
}

/** Waits until the audit's first step is in the read model, so a client can read what it just created. */
export const auditRecordedUpdate = defineUpdate<ActionResult>('auditRecorded');
export const auditStateQuery = defineQuery<AuditState>('auditState');
export const followUpStateQuery = defineQuery<CorrectiveActionState>('followUpState');
/**
 * A child follow-up tells its audit that it closed, naming itself: the audit believes only the follow-up it started for
 * that finding. Follow-ups of audits running before senders were checked sent the finding alone.
 */
export const followUpClosedSignal = defineSignal<[findingId: string, sender?: FollowUpSender]>('followUpClosed');
/** A legal hold was set or lifted, or a disposal extended: the retention workflow reads its plan again. */
export const retentionChangedSignal = defineSignal('retentionChanged');
/** What the records workflow waits for now: a lifted hold, the time of a notice, or the time of a disposal. */
export interface RecordsRetentionStatus {
  waitingFor: 'plan' | 'hold-lifted' | 'notice' | 'disposal';
  recordClass?: string;
  at?: string;
}
export const recordsRetentionStatusQuery = defineQuery<RecordsRetentionStatus>('recordsRetentionStatus');

/** What the API adds to a window's launch: the audit's workflow input, which the programme's workflow starts as its child. */
export interface WindowAuditStart {
  definition: AuditDefinition;
  settings: AuditSettings;
  launchedBy: Actor;
}
/** A finished audit launched in a window reports what it audited to its programme. */
export const auditFinishedSignal = defineSignal<[AuditFinishedReport]>('auditFinished');
export const programmeRunQuery = defineQuery<ProgrammeRunState>('programmeRun');
