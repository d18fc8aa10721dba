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
} from '../libs/domain/src';
import type { FollowUpOutcome } from '../libs/domain/src/corrective-action/follow-up';
import { ActionRequest, ActionResult, followUpActionUpdate, followUpClosedSignal, followUpStateQuery } from './definitions';
import { enforce } from './shared/failures';
import { ProgressRecorder } from './shared/progress-recorder';
import { AuditNextDueAtKey, AuditPhaseKey } from './shared/search-attributes';

export interface CorrectiveActionFollowUpInput {
  followUp: CorrectiveActionInput;
  carried?: { state: CorrectiveActionState; seq: number };
}

const now = () => new Date().toISOString();

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
  else void apply(undefined, openFollowUp(input.followUp, now()));
  state = state!;

  setHandler(followUpStateQuery, () => state);
  for (const action of FOLLOW_UP_ACTION_NAMES) {
    setHandler(
      followUpActionUpdate(action),
      async (request: ActionRequest): Promise<ActionResult> => {
        const before = state;
        const outcome = enforce(() => performFollowUpAction(before, action, request.actor, request.payload, now()));
        await apply(before, outcome);
        return { phase: outcome.state.status, events: outcome.events.map(({ type, summary, subjectId }) => ({ type, summary, subjectId })) };
      },
      { validator: (request: ActionRequest) => void enforce(() => performFollowUpAction(state, action, request.actor, request.payload, now())) },
    );
  }

  const closed = () => state.status === 'closed';
  while (!closed()) {
    const seen = version;
    const wakeUp = nextFollowUpWakeUp(state);
    const changed = () => version !== seen || workflowInfo().continueAsNewSuggested;
    const woken = wakeUp === undefined ? (await condition(changed), true) : await condition(changed, Math.max(wakeUp - Date.now(), 1));
    if (!woken) await apply(state, tickFollowUpClock(state, now()));
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
