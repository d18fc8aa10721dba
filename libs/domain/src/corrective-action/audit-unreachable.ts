import { Change } from '../tasks/change';
import type { FollowUpOutcome } from './follow-up';
import { CorrectiveActionState } from './state';

/**
 * The closed follow-up could not tell its audit (the audit workflow had ended or was terminated first). The corrective
 * action stays closed and the follow-up completes; the timeline says why the audit did not hear of it.
 */
export function auditNotTold(state: CorrectiveActionState, reason: string, now: string): FollowUpOutcome {
  const change = new Change(state, now);
  const findingId = state.input.finding.id;
  change.record({
    type: 'follow-up.audit-unreachable',
    summary: `The audit could not be told that the follow-up of ${findingId} closed: ${reason}`,
    subjectId: findingId,
    data: { auditWorkflowId: state.input.parentWorkflowId, reason },
  });
  return { state: change.state, events: change.events };
}
