// Effectiveness verified at once, deferred to a date (a durable timer opens the task) or to the next audit of the
// area; scheduled re-checks after an effective closure; and only the follow-up's verifier (or the team leader)
// verifies (issue 11, 6.7). Follow-ups of audits launched before keep the old rules.
import { AuditSettings, auditSettingsOverridesSchema, DEFAULT_AUDIT_SETTINGS, isClosedForAudit, nextFollowUpWakeUp, resolveSettings } from '@auditflow/domain';
import { as, DAY, expectRejection, intents, iso, P } from './support/fixtures';
import { FollowUp } from './support/follow-up-driver';

const CHECKED_AGAIN = resolveSettings({ nonconformityDeadlines: { 'major-nonconformity': { recheckAfter: 'P180D' } } });

/** Settings of an audit launched before these rules (a re-check setting, which such audits never had, is ignored). */
function settingsBefore(): AuditSettings {
  const { effectivenessChecksSchedulable: _checks, onlyAssignedVerifierVerifies: _verifier, ...rest } = CHECKED_AGAIN;
  return rest;
}

const types = (followUp: FollowUp) => followUp.events.map((event) => event.type);

describe('verifying effectiveness', () => {
  describe('deferred to a date', () => {
    it('waits on the follow-up clock and opens the verification task for the verifier when due', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      const verify = followUp.soleTask('verify-effectiveness');
      const until = iso(followUp.clock + 30 * DAY);
      followUp.act('verifyEffectiveness', as.auditor, { when: 'on-date', deferUntil: until, note: 'Next quarterly access review closes in March' });

      expect(followUp.state.status).toBe('verification-deferred');
      expect(followUp.state.deferrals).toEqual([
        { round: 1, kind: 'on-date', until, note: 'Next quarterly access review closes in March', deferredBy: P.auditor.email, deferredAt: iso(followUp.clock) },
      ]);
      expect(followUp.state.tasks.find((task) => task.id === verify.id)?.state).toBe('done');
      expect(followUp.active()).toEqual([]);
      expect(followUp.events).toContainEqual(expect.objectContaining({ type: 'corrective-action.verification-deferred', summary: expect.stringContaining(`deferred to ${until}`) }));
      expect(nextFollowUpWakeUp(followUp.state)).toBe(Date.parse(until));

      followUp.tickAt(Date.parse(until) - 1);
      expect(followUp.events).toEqual([]);
      expect(followUp.state.status).toBe('verification-deferred');

      followUp.tickAt(Date.parse(until));
      expect(followUp.state.status).toBe('evidence-submitted');
      const due = followUp.soleTask('verify-effectiveness');
      expect(due).toMatchObject({ assignee: P.auditor.email, role: 'auditor', createdAt: until, title: 'Verify the effectiveness of the corrective action for F-1' });
      expect(Date.parse(due.dueAt) - Date.parse(until)).toBe(14 * DAY);
      expect(types(followUp)).toEqual(['corrective-action.verification-due', 'task.opened']);
      expect(intents(followUp.events)).toEqual([expect.objectContaining({ kind: 'task-assigned', to: [P.auditor.email], taskId: due.id })]);
      expect(nextFollowUpWakeUp(followUp.state)).toBe(Date.parse(due.dueAt) - 7 * DAY);

      followUp.act('verifyEffectiveness', as.auditor, { effective: true, note: 'No leaver accounts in the March review' });
      expect(followUp.state.status).toBe('closed');
    });

    it.each([
      ['on a date without the date', { when: 'on-date', note: 'x' }, 'deferUntil', /is required/],
      ['to a moment already passed', { when: 'on-date', deferUntil: '2027-01-01T00:00:00Z', note: 'x' }, 'deferUntil', /later than now/],
      ['with an outcome', { when: 'on-date', deferUntil: '2027-06-01T00:00:00Z', effective: true, note: 'x' }, 'effective', /no outcome yet/],
      ['to the next audit with a date', { when: 'next-audit', deferUntil: '2027-06-01T00:00:00Z', note: 'x' }, 'deferUntil', /only for a check deferred to a date/],
      ['now without an outcome', { note: 'x' }, 'effective', /required when effectiveness is verified now/],
      ['now with a date', { effective: true, deferUntil: '2027-06-01T00:00:00Z', note: 'x' }, 'deferUntil', /only for a check deferred to a date/],
    ])('refuses a check %s, naming the field', (_label, payload, field, message) => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      expectRejection(followUp.refuse('verifyEffectiveness', as.auditor, payload), 'invalid', message, field);
    });
  });

  describe('deferred to the next audit of the area', () => {
    it('waits without a timer until the verifier verifies, or names a date once the next audit is planned', () => {
      const followUp = new FollowUp('minor-nonconformity').toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { when: 'next-audit', note: 'Sample the template at the next audit' });

      expect(followUp.state.status).toBe('verification-deferred');
      expect(followUp.state.deferrals?.at(-1)).toMatchObject({ kind: 'next-audit', area: 'IT Operations' });
      expect(followUp.events).toContainEqual(
        expect.objectContaining({ type: 'corrective-action.verification-deferred', summary: expect.stringContaining('deferred to the next audit of IT Operations') }),
      );
      expect(nextFollowUpWakeUp(followUp.state)).toBeUndefined();
      expect(followUp.tickAt(followUp.clock + 400 * DAY).events).toEqual([]);

      // The next audit is planned: the verifier names its date, and the clock opens the task then.
      const nextAudit = iso(followUp.clock + 30 * DAY);
      followUp.act('verifyEffectiveness', as.auditor, { when: 'on-date', deferUntil: nextAudit, note: 'Next audit of IT Operations starts then' });
      expect(followUp.state.deferrals?.map((deferral) => deferral.kind)).toEqual(['next-audit', 'on-date']);
      expect(nextFollowUpWakeUp(followUp.state)).toBe(Date.parse(nextAudit));
    });

    it('is verified later by the verifier or the team leader, with no task open', () => {
      const followUp = new FollowUp('minor-nonconformity').toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { when: 'next-audit', note: 'At the next audit' });
      expectRejection(followUp.refuse('verifyEffectiveness', as.second, { effective: true, note: 'x' }), 'forbidden', `only the verifier of this follow-up (${P.auditor.email})`);

      followUp.act('verifyEffectiveness', as.lead, { effective: true, note: 'Verified at the audit of IT Operations' });
      expect(followUp.state).toMatchObject({ status: 'closed', closedAt: iso(followUp.clock) });
      expect(followUp.state.verifications).toEqual([expect.objectContaining({ effective: true, verifiedBy: P.teamLeader.email })]);
    });
  });

  describe('re-checked after an effective closure', () => {
    it('closes for the audit, then opens the re-check task when the grade’s recheckAfter has passed; a passed re-check closes for good', () => {
      const followUp = new FollowUp('major-nonconformity', CHECKED_AGAIN).toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { effective: true, note: 'No leaver accounts in a new sample' });

      const recheckDueAt = iso(followUp.clock + 180 * DAY);
      expect(followUp.state).toMatchObject({ status: 'recheck-scheduled', recheckDueAt });
      expect(followUp.state.closedAt).toBeUndefined();
      expect(isClosedForAudit(followUp.state)).toBe(true);
      expect(types(followUp)).toEqual(['task.completed', 'corrective-action.effective', 'corrective-action.recheck-scheduled']);
      expect(followUp.active()).toEqual([]);
      expect(nextFollowUpWakeUp(followUp.state)).toBe(Date.parse(recheckDueAt));
      expectRejection(followUp.refuse('submitActionPlan', as.rep, { rootCause: 'x', actionPlan: 'y', correction: 'z' }), 'conflict', 'recheck-scheduled');

      followUp.tickAt(Date.parse(recheckDueAt));
      expect(followUp.state.status).toBe('rechecking');
      expect(followUp.state.recheckDueAt).toBeUndefined();
      const recheck = followUp.soleTask('verify-effectiveness');
      expect(recheck).toMatchObject({ title: 'Re-check the effectiveness of the corrective action for F-1', assignee: P.auditor.email, createdAt: recheckDueAt });
      expect(types(followUp)).toEqual(['corrective-action.recheck-due', 'task.opened']);
      expectRejection(followUp.refuse('verifyEffectiveness', as.auditor, { when: 'on-date', deferUntil: iso(followUp.clock + DAY), note: 'x' }), 'invalid', /re-check is made when it is due/, 'when');

      followUp.act('verifyEffectiveness', as.auditor, { effective: true, note: 'Still no leaver accounts' });
      expect(followUp.state).toMatchObject({ status: 'closed', closedAt: iso(followUp.clock), round: 1 });
      expect(followUp.state.verifications.map(({ effective, recheck: again }) => ({ effective, again }))).toEqual([
        { effective: true, again: undefined },
        { effective: true, again: true },
      ]);
      expect(types(followUp)).toEqual(['task.completed', 'corrective-action.recheck-passed']);
      expect(nextFollowUpWakeUp(followUp.state)).toBeUndefined();
    });

    it('that fails reopens the corrective action for a new round, which is re-checked in its turn', () => {
      const followUp = new FollowUp('major-nonconformity', CHECKED_AGAIN).toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { effective: true, note: 'Effective' });
      followUp.tickAt(Date.parse(followUp.state.recheckDueAt!));
      followUp.act('verifyEffectiveness', as.auditor, { effective: false, note: 'Three leavers active again' });

      expect(followUp.state).toMatchObject({ status: 'awaiting-plan', round: 2 });
      expect(isClosedForAudit(followUp.state)).toBe(false);
      expect(followUp.events).toContainEqual(expect.objectContaining({ type: 'corrective-action.recheck-failed', summary: expect.stringContaining('reopened (round 2)') }));
      followUp.soleTask('submit-action-plan');

      followUp.toVerification().act('verifyEffectiveness', as.auditor, { effective: true, note: 'Effective again' });
      expect(followUp.state.status).toBe('recheck-scheduled');
    });

    it('is not scheduled for a grade without recheckAfter', () => {
      const followUp = new FollowUp('minor-nonconformity', CHECKED_AGAIN).toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { effective: true, note: 'Template in use' });
      expect(followUp.state.status).toBe('closed');
      expect(followUp.state.recheckDueAt).toBeUndefined();
      expect(types(followUp)).toEqual(['task.completed', 'corrective-action.effective']);
    });
  });

  describe('who verifies', () => {
    it('is the follow-up’s verifier or the team leader: another auditor of the team is refused', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      const refused = followUp.refuse('verifyEffectiveness', as.second, { effective: true, note: 'Looks fine' });
      expectRejection(refused, 'forbidden', `only the verifier of this follow-up (${P.auditor.email}) or the team leader (${P.teamLeader.email}) may verify`);
      expectRejection(followUp.refuse('verifyEffectiveness', as.second, { when: 'next-audit', note: 'Later' }), 'forbidden', 'only the verifier');

      followUp.act('verifyEffectiveness', as.lead, { effective: true, note: 'Checked by the team leader' });
      expect(followUp.state.status).toBe('closed');
    });

    it('is whoever the verification task was given to, and no longer the auditor who raised the finding', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      const verify = followUp.soleTask('verify-effectiveness');
      followUp.act('reassignTask', as.lead, { taskId: verify.id, assignee: P.secondAuditor.email });
      expectRejection(followUp.refuse('verifyEffectiveness', as.auditor, { effective: true, note: 'x' }), 'forbidden', `only the verifier of this follow-up (${P.secondAuditor.email})`);
      followUp.act('verifyEffectiveness', as.second, { effective: false, note: 'Not yet' });
      expect(followUp.state.verifications[0]!.verifiedBy).toBe(P.secondAuditor.email);
    });
  });

  describe('in a follow-up of an audit launched before these rules', () => {
    it('any auditor of the team verifies, at once only, and an effective action closes without a re-check', () => {
      const followUp = new FollowUp('major-nonconformity', settingsBefore()).toVerification();
      expectRejection(followUp.refuse('verifyEffectiveness', as.auditor, { when: 'next-audit', note: 'Later' }), 'invalid', /started before effectiveness checks could be deferred/, 'when');

      // The payload every step sent before: no `when`.
      followUp.act('verifyEffectiveness', as.second, { effective: true, note: 'Checked by another auditor' });
      expect(followUp.state).toMatchObject({ status: 'closed', closedAt: iso(followUp.clock) });
      expect(followUp.state.recheckDueAt).toBeUndefined();
      expect(types(followUp)).toEqual(['task.completed', 'corrective-action.effective']);
    });

    it('are the only ones without the rules: every audit launched now carries them', () => {
      expect(DEFAULT_AUDIT_SETTINGS).toMatchObject({ effectivenessChecksSchedulable: true, onlyAssignedVerifierVerifies: true, plannedCompletionSetsImplementationDeadline: true });
      expect(resolveSettings({})).toMatchObject({ effectivenessChecksSchedulable: true, onlyAssignedVerifierVerifies: true, plannedCompletionSetsImplementationDeadline: true });
      for (const rule of ['effectivenessChecksSchedulable', 'onlyAssignedVerifierVerifies', 'plannedCompletionSetsImplementationDeadline', 'programmeManagerExtensionsDecidedByComplianceLead']) {
        expect(auditSettingsOverridesSchema.safeParse({ [rule]: false }).success).toBe(false);
      }
      expect(auditSettingsOverridesSchema.parse({ nonconformityDeadlines: { 'major-nonconformity': { recheckAfter: 'P6M', maxImplementation: '60 working days' } } })).toBeTruthy();
    });
  });
});
