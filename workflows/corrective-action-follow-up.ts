import { ApplicationFailure, continueAsNew, getExternalWorkflowHandle, log, setHandler, workflowInfo } from '@temporalio/workflow';
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
  isClosedForAudit,
} from '@auditflow/domain/workflow';
import { followUpClosedSignal, followUpStateQuery } from './definitions';
import { LongRunningProcess } from './shared/long-running-process';
import { ClockMailPlanner } from './shared/clock-mail-planner';
import { ProgressRecorder } from './shared/progress-recorder';
import { workflowNow } from './shared/steps';
import { StepSearchAttributes } from './shared/step-search-attributes';

export interface CorrectiveActionFollowUpInput {
  followUp: CorrectiveActionInput;
  /** `auditTold`: the audit already heard that this follow-up closed (it waits for a re-check since). */
  carried?: { state: CorrectiveActionState; seq: number; auditTold?: boolean };
}

/**
 * Follow-up of one nonconformity (ISO 19011 6.7): plan → review → implementation evidence → verification of
 * effectiveness (now, or on a later date or at the next audit of the area), reopened with a new deadline when not
 * effective. Its own history keeps a year-long follow-up short. An action verified effective whose grade schedules a
 * re-check closes for its audit at once, and this workflow waits for the re-check: the audit is not kept open for
 * months, and a failed re-check reopens the corrective action here without reopening the audit.
 */
export async function correctiveActionFollowUp(input: CorrectiveActionFollowUpInput): Promise<CorrectiveActionState['status']> {
  const { workflowId } = workflowInfo();
  const recorder = new ProgressRecorder(workflowId, input.followUp.auditId, input.carried?.seq ?? 1);
  const searchAttributes = new StepSearchAttributes();
  const clockMail = new ClockMailPlanner<CorrectiveActionState>({ nextWakeUp: nextFollowUpWakeUp, tick: tickFollowUpClock });
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
        searchAttributes.upsert(before && { phase: `follow-up:${before.status}`, nextDueAt: earliestDue(before.tasks) }, { phase: `follow-up:${state.status}`, nextDueAt });
        return recorder.record('following-up', events, diffFollowUp(before, state, nextDueAt), clockMail.planAfter(state));
      },
    },
    recorder,
  );

  if (input.carried) followUp.resume(input.carried.state);
  else void followUp.advance(undefined, openFollowUp(input.followUp, workflowNow()));

  setHandler(followUpStateQuery, () => followUp.state);
  followUp.handleSteps();

  let auditTold = input.carried?.auditTold === true;
  const tellAuditOnce = async (): Promise<void> => {
    if (auditTold) return;
    auditTold = true;
    await tellAuditClosed(input.followUp, followUp);
  };
  const closed = await followUp.run({
    // Only follow-ups that may schedule re-checks look before each wait: an extra await would reorder the commands of
    // runs recorded before, so those keep their loop exactly.
    beforeWait: input.followUp.settings.effectivenessChecksSchedulable ? (state) => (isClosedForAudit(state) ? tellAuditOnce() : Promise.resolve()) : undefined,
    continueAsNew: (state, seq) => continueAsNew<typeof correctiveActionFollowUp>({ followUp: input.followUp, carried: { state, seq, ...(auditTold ? { auditTold } : {}) } }),
  });
  if (!auditTold) await tellAuditClosed(input.followUp, followUp);
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
