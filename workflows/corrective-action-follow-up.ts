import { allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  CorrectiveActionInput,
  CorrectiveActionState,
  diffFollowUp,
  FOLLOW_UP_ACTION_NAMES,
  nextFollowUpWakeUp,
  openFollowUp,
  performFollowUpAction,
  tickFollowUpClock,
  earliestDue,
} from '@auditflow/domain';
import type { FollowUpOutcome } from '@auditflow/domain';
import { followUpClosedSignal, followUpStateQuery } from './definitions';
import { ProgressRecorder } from './shared/progress-recorder';
import { changedBefore, handleSteps, workflowNow } from './shared/steps';
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
  let state: CorrectiveActionState;
  let version = 0;

  const apply = (before: CorrectiveActionState | undefined, outcome: FollowUpOutcome): Promise<void> => {
    state = outcome.state;
    version += 1;
    const nextDueAt = earliestDue(state.tasks);
    upsertSearchAttributes([
      { key: AuditPhaseKey, value: `follow-up:${state.status}` },
      { key: AuditNextDueAtKey, value: nextDueAt === undefined ? null : new Date(nextDueAt) },
    ]);
    return recorder.record('following-up', outcome.events, diffFollowUp(before, state, nextDueAt));
  };

  if (input.carried) state = input.carried.state;
  else void apply(undefined, openFollowUp(input.followUp, workflowNow()));
  state = state!;

  setHandler(followUpStateQuery, () => state);
  handleSteps({
    actions: FOLLOW_UP_ACTION_NAMES,
    current: () => state,
    perform: (current, action, request, now) => performFollowUpAction(current, action, request.actor, request.payload, now),
    apply,
    readModelRefusal: (outcome) => recorder.refusalOf(outcome.events),
    phaseOf: (current) => current.status,
  });

  const closed = () => state.status === 'closed';
  while (!closed()) {
    const seen = version;
    const wakeUp = nextFollowUpWakeUp(state);
    const changed = () => version !== seen || workflowInfo().continueAsNewSuggested;
    if (!(await changedBefore(wakeUp, changed))) await apply(state, tickFollowUpClock(state, workflowNow()));
    if (workflowInfo().continueAsNewSuggested && !closed()) {
      await recorder.drain();
      await condition(allHandlersFinished);
      await continueAsNew<typeof correctiveActionFollowUp>({ followUp: input.followUp, carried: { state, seq: recorder.seq } });
    }
  }
  await recorder.drain();
  await condition(allHandlersFinished);
  await getExternalWorkflowHandle(input.followUp.parentWorkflowId).signal(followUpClosedSignal, input.followUp.finding.id);
  return state.status;
}
