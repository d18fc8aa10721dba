// Deadlines in working days on the real stack: a programme's working calendar, with a holiday of its own, decides
// when the auditee's first task is due; a calendar whose places the holiday data does not know is refused.
import { randomUUID } from 'node:crypto';
import type { WorkingCalendarSettings } from '@auditflow/domain';
import { launchSampleAudit, SAMPLE_PEOPLE as P, SAMPLE_AUDITEE_UNIT, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const PM = P.programmeManager.email;
const ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const rep = { 'x-audit-role': 'auditee-representative' };
const lead = { 'x-audit-role': 'team-leader' };

/*
 * The expected dates are worked out here from first principles (weekdays, the holiday list, Berlin's offset from the
 * runtime's own zone data), not with the domain's working-day arithmetic they check.
 */
const berlinParts = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** Minutes Berlin's clocks are ahead of UTC at `instant`. */
function berlinOffsetMinutes(instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const part = Object.fromEntries(berlinParts.formatToParts(new Date(whole)).map(({ type, value }) => [type, Number(value)]));
  return Math.round((Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - whole) / 60_000);
}

/** The date (YYYY-MM-DD) on Berlin's calendars at `instant`. */
const berlinDate = (instant: number) => new Date(instant + berlinOffsetMinutes(instant) * 60_000).toISOString().slice(0, 10);

/** 23:59:59.999 on Berlin's clocks on `date`, in UTC. Clocks change at night, never near midnight, so one correction suffices. */
function endOfBerlinDay(date: string): string {
  const wallClock = Date.parse(`${date}T23:59:59.999Z`);
  const guess = wallClock - berlinOffsetMinutes(wallClock) * 60_000;
  return new Date(wallClock - berlinOffsetMinutes(guess) * 60_000).toISOString();
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** The Nth day after `from` that is neither a Saturday, a Sunday nor one of `holidays` (the day `from` not counted). */
function nthWorkingDayAfter(from: string, n: number, holidays: ReadonlySet<string>): string {
  let date = from;
  for (let counted = 0; counted < n; ) {
    date = nextDate(date);
    if (!isWeekend(date) && !holidays.has(date)) counted += 1;
  }
  return date;
}

/** The second weekday after today in Berlin: inside the coming ten working days even if the date turns before the launch. */
function programmeHoliday(): string {
  let date = berlinDate(Date.now());
  for (let weekdays = 0; weekdays < 2; ) {
    date = nextDate(date);
    if (!isWeekend(date)) weekdays += 1;
  }
  return date;
}

interface TaskView {
  kind: string;
  dueAt: string;
  createdAt: string;
  assignee: string;
}

describe('deadlines in working days on the real stack', () => {
  const stack = useFullStack();

  async function openTask(auditId: string, kind: string): Promise<TaskView> {
    return eventually(async () => {
      const detail = await stack.client.get<{ openTasks: TaskView[] }>(`/audits/${auditId}`, PM);
      const task = detail.body.openTasks.find((candidate) => candidate.kind === kind);
      expect(task).toBeDefined();
      return task!;
    }, { timeoutMs: 60_000 });
  }

  it("gives the auditee's first task the end of its 10th working day in Berlin, past a weekend and the programme's own holiday", async () => {
    const holiday = programmeHoliday();
    const workingCalendar = { country: 'DE', subdivision: 'BY', timeZone: ZONE, extraHolidays: [holiday] };
    const { auditId } = await launchSampleAudit(stack.client, { contactAcknowledgementWithin: '10 working days', workingCalendar });

    const acknowledge = await openTask(auditId, 'acknowledge-contact');
    expect(acknowledge.assignee).toBe(P.auditeeRepresentative.email);

    // The calendar the audit carries: Bavaria's public holidays as the launch resolved them, and the programme's day off.
    const live = await stack.client.get<{ settings: { workingCalendar?: { timeZone: string; holidays: string[]; source: string } } }>(`/audits/${auditId}/live-state`, PM);
    expect(live.status).toBe(200);
    const calendar = live.body.settings.workingCalendar!;
    expect(calendar).toMatchObject({ timeZone: ZONE, source: expect.stringContaining('DE-BY') });
    expect(calendar.holidays).toContain(holiday);
    const holidays = new Set(calendar.holidays);

    // Counted from the launch's date in Berlin, that day not counted; the holiday lies inside the ten days.
    const launchDate = berlinDate(Date.parse(acknowledge.createdAt));
    const lastDay = nthWorkingDayAfter(launchDate, 10, holidays);
    expect(holiday > launchDate && holiday < lastDay).toBe(true);
    expect(acknowledge.dueAt).toBe(endOfBerlinDay(lastDay));
    expect(new Date(acknowledge.dueAt).toISOString().slice(11)).toMatch(/^2[12]:59:59\.999Z$/);

    // The programme's holiday moved the deadline by a working day, past what a plain P14D from the launch would give.
    const withoutIt = new Set([...holidays].filter((date) => date !== holiday));
    expect(Date.parse(acknowledge.dueAt)).toBeGreaterThan(Date.parse(endOfBerlinDay(nthWorkingDayAfter(launchDate, 10, withoutIt))));
    expect(Date.parse(acknowledge.dueAt)).toBeGreaterThan(Date.parse(acknowledge.createdAt) + 14 * DAY_MS);

    // A document request asked in working days at the HTTP edge counts on the same calendar.
    const acknowledged = await stack.client.request('POST', `/audits/${auditId}/acknowledge-contact`, P.auditeeRepresentative.email, { channels: ['e-mail'], confidentialityAgreed: true }, rep);
    expect(acknowledged.status).toBe(200);
    expect((await stack.client.request('POST', `/audits/${auditId}/decide-feasibility`, P.teamLeader.email, { feasible: true, reason: 'People and information are available' }, lead)).status).toBe(200);
    const requested = await stack.client.request('POST', `/audits/${auditId}/request-documents`, P.teamLeader.email, { documents: [{ name: 'Statement of Applicability' }], dueWithin: '3 working days' }, lead);
    expect(requested.status).toBe(200);
    const supply = await openTask(auditId, 'supply-documents');
    expect(supply.dueAt).toBe(endOfBerlinDay(nthWorkingDayAfter(berlinDate(Date.parse(supply.createdAt)), 3, holidays)));

    const malformed = await stack.client.request('POST', `/audits/${auditId}/request-documents`, P.teamLeader.email, { documents: [{ name: 'Access control policy' }], dueWithin: '3 business days' }, lead);
    expect(malformed.status).toBe(400);
    expect(malformed.body.violations.map((violation: { field: string }) => violation.field)).toContain('dueWithin');
  });

  it('refuses a programme whose working calendar names a country or region without holiday data (422) or whose deadline is malformed (400), naming the field', async () => {
    const refusals: [WorkingCalendarSettings, string][] = [
      [{ country: 'XX', timeZone: ZONE }, 'settings.workingCalendar.country'],
      [{ country: 'DE', subdivision: 'ZZ', timeZone: ZONE }, 'settings.workingCalendar.subdivision'],
      [{ country: 'DE', timeZone: ZONE, units: { [SAMPLE_AUDITEE_UNIT]: { country: 'QQ', timeZone: ZONE } } }, `settings.workingCalendar.units.${SAMPLE_AUDITEE_UNIT}.country`],
    ];
    for (const [workingCalendar, field] of refusals) {
      const name = `Calendar check ${randomUUID()}`;
      const answer = await stack.client.request('POST', '/programmes', PM, { ...sampleProgramme({ workingCalendar }), name });
      expect(answer.status).toBe(422);
      expect(answer.body.violations[0].field).toBe(field);
      // Nothing was established.
      const programmes = await stack.client.get<{ name: string }[]>('/programmes', PM);
      expect(programmes.body.map((programme) => programme.name)).not.toContain(name);
    }

    // A deadline that is neither ISO 8601 nor whole working days is malformed input: 400 naming the setting.
    const malformed = await stack.client.request('POST', '/programmes', PM, { ...sampleProgramme({ contactAcknowledgementWithin: '10 business days' }), name: `Calendar check ${randomUUID()}` });
    expect(malformed.status).toBe(400);
    expect(malformed.body.violations.map((violation: { field: string }) => violation.field)).toContain('settings.contactAcknowledgementWithin');

    const known = await stack.client.request('POST', '/programmes', PM, { ...sampleProgramme({ workingCalendar: { country: 'DE', subdivision: 'BY', timeZone: ZONE } }), name: `Calendar check ${randomUUID()}` });
    expect(known.status).toBe(201);
  });
});
