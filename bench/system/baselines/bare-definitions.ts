// What the bare workflow and its driver share: names and types only (loaded by both the workflow sandbox and Node).
import { defineUpdate } from '@temporalio/workflow';

export const BARE_WORKFLOW_TYPE = 'bareLifecycle';

export interface BareLifecycleInput {
  /** Each `step` runs one activity with one PostgreSQL INSERT; without it the Update answers from workflow state. */
  withInsert: boolean;
}

export interface BareStepResult {
  step: number;
  /** Id of the inserted row; absent without inserts. */
  rowId?: number;
}

/** The human step of an audit, without its rules. */
export const bareStepUpdate = defineUpdate<BareStepResult>('step');
/** Ends the lifecycle; answers with the number of steps taken. */
export const bareFinishUpdate = defineUpdate<number>('finish');

export interface BareActivities {
  recordBareStep(input: { workflowId: string; step: number }): Promise<number>;
}
