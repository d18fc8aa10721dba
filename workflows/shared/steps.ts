import { condition, setHandler } from '@temporalio/workflow';
import type { TimelineEvent } from '@auditflow/domain/workflow';
import { ActionRequest, actionResult, actionUpdate } from '../definitions';
import { enforce } from './failures';

/** Workflow time as the rules expect it: deterministic, an ISO timestamp. */
export const workflowNow = (): string => new Date().toISOString();

export interface StepOutcome<S> {
  state: S;
  events: TimelineEvent[];
}

/**
 * Registers one Update per human step. The validator runs the rule on the current state and refuses before anything
 * is written; the handler runs it again (nothing can run in between), applies the outcome and answers with what it
 * recorded.
 */
export function handleSteps<S, A extends string>(steps: {
  actions: readonly A[];
  current: () => S;
  perform: (state: S, action: A, request: ActionRequest, now: string) => StepOutcome<S>;
  advance: (before: S, outcome: StepOutcome<S>) => Promise<void>;
  /** Why the read model refused the applied outcome for good, if it did. */
  readModelRefusal: (outcome: StepOutcome<S>) => string | undefined;
  phaseOf: (state: S) => string;
  afterStep?: (action: A, request: ActionRequest, outcome: StepOutcome<S>) => Promise<void>;
}): void {
  for (const action of steps.actions) {
    setHandler(
      actionUpdate(action as Parameters<typeof actionUpdate>[0]),
      async (request: ActionRequest) => {
        const before = steps.current();
        const outcome = enforce(() => steps.perform(before, action, request, workflowNow()));
        await steps.advance(before, outcome);
        // Only processes with such work await it: an extra await would reorder recorded audit histories.
        if (steps.afterStep) await steps.afterStep(action, request, outcome);
        return actionResult(steps.phaseOf(outcome.state), outcome.events, steps.readModelRefusal(outcome));
      },
      { validator: (request: ActionRequest) => void enforce(() => steps.perform(steps.current(), action, request, workflowNow())) },
    );
  }
}

/** Sleeps until `wakeUp` (epoch ms) or until `changed()` holds, whichever comes first; true when it changed. */
export async function changedBefore(wakeUp: number | undefined, changed: () => boolean): Promise<boolean> {
  if (wakeUp === undefined) {
    await condition(changed);
    return true;
  }
  return condition(changed, Math.max(wakeUp - Date.now(), 1));
}
