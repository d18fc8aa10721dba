import { ensure, invalid } from '../rejection';
import { dueDate } from '../tasks/due-date';
import { auditeeAssignee, deadlines, FollowUpChange } from './follow-up-tasks';

/**
 * What is wrong with a planned completion at this moment, or undefined: it must lie ahead, and no further than the
 * grade's maxImplementation (counted like any deadline, for the auditee who implements).
 */
function plannedCompletionProblem(change: FollowUpChange, plannedCompletion: string): string | undefined {
  const { state, now } = change;
  const at = Date.parse(plannedCompletion);
  if (at <= Date.parse(now)) return `${plannedCompletion} has passed`;
  const max = deadlines(state).maxImplementation;
  if (max === undefined) return undefined;
  const latest = dueDate(now, max, change.calendar, auditeeAssignee(state.input.people));
  return at > Date.parse(latest) ? `${plannedCompletion} is later than ${latest}, the latest a ${state.input.finding.grade.replace('-', ' ')} allows (${max})` : undefined;
}

/** Whether this follow-up takes the auditee's planned completion as the implementation deadline (audits launched since). */
export function plannedCompletionIsDeadline(change: FollowUpChange): boolean {
  return change.state.input.settings.plannedCompletionSetsImplementationDeadline === true;
}

/** A plan is submitted with a planned completion the reviewer could accept now. */
export function ensurePlannedCompletionSubmittable(change: FollowUpChange, plannedCompletion: string | undefined): void {
  if (!plannedCompletionIsDeadline(change) || plannedCompletion === undefined) return;
  const problem = plannedCompletionProblem(change, plannedCompletion);
  ensure(problem === undefined, () => invalid('plannedCompletion', `${problem}: plan a completion between now and the grade's maximum`));
}

/**
 * The implementation deadline of the plan being accepted: its planned completion, which must still be acceptable now
 * (it may have passed while the plan waited for review). A plan that is not is refused, to be returned with a reason
 * so the auditee plans again. Without a planned completion (or in follow-ups started before), the grade's deadline.
 */
export function implementationDeadline(change: FollowUpChange, plannedCompletion: string | undefined): { dueAt: string } | { dueWithin: string } {
  if (!plannedCompletionIsDeadline(change) || plannedCompletion === undefined) return { dueWithin: deadlines(change.state).implementation };
  const problem = plannedCompletionProblem(change, plannedCompletion);
  ensure(problem === undefined, () => invalid('plannedCompletion', `the plan's planned completion ${problem}: return the plan so the auditee plans again`));
  return { dueAt: new Date(plannedCompletion).toISOString() };
}
