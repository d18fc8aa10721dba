import { ApplicationFailure, continueAsNew, getExternalWorkflowHandle, log, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  auditNotTold,
  CorrectiveActionInput,
  CorrectiveActionState,
  diffFollowUp,
  FOLLOW_UP_ACTION_NAMES,
  FollowUpActionName,
  nextFollowUpWakeUp,
  openFollowUp,
  performFollowUpAction,
  tickFollowUpClock,
  earliestDue,
} from '@auditflow/domain';
import { followUpClosedSignal, followUpStateQuery } from './definitions';
import { LongRunningProcess } from './shared/long-running-process';
import { ProgressRecorder } from './shared/progress-recorder';
import { workflowNow } from './shared/steps';
import { AuditNextDueAtKey, AuditPhaseKey } from './shared/search-attributes';

export interface CorrectiveActionFollowUpInput {
  followUp: CorrectiveActionInput;
  carried?: { state: CorrectiveActionState; seq: number };
}

/**
 * Follow-up of one nonconformity (ISO 19011 6.7): plan → review → implementation evidence → verification of
 * effectiveness, reopened with a new deadline when not effective. Its own history keeps a year-long follow-up short.
 */
export async function correctiveActionFollowUp(input: CorrectiveActionFollowUpInput): Promise<CorrectiveActionState['status']> {
  const { workflowId } = workflowInfo();
  const recorder = new ProgressRecorder(workflowId, input.followUp.auditId, input.carried?.seq ?? 1);
  const followUp = new LongRunningProcess<CorrectiveActionState, FollowUpActionName>(
    {
      actions: FOLLOW_UP_ACTION_NAMES,
      perform: (current, action, request, now) => performFollowUpAction(current, action, request.actor, request.payload, now),
      phaseOf: (current) => current.status,
      nextWakeUp: nextFollowUpWakeUp,
      tick: tickFollowUpClock,
      isDone: (current) => current.status === 'closed',
      record: (before, { state, events }) => {
        const nextDueAt = earliestDue(state.tasks);
        upsertSearchAttributes([
          { key: AuditPhaseKey, value: `follow-up:${state.status}` },
          { key: AuditNextDueAtKey, value: nextDueAt === undefined ? null : new Date(nextDueAt) },
        ]);
        return recorder.record('following-up', events, diffFollowUp(before, state, nextDueAt));
      },
    },
    recorder,
  );

  if (input.carried) followUp.resume(input.carried.state);
  else void followUp.advance(undefined, openFollowUp(input.followUp, workflowNow()));

  setHandler(followUpStateQuery, () => followUp.state);
  followUp.handleSteps();

  const closed = await followUp.run({
    continueAsNew: (state, seq) => continueAsNew<typeof correctiveActionFollowUp>({ followUp: input.followUp, carried: { state, seq } }),
  });
  await tellAuditClosed(input.followUp, followUp);
  return closed.status;
}

/**
 * Tells the audit that this follow-up closed, naming itself (workflow id and first run id) so the audit can tell it
 * from a forged message. An audit that is gone cannot be told: the follow-up completes all the same and records why.
 * Temporal refuses such a signal with an ApplicationFailure (no running audit workflow, or its signal limit reached).
 */
async function tellAuditClosed(input: CorrectiveActionInput, followUp: LongRunningProcess<CorrectiveActionState, FollowUpActionName>): Promise<void> {
  const { workflowId, firstExecutionRunId } = workflowInfo();
  try {
    await getExternalWorkflowHandle(input.parentWorkflowId).signal(followUpClosedSignal, input.finding.id, { workflowId, runId: firstExecutionRunId });
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    log.warn('The audit could not be told that its follow-up closed', { auditWorkflowId: input.parentWorkflowId, reason: error.message });
    const closed = followUp.state;
    await followUp.advance(closed, auditNotTold(closed, error.message, workflowNow()));
    await followUp.recorder.drain();
  }
}
