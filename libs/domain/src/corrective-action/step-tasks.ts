import { Task } from '../tasks/task';
import { FollowUpActionName } from './actions';
import { FOLLOW_UP_STEP_FOR_TASK } from './open-steps';
import { CorrectiveActionState } from './state';

/** The follow-up tasks a step answers (as tasksOfAuditStep): what a delegate must hold to take the step. */
export function tasksOfFollowUpStep(state: CorrectiveActionState, action: FollowUpActionName, payload: unknown): Task[] {
  const named = (payload ?? {}) as { taskId?: unknown };
  if (action === 'requestExtension') return state.tasks.filter((task) => task.id === named.taskId);
  return state.tasks.filter((task) => FOLLOW_UP_STEP_FOR_TASK[task.kind] === action);
}
