import { continueAsNew, getExternalWorkflowHandle, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
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
  await getExternalWorkflowHandle(input.followUp.parentWorkflowId).signal(followUpClosedSignal, input.followUp.finding.id);
  return closed.status;
}
