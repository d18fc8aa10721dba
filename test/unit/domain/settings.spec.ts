import {
  AuditSettings,
  auditSettingsOverridesSchema,
  AuditSettingsOverrides,
  auditSettingsSchema,
  DEFAULT_AUDIT_SETTINGS,
  resolveSettings,
} from '@auditflow/domain';

describe('audit settings', () => {
  describe('defaults', () => {
    it('are themselves valid settings', () => {
      expect(auditSettingsSchema.safeParse(DEFAULT_AUDIT_SETTINGS).success).toBe(true);
    });
  });

  describe('resolveSettings', () => {
    it('returns the defaults when nothing is overridden', () => {
      expect(resolveSettings()).toEqual(DEFAULT_AUDIT_SETTINGS);
      expect(resolveSettings({})).toEqual(DEFAULT_AUDIT_SETTINGS);
    });

    it('replaces only the flat values that are overridden', () => {
      const resolved = resolveSettings({ planIssueWithin: 'P21D', reminderLeadTimes: ['P2D'], pauseClockWhileExtensionPending: false });

      expect(resolved.planIssueWithin).toBe('P21D');
      expect(resolved.reminderLeadTimes).toEqual(['P2D']);
      expect(resolved.pauseClockWhileExtensionPending).toBe(false);
      const { planIssueWithin: _a, reminderLeadTimes: _b, pauseClockWhileExtensionPending: _c, ...rest } = resolved;
      const { planIssueWithin: _d, reminderLeadTimes: _e, pauseClockWhileExtensionPending: _f, ...defaults } = DEFAULT_AUDIT_SETTINGS;
      expect(rest).toEqual(defaults);
    });

    it('replaces the escalation ladder as a whole', () => {
      const ladder: AuditSettings['escalationLadder'] = [{ after: 'PT1H', notify: ['team-leader'], cc: [] }];
      expect(resolveSettings({ escalationLadder: ladder }).escalationLadder).toEqual(ladder);
    });

    it('merges per-grade deadlines field by field, keeping the rest of that grade and the other grade', () => {
      const resolved = resolveSettings({ nonconformityDeadlines: { 'major-nonconformity': { plan: 'P7D' } } });

      expect(resolved.nonconformityDeadlines['major-nonconformity']).toEqual({
        ...DEFAULT_AUDIT_SETTINGS.nonconformityDeadlines['major-nonconformity'],
        plan: 'P7D',
      });
      expect(resolved.nonconformityDeadlines['minor-nonconformity']).toEqual(DEFAULT_AUDIT_SETTINGS.nonconformityDeadlines['minor-nonconformity']);
    });

    it('ignores overrides given as undefined, flat or nested, instead of erasing the default', () => {
      const overrides: AuditSettingsOverrides = {
        planIssueWithin: undefined,
        nonconformityDeadlines: { 'major-nonconformity': { plan: undefined, verification: 'P21D' } },
      };
      const resolved = resolveSettings(overrides);

      expect(resolved.planIssueWithin).toBe(DEFAULT_AUDIT_SETTINGS.planIssueWithin);
      expect(resolved.nonconformityDeadlines['major-nonconformity'].plan).toBe(DEFAULT_AUDIT_SETTINGS.nonconformityDeadlines['major-nonconformity'].plan);
      expect(resolved.nonconformityDeadlines['major-nonconformity'].verification).toBe('P21D');
      expect(auditSettingsSchema.safeParse(resolved).success).toBe(true);
    });

    it('resolves onto another base than the defaults', () => {
      const base = resolveSettings({ completionWithin: 'P1D' });
      expect(resolveSettings({ reportIssueWithin: 'PT30S' }, base)).toMatchObject({ completionWithin: 'P1D', reportIssueWithin: 'PT30S' });
    });

    it('does not modify the defaults or the overrides', () => {
      const defaults = structuredClone(DEFAULT_AUDIT_SETTINGS);
      const overrides: AuditSettingsOverrides = { nonconformityDeadlines: { 'minor-nonconformity': { plan: 'P1D' } } };
      const copy = structuredClone(overrides);
      resolveSettings(overrides);
      expect(DEFAULT_AUDIT_SETTINGS).toEqual(defaults);
      expect(overrides).toEqual(copy);
    });
  });

  describe('override schema', () => {
    const issuesOf = (value: unknown) => {
      const result = auditSettingsOverridesSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    };

    it('accepts any subset of the settings, including part of one grade', () => {
      const overrides = { reportIssueWithin: 'PT30S', nonconformityDeadlines: { 'minor-nonconformity': { implementation: 'P120D' } } };
      expect(auditSettingsOverridesSchema.parse(overrides)).toEqual(overrides);
      expect(auditSettingsOverridesSchema.parse({})).toEqual({});
    });

    it('rejects an unknown top-level key', () => {
      expect(issuesOf({ planIssuedWithin: 'P14D' })).toEqual([{ path: '', code: 'unrecognized_keys' }]);
    });

    it('rejects an unknown grade under nonconformityDeadlines', () => {
      expect(issuesOf({ nonconformityDeadlines: { 'major-nonconformty': { plan: 'P7D' } } })).toEqual([
        { path: 'nonconformityDeadlines', code: 'unrecognized_keys' },
      ]);
    });

    it('rejects an unknown deadline inside a grade', () => {
      expect(issuesOf({ nonconformityDeadlines: { 'major-nonconformity': { plann: 'P7D' } } })).toEqual([
        { path: 'nonconformityDeadlines.major-nonconformity', code: 'unrecognized_keys' },
      ]);
    });

    it.each([
      [{ planIssueWithin: '14 days' }, 'planIssueWithin'],
      [{ planIssueWithin: '-P1D' }, 'planIssueWithin'],
      [{ reminderLeadTimes: ['P7D', 'one day'] }, 'reminderLeadTimes.1'],
      [{ escalationLadder: [{ after: 'later', notify: ['assignee'] }] }, 'escalationLadder.0.after'],
      [{ nonconformityDeadlines: { 'minor-nonconformity': { verification: 'P' } } }, 'nonconformityDeadlines.minor-nonconformity.verification'],
    ])('rejects a bad duration (%j) at %s', (value, path) => {
      const result = auditSettingsOverridesSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
      expect(result.error?.issues[0]?.message).toMatch(/ISO 8601 duration/);
    });

    it('rejects an escalation rung with an unknown target or nobody to notify', () => {
      expect(issuesOf({ escalationLadder: [{ after: 'P1D', notify: ['ceo'] }] }).map((issue) => issue.path)).toEqual(['escalationLadder.0.notify.0']);
      expect(issuesOf({ escalationLadder: [{ after: 'P1D', notify: [] }] }).map((issue) => issue.path)).toEqual(['escalationLadder.0.notify']);
    });

    it('limits reminders to five lead times and the ladder to between one and six rungs', () => {
      expect(issuesOf({ reminderLeadTimes: ['P1D', 'P2D', 'P3D', 'P4D', 'P5D', 'P6D'] })).toHaveLength(1);
      expect(issuesOf({ escalationLadder: [] })).toHaveLength(1);
      const rung = { after: 'P1D', notify: ['assignee'] };
      expect(issuesOf({ escalationLadder: Array.from({ length: 7 }, () => rung) })).toHaveLength(1);
    });

    it('produces settings that resolve to valid full settings', () => {
      const overrides = auditSettingsOverridesSchema.parse({ escalationLadder: [{ after: 'PT0S', notify: ['assignee'] }] });
      const resolved = resolveSettings(overrides);
      expect(resolved.escalationLadder).toEqual([{ after: 'PT0S', notify: ['assignee'], cc: [] }]);
      expect(auditSettingsSchema.parse(resolved)).toEqual(resolved);
    });
  });
});
