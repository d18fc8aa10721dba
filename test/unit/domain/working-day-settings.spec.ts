import { auditSettingsOverridesSchema, auditSettingsSchema, DEFAULT_AUDIT_SETTINGS, isDeadlineDuration, Rejection, resolveSettings, workingDaysOf } from '@auditflow/domain';
import { checkWorkingCalendarSettings, launchSettings } from '@auditflow/domain/launch-calendar';

const issuesOf = (value: unknown) => {
  const result = auditSettingsOverridesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

const BAVARIA = { country: 'DE', subdivision: 'BY', timeZone: 'Europe/Berlin' };

describe('settings in working days', () => {
  it('accept "N working days" wherever a duration is accepted, next to ISO 8601', () => {
    const overrides = {
      planIssueWithin: '10 working days',
      reminderLeadTimes: ['2 working days', 'PT12H'],
      escalationLadder: [{ after: '1 working day', notify: ['assignee'] }],
      nonconformityDeadlines: { 'major-nonconformity': { plan: '15 working days' } },
      escalateOnHolidays: true,
      workingCalendar: BAVARIA,
    };
    expect(issuesOf(overrides)).toEqual([]);
    expect(workingDaysOf('10 working days')).toBe(10);
    expect(workingDaysOf('1 working day')).toBe(1);
    expect(workingDaysOf('P10D')).toBeUndefined();
    expect(['10 working days', '1 working day', '999 working days', 'P10D', 'PT30S'].every(isDeadlineDuration)).toBe(true);
    expect(['10 workdays', '0 working days', '1000 working days', '10 Working Days', ' 10 working days'].some(isDeadlineDuration)).toBe(false);
  });

  it.each([
    [{ planIssueWithin: '10 workdays' }, 'planIssueWithin'],
    [{ planIssueWithin: '0 working days' }, 'planIssueWithin'],
    [{ planIssueWithin: '1.5 working days' }, 'planIssueWithin'],
    [{ planIssueWithin: '-3 working days' }, 'planIssueWithin'],
    [{ planIssueWithin: '1000 working days' }, 'planIssueWithin'],
    [{ planIssueWithin: 'P10D working days' }, 'planIssueWithin'],
    [{ reminderLeadTimes: ['2 working days', 'two working days'] }, 'reminderLeadTimes.1'],
    [{ escalationLadder: [{ after: '5 working  days', notify: ['assignee'] }] }, 'escalationLadder.0.after'],
    [{ nonconformityDeadlines: { 'minor-nonconformity': { verification: 'working days' } } }, 'nonconformityDeadlines.minor-nonconformity.verification'],
  ])('refuse a malformed duration (%j), naming the field %s and both accepted forms', (value, path) => {
    expect(issuesOf(value)).toEqual([{ path, message: 'must be an ISO 8601 duration such as P7D or PT30S, or whole working days such as "10 working days"' }]);
  });

  it('refuse a working calendar with an unknown zone, a country that is no code, a date that does not exist or no working day', () => {
    expect(issuesOf({ workingCalendar: { ...BAVARIA, timeZone: 'Mars/Olympus_Mons' } }).map((issue) => issue.path)).toEqual(['workingCalendar.timeZone']);
    expect(issuesOf({ workingCalendar: { ...BAVARIA, country: 'Germany' } }).map((issue) => issue.path)).toEqual(['workingCalendar.country']);
    expect(issuesOf({ workingCalendar: { ...BAVARIA, extraHolidays: ['2026-02-30'] } }).map((issue) => issue.path)).toEqual(['workingCalendar.extraHolidays.0']);
    // Values no Date can hold are refused too, not thrown (seen as a 500 from the API's fuzz test).
    expect(issuesOf({ workingCalendar: { ...BAVARIA, extraHolidays: ['2026-13-45', '-1'] } }).map((issue) => issue.path)).toEqual(['workingCalendar.extraHolidays.0', 'workingCalendar.extraHolidays.1', 'workingCalendar.extraHolidays.1']);
    expect(issuesOf({ workingCalendar: { ...BAVARIA, weekendDays: [1, 2, 3, 4, 5, 6, 7] } }).map((issue) => issue.path)).toEqual(['workingCalendar.weekendDays']);
    expect(issuesOf({ workingCalendar: { ...BAVARIA, personTimeZones: { 'not an address': 'Europe/Berlin' } } }).map((issue) => issue.path)).toEqual(['workingCalendar.personTimeZones.not an address']);
    expect(issuesOf({ workingCalendar: { ...BAVARIA, units: { Plant: { country: 'NZ' } } } }).map((issue) => issue.path)).toEqual(['workingCalendar.units.Plant.timeZone']);
  });

  it('refuse, with a 422 naming the field, a country or state the holiday data does not know', () => {
    const rejection = (settings: Parameters<typeof checkWorkingCalendarSettings>[0]) => {
      try {
        checkWorkingCalendarSettings(settings);
      } catch (error) {
        return error as Rejection;
      }
      return undefined;
    };
    expect(rejection(BAVARIA)).toBeUndefined();
    expect(rejection({ ...BAVARIA, country: 'XX' })).toMatchObject({ kind: 'invalid', field: 'settings.workingCalendar.country' });
    expect(rejection({ ...BAVARIA, subdivision: 'ZZ' })).toMatchObject({ kind: 'invalid', field: 'settings.workingCalendar.subdivision', message: expect.stringContaining('BY') });
    expect(rejection({ ...BAVARIA, units: { Auckland: { country: 'QQ', timeZone: 'Pacific/Auckland' } } })).toMatchObject({ field: 'settings.workingCalendar.units.Auckland.country' });
  });

  it('keep escalations off non-working days by default, and carry no calendar unless the programme has one', () => {
    expect(DEFAULT_AUDIT_SETTINGS.escalateOnHolidays).toBe(false);
    expect(DEFAULT_AUDIT_SETTINGS.workingCalendar).toBeUndefined();
    // resolveSettings cannot read holiday data: the programme's calendar source never leaks into an audit's settings.
    expect(resolveSettings({ workingCalendar: BAVARIA }).workingCalendar).toBeUndefined();
    expect(launchSettings({ planIssueWithin: 'PT30S' }, 'Plant Munich', '2026-03-01T00:00:00Z')).toEqual(resolveSettings({ planIssueWithin: 'PT30S' }));
  });

  it('resolve the calendar at launch into plain dates: the auditee unit’s source, public holidays, the programme’s adjustments, each zone’s offsets', () => {
    const settings = launchSettings(
      {
        planIssueWithin: '10 working days',
        workingCalendar: {
          ...BAVARIA,
          extraHolidays: ['2026-12-24', '2026-12-31'],
          removedHolidays: ['2026-06-04'],
          personTimeZones: { 'Lead@Audit.Example': 'Pacific/Auckland' },
          units: { 'Auckland office': { country: 'NZ', timeZone: 'Pacific/Auckland' } },
        },
      },
      'Plant Munich',
      '2026-03-01T09:00:00Z',
    );
    const calendar = settings.workingCalendar!;
    expect(auditSettingsSchema.parse(settings)).toEqual(settings);
    expect(calendar).toMatchObject({ timeZone: 'Europe/Berlin', personTimeZones: { 'lead@audit.example': 'Pacific/Auckland' }, weekendDays: [6, 7], coversFrom: '2026-01-01', coversThrough: '2030-12-31' });
    // Ascension Day and the Epiphany (kept in Bavaria) are in; Corpus Christi was removed; the closures were added.
    expect(calendar.holidays).toEqual(expect.arrayContaining(['2026-01-06', '2026-05-14', '2026-12-24', '2026-12-31', '2030-12-25']));
    expect(calendar.holidays).not.toContain('2026-06-04');
    expect(calendar.holidays).toEqual([...calendar.holidays].sort());
    // Berlin goes to UTC+2 at 01:00 UTC on 29 March 2026 and back on 25 October.
    expect(calendar.zoneOffsets['Europe/Berlin']).toEqual(expect.arrayContaining([{ from: '2026-03-29T01:00:00.000Z', minutes: 120 }, { from: '2026-10-25T01:00:00.000Z', minutes: 60 }]));
    expect(Object.keys(calendar.zoneOffsets).sort()).toEqual(['Europe/Berlin', 'Pacific/Auckland']);
    expect(calendar.source).toContain('DE-BY');

    const auckland = launchSettings({ workingCalendar: { ...BAVARIA, units: { 'Auckland office': { country: 'NZ', timeZone: 'Pacific/Auckland' } } } }, 'Auckland office', '2026-03-01T09:00:00Z').workingCalendar!;
    expect(auckland.timeZone).toBe('Pacific/Auckland');
    expect(auckland.holidays).toContain('2026-02-06'); // Waitangi Day
    expect(auckland.holidays).not.toContain('2026-05-14');
  });
});
