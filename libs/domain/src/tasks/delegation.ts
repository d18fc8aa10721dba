import { Actor, AUDITEE_ROLES } from '../roles';
import { isActive, Task } from './task';

/**
 * A delegate of the auditee is someone the team leader or programme manager gave an auditee task to. They act in that
 * task's role on that task only (its step, or asking to extend it): not on the representative's other tasks, not on
 * steps that answer for the whole audit. `stepTasks` are the tasks the step answers (see tasksOfAuditStep).
 */
export function holdsTaskOfStep(stepTasks: readonly Task[], actor: Actor): boolean {
  return stepTasks.some((task) => isActive(task) && task.assignee === actor.email && task.role === actor.role && AUDITEE_ROLES.includes(task.role));
}

/** The active auditee tasks given to this person: what a delegate may act on, for the refusal that names them. */
export function auditeeTasksHeldBy(tasks: readonly Task[], email: string): Task[] {
  return tasks.filter((task) => isActive(task) && task.assignee === email && AUDITEE_ROLES.includes(task.role));
}

/** Why a delegate (or a stranger) may not take the step: the one message for audits and follow-ups. */
export function notTheirTaskMessage(actor: Actor, roleName: string, held: readonly Task[], step: string): string {
  const base = `${actor.email} is not the ${roleName}`;
  if (held.length === 0) return base;
  return `${base}: a delegate acts only on the tasks given to them (${held.map((task) => task.id).join(', ')}), and ${step} answers none of them`;
}
