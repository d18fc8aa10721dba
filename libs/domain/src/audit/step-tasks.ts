import { Task } from '../tasks/task';
import { AuditActionName } from './actions';
import { STEP_FOR_TASK } from './open-steps';
import { AuditState } from './state';

/**
 * The tasks a step answers: those it does the work of (the step of their kind, about what the payload names) or, for
 * an extension request, the task it names. What a delegate must hold to take the step.
 */
export function tasksOfAuditStep(state: AuditState, action: AuditActionName, payload: unknown): Task[] {
  const named = (payload ?? {}) as { taskId?: unknown; findingId?: unknown; documentId?: unknown };
  if (action === 'requestExtension') return state.tasks.filter((task) => task.id === named.taskId);
  const ofStep = state.tasks.filter((task) => STEP_FOR_TASK[task.kind] === action);
  switch (action) {
    case 'supplyDocument': {
      const request = state.documents.find((document) => document.id === named.documentId);
      return ofStep.filter((task) => task.id === request?.taskId);
    }
    case 'respondToFinding':
      return ofStep.filter((task) => task.subjectId === named.findingId);
    default:
      return ofStep;
  }
}
