import { askForVerification, FollowUpChange } from './follow-up-tasks';
import { CorrectiveActionState, VerificationDeferral } from './state';

/**
 * Whether the audit counts this follow-up as closed: the action was verified effective, whether or not a scheduled
 * re-check is still to come (a re-check months later does not keep the audit open).
 */
export function isClosedForAudit(state: CorrectiveActionState): boolean {
  return state.status === 'closed' || state.status === 'recheck-scheduled';
}

/** The deferral the follow-up waits on, if it is waiting on one. */
export function currentDeferral(state: CorrectiveActionState): VerificationDeferral | undefined {
  return state.status === 'verification-deferred' ? state.deferrals?.at(-1) : undefined;
}

/**
 * When a scheduled effectiveness check is due (epoch ms): a check deferred to a date, or a re-check. A check deferred
 * to the next audit has no date: it waits for the verifier.
 */
export function scheduledCheckAt(state: CorrectiveActionState): number | undefined {
  const until = currentDeferral(state)?.until;
  if (until !== undefined) return Date.parse(until);
  if (state.status === 'recheck-scheduled' && state.recheckDueAt !== undefined) return Date.parse(state.recheckDueAt);
  return undefined;
}

/** The durable timer fired: the verification (or re-check) task opens for the verifier. */
export function openScheduledCheck(change: FollowUpChange): void {
  const { state } = change;
  const at = scheduledCheckAt(state);
  if (at === undefined || at > Date.parse(change.now)) return;
  const findingId = state.input.finding.id;
  if (state.status === 'recheck-scheduled') {
    change.update({ status: 'rechecking', recheckDueAt: undefined });
    change.record({ type: 'corrective-action.recheck-due', summary: `The scheduled re-check of the corrective action for ${findingId} is due`, subjectId: findingId });
    askForVerification(change, 'recheck');
    return;
  }
  change.update({ status: 'evidence-submitted' });
  change.record({ type: 'corrective-action.verification-due', summary: `The deferred effectiveness check of the corrective action for ${findingId} is due`, subjectId: findingId });
  askForVerification(change);
}
