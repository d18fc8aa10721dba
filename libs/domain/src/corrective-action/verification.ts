import { ensure, forbidden, invalid } from '../rejection';
import { dueDate } from '../tasks/due-date';
import { askForPlan, deadlines, FollowUpChange } from './follow-up-tasks';
import { Verification, VerificationDeferral } from './state';
import { VerifyEffectivenessPayload } from './verification-payload';

/**
 * Only the verifier assigned to the follow-up (the auditor who raised the finding, or whoever the task was given to)
 * or the team leader may verify. Follow-ups of audits launched before this rule let any auditor of the team.
 */
function ensureVerifier(change: FollowUpChange): void {
  const { people, settings } = change.state.input;
  if (!settings.onlyAssignedVerifierVerifies) return;
  const actor = change.actor!;
  const isLeader = actor.role === 'team-leader' && actor.email === people.teamLeader;
  ensure(actor.email === people.verifier || isLeader, () =>
    forbidden(`only the verifier of this follow-up (${people.verifier}) or the team leader (${people.teamLeader}) may verify its effectiveness; ${actor.email} is neither`),
  );
}

/** Effectiveness verified now, deferred to a date, or deferred to the next audit of the area. */
export function verifyEffectiveness(change: FollowUpChange, payload: VerifyEffectivenessPayload): void {
  ensureVerifier(change);
  if (payload.when === 'now') return verifyNow(change, payload);
  deferVerification(change, payload);
}

function verifyNow(change: FollowUpChange, payload: VerifyEffectivenessPayload): void {
  const { effective } = payload;
  ensure(effective !== undefined, () => invalid('effective', 'is required when effectiveness is verified now'));
  ensure(payload.deferUntil === undefined, () => invalid('deferUntil', 'is only for a check deferred to a date (when "on-date")'));
  const { input, status } = change.state;
  const findingId = input.finding.id;
  const recheck = status === 'rechecking';
  const verification: Verification = { round: change.state.round, effective, note: payload.note, verifiedBy: change.actor!.email, verifiedAt: change.now, ...(recheck ? { recheck } : {}) };
  change.update({ verifications: [...change.state.verifications, verification] });
  change.closeTasks((task) => task.kind === 'verify-effectiveness');
  if (effective) {
    change.closeTasks(() => true, 'cancelled');
    if (recheck) {
      change.update({ status: 'closed', closedAt: change.now });
      change.record({ type: 'corrective-action.recheck-passed', summary: `Re-check of the corrective action for ${findingId}: still effective, closed: ${payload.note}`, subjectId: findingId });
      return;
    }
    change.record({ type: 'corrective-action.effective', summary: `Corrective action for ${findingId} verified effective: ${payload.note}`, subjectId: findingId });
    const recheckAfter = input.settings.effectivenessChecksSchedulable ? deadlines(change.state).recheckAfter : undefined;
    if (recheckAfter === undefined) {
      change.update({ status: 'closed', closedAt: change.now });
      return;
    }
    // The audit hears that this follow-up closed; the follow-up itself waits for the re-check.
    const recheckDueAt = dueDate(change.now, recheckAfter, change.calendar, input.people.verifier);
    change.update({ status: 'recheck-scheduled', recheckDueAt });
    change.record({ type: 'corrective-action.recheck-scheduled', summary: `Effectiveness of the corrective action for ${findingId} is checked again on ${recheckDueAt}`, subjectId: findingId, data: { recheckDueAt } });
    return;
  }
  // Not effective (a failed re-check too): the corrective action is reopened for a new round.
  change.update({ status: 'awaiting-plan', round: change.state.round + 1 });
  change.record(
    recheck
      ? { type: 'corrective-action.recheck-failed', summary: `Re-check of the corrective action for ${findingId}: no longer effective, reopened (round ${change.state.round}): ${payload.note}`, subjectId: findingId }
      : { type: 'corrective-action.not-effective', summary: `Corrective action for ${findingId} not effective, reopened (round ${change.state.round}): ${payload.note}`, subjectId: findingId },
  );
  askForPlan(change);
}

/** The check is put off: a timer opens the verification task on the date, or the follow-up waits for the next audit. */
function deferVerification(change: FollowUpChange, payload: VerifyEffectivenessPayload): void {
  const { input, status } = change.state;
  const findingId = input.finding.id;
  ensure(input.settings.effectivenessChecksSchedulable, () => invalid('when', 'this follow-up started before effectiveness checks could be deferred: verify now'));
  ensure(status !== 'rechecking', () => invalid('when', 'a scheduled re-check is made when it is due: verify now, or ask to extend its task'));
  ensure(payload.effective !== true, () => invalid('effective', 'a deferred check has no outcome yet: leave it out'));
  let deferral: VerificationDeferral;
  const made = { round: change.state.round, note: payload.note, deferredBy: change.actor!.email, deferredAt: change.now };
  if (payload.when === 'on-date') {
    ensure(payload.deferUntil !== undefined, () => invalid('deferUntil', 'is required when the check is deferred to a date'));
    ensure(Date.parse(payload.deferUntil) > Date.parse(change.now), () => invalid('deferUntil', `must be later than now (${change.now})`));
    deferral = { ...made, kind: 'on-date', until: new Date(payload.deferUntil).toISOString() };
  } else {
    ensure(payload.deferUntil === undefined, () => invalid('deferUntil', 'is only for a check deferred to a date (when "on-date")'));
    deferral = { ...made, kind: 'next-audit', ...(input.auditeeUnit ? { area: input.auditeeUnit } : {}) };
  }
  change.update({ status: 'verification-deferred', deferrals: [...(change.state.deferrals ?? []), deferral] });
  change.closeTasks((task) => task.kind === 'verify-effectiveness');
  const to = deferral.kind === 'on-date' ? deferral.until : `the next audit of ${deferral.area ?? 'the same area'}`;
  change.record({ type: 'corrective-action.verification-deferred', summary: `Effectiveness check of the corrective action for ${findingId} deferred to ${to}: ${payload.note}`, subjectId: findingId, data: { ...deferral } });
}
