// The shape of an audit lifecycle without its logic: Updates that may each write once, until `finish`.
import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { BareActivities, bareFinishUpdate, BareLifecycleInput, bareStepUpdate } from './bare-definitions';

// The options of Auditflow's read-model writes (workflows/shared/progress-recorder.ts), so a retry costs the same.
const { recordBareStep } = proxyActivities<BareActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export async function bareLifecycle(input: BareLifecycleInput): Promise<number> {
  let steps = 0;
  let finished = false;
  setHandler(bareStepUpdate, async () => {
    steps += 1;
    const step = steps;
    if (!input.withInsert) return { step };
    return { step, rowId: await recordBareStep({ workflowId: workflowInfo().workflowId, step }) };
  });
  setHandler(bareFinishUpdate, () => {
    finished = true;
    return steps;
  });
  await condition(() => finished);
  await condition(allHandlersFinished);
  return steps;
}
