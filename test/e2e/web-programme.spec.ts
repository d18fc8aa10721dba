// The programme dashboard in Debian's Chromium: the programme manager picks a programme with three audits in three
// phases (one of them with an escalated, overdue contact acknowledgement, one with a major and a minor nonconformity)
// and reads its audits by phase, the Gantt chart of the planned and running ones, what is overdue by unit and by
// rung, and the nonconformities by grade; reaches the launch page for the programme with the keyboard alone; and the
// page passes axe-core's serious and critical rules and fits a 375 px phone. A second programme runs an audit cycle in
// minutes: its Cycle section shows the windows and their launch tasks, the launch link opens the launch form prefilled
// for the window, the supplier's window is skipped with a reason through the form, and the coverage gap it leaves is
// named and decided through the form.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { AuditSettingsOverrides, ISO27001_2022_ANNEX_A, ISO27001_2022_CLAUSES } from '@auditflow/domain';
import { REPO_ROOT } from '@auditflow/devstack';
import { AuditPort, HttpAuditPort, runSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { seriousViolations } from '../support/accessibility';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
const DAY = 86_400_000;
const pm = P.programmeManager.email;

// A cycle of ten minutes with one window per area, both opening at its start and closing half-way: the launch tasks
// open at approval (the lead time reaches back before the start), and nothing closes while the test runs.
const CYCLE_AREAS = [
  { id: 'isms-office', name: 'ISMS office', kind: 'unit', riskRating: 'high', covers: { clauses: ISO27001_2022_CLAUSES.map((clause) => clause.id), controls: ['A.5.1'] } },
  { id: 'dev-supplier', name: 'Outsourced development', kind: 'supplier', riskRating: 'low', covers: { controls: ['A.5.19', 'A.8.30'] } },
] as const;
const CYCLE_APPLICABLE: string[] = CYCLE_AREAS.flatMap((area) => [...area.covers.controls]);
const cycleContent = () => ({
  cycle: { start: new Date(Date.now() + 5_000).toISOString(), length: 'PT600S' },
  auditAreas: CYCLE_AREAS,
  statementOfApplicability: {
    excluded: ISO27001_2022_ANNEX_A.filter((control) => !CYCLE_APPLICABLE.includes(control.id)).map((control) => ({ control: control.id, justification: 'Outside the scope of this ISMS' })),
  },
  resources: { auditorDaysPerYear: 20 },
});
const CYCLE_SETTINGS = { frequencyByRisk: { high: 'cycle', medium: 'cycle', low: 'cycle' }, windowLength: 'PT300S', launchLeadTime: 'PT60S', reviewEvery: 'PT600S', reviewWithin: 'PT600S', coverageGapWithin: 'PT600S' };

/** Where a sample audit is left: the port refuses the step named. */
class StopHere extends Error {}
function stoppingAt(http: HttpAuditPort, stop: { action?: string; followUp?: boolean }): AuditPort {
  return {
    act: (action, actor, payload) => {
      if (action === stop.action) throw new StopHere();
      return http.act(action, actor, payload);
    },
    followUp: (findingId, action, actor, payload) => {
      if (stop.followUp) throw new StopHere();
      return http.followUp(findingId, action, actor, payload);
    },
  };
}
const stopped = (error: unknown) => {
  if (!(error instanceof StopHere)) throw error;
};

describe('the programme dashboard', () => {
  const stack = useFullStack();
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const programmeName = `Programme dashboard ${suffix}`;
  const titles = { overdue: `Finance ISMS audit ${suffix}`, preparing: `HR ISMS audit ${suffix}`, followingUp: `IT Operations ISMS audit ${suffix}` };
  let programmeId: string;
  const auditIds = { overdue: '', preparing: '', followingUp: '' };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    // The contact acknowledgement is due 5 s after launch and climbs both rungs of the ladder a second apart; every
    // other deadline keeps its default of days. Only the Finance audit leaves it unanswered.
    const settings: AuditSettingsOverrides = {
      contactAcknowledgementWithin: 'PT5S',
      reminderLeadTimes: [],
      escalationLadder: [
        { after: 'PT0S', notify: ['assignee'], cc: [] },
        { after: 'PT1S', notify: ['programme-manager'], cc: [] },
      ],
    };
    programmeId = (await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(settings), name: programmeName })).id;
    await stack.client.post(`/programmes/${programmeId}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    const launch = async (title: string, unit: string, now: number) => {
      const sample = sampleLaunch(programmeId, now);
      const body = { ...sample, title, scope: { ...sample.scope, units: [unit] }, auditee: { ...sample.auditee, unit } };
      return (await stack.client.post<{ id: string }>('/audits', pm, body)).id;
    };
    const now = Date.now();
    [auditIds.followingUp, auditIds.preparing, auditIds.overdue] = await Promise.all([
      launch(titles.followingUp, 'IT Operations', now),
      launch(titles.preparing, 'Human Resources', now + 30 * DAY),
      launch(titles.overdue, 'Finance', now + 60 * DAY),
    ]);
    await Promise.all([
      // 6.2 → 6.7: a major and a minor nonconformity (and an observation), their follow-ups started, nothing answered.
      runSampleAudit(stoppingAt(new HttpAuditPort(stack.client, auditIds.followingUp), { followUp: true }), undefined, now).catch(stopped),
      // 6.2 → 6.3: judged feasible, no documents requested yet.
      runSampleAudit(stoppingAt(new HttpAuditPort(stack.client, auditIds.preparing), { action: 'requestDocuments' }), undefined, now + 30 * DAY).catch(stopped),
    ]);

    // Wait for what the workflows record: the phases, both follow-ups, and the Finance task overdue at its last rung.
    await eventually(async () => {
      const audits = (await stack.client.get(`/audits?programmeId=${programmeId}`, pm)).body.items;
      const phases = Object.fromEntries(audits.map((audit: { id: string; phase: string }) => [audit.id, audit.phase]));
      expect(phases).toEqual({ [auditIds.overdue]: 'initiating', [auditIds.preparing]: 'preparing', [auditIds.followingUp]: 'following-up' });
      const actions = (await stack.client.get(`/corrective-actions?programmeId=${programmeId}`, pm)).body.items;
      expect(actions.map((action: { grade: string; status: string }) => `${action.grade} ${action.status}`).sort()).toEqual(['major-nonconformity awaiting-plan', 'minor-nonconformity awaiting-plan']);
    }, { timeoutMs: 60_000 });
    await eventually(async () => {
      const overdue = (await stack.client.get('/tasks/overdue', pm)).body.flatMap((group: { tasks: unknown[] }) => group.tasks);
      const ours = overdue.filter((task: { programmeId: string }) => task.programmeId === programmeId);
      expect(ours).toEqual([expect.objectContaining({ auditId: auditIds.overdue, id: 'T-1', kind: 'acknowledge-contact', auditeeUnit: 'Finance', escalationLevel: 2 })]);
    }, { timeoutMs: 30_000 });
  }, 5 * 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** The rows of a table found by its caption, each row as the texts of its cells. */
  async function tableRows(page: Page, caption: RegExp | string): Promise<string[][]> {
    const rows = page.getByRole('table', { name: caption }).getByRole('row');
    const texts: string[][] = [];
    for (const row of await rows.all()) texts.push((await row.getByRole('cell').allTextContents()).map((text) => text.trim()));
    return texts.filter((cells) => cells.length > 0);
  }

  it('shows the chosen programme: audits by phase, the Gantt chart, overdue by unit and rung, nonconformities by grade', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/programme`, pm, stack.mail.mailbox);
    await page.getByRole('heading', { name: 'Programme', level: 1 }).waitFor();
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: programmeName });
    await page.waitForURL(new RegExp(`programme=${programmeId}`));

    // Audits by phase: all eight phases, with this programme's three audits in three of them.
    const phases = page.getByRole('table', { name: 'The 3 audits of this programme by phase' });
    await phases.waitFor();
    expect(await tableRows(page, 'The 3 audits of this programme by phase')).toEqual([
      ['initiating (6.2)', '1'],
      ['preparing (6.3)', '1'],
      ['conducting (6.4)', '0'],
      ['reporting (6.5)', '0'],
      ['completing (6.6)', '0'],
      ['following-up (6.7)', '1'],
      ['closed (6.7)', '0'],
      ['cancelled (6.2)', '0'],
    ]);

    // The Gantt chart draws every planned or running audit, by planned start, and says so in words; the table links them.
    const gantt = page.getByRole('img', { name: /Gantt chart/ });
    const description = (await gantt.locator('desc').textContent()) ?? '';
    const order = [titles.followingUp, titles.preparing, titles.overdue].map((title) => description.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(description).toMatch(new RegExp(`${titles.overdue} \\(Finance\\), initiating: planned .+, 1 overdue task\\.`));
    for (const id of Object.values(auditIds)) expect(await gantt.locator(`rect[data-audit="${id}"]`).count()).toBe(1);
    const schedule = page.getByRole('region', { name: 'Planned and running audits table' });
    for (const [key, title] of Object.entries(titles)) {
      expect(await schedule.getByRole('link', { name: title }).getAttribute('href')).toBe(`/audits/${auditIds[key as keyof typeof auditIds]}`);
    }

    // Overdue: the Finance contact acknowledgement, at rung 2 of the ladder.
    expect(await tableRows(page, 'Overdue tasks by auditee unit')).toEqual([['Finance', '1']]);
    expect(await tableRows(page, 'Overdue tasks by escalation rung')).toEqual([['rung 2', '1']]);
    const overdueRows = page.getByRole('region', { name: 'Overdue tasks table' }).getByRole('row').filter({ has: page.locator(`a[href="/audits/${auditIds.overdue}/tasks/T-1"]`) });
    expect(await overdueRows.count()).toBe(1);
    expect(await overdueRows.textContent()).toMatch(new RegExp(`${titles.overdue}.*Finance.*initiating.*${P.auditeeRepresentative.email}.*ago.*rung 2`));

    // Nonconformities by grade: recorded, follow-up open, follow-up overdue.
    expect(await tableRows(page, 'Nonconformities by grade')).toEqual([
      ['major', '1', '1', '0'],
      ['minor', '1', '1', '0'],
    ]);
    await screenshot(page, 'programme');
    await context.close();
  });

  it('takes the keyboard from the programme to its launch page, the programme chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/programme?programme=${programmeId}`, pm, stack.mail.mailbox);
    const select = page.getByLabel('Programme', { exact: true });
    await page.getByRole('table', { name: /audits of this programme by phase/ }).waitFor();
    expect(await select.inputValue()).toBe(programmeId);
    await select.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Launch an audit');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${stack.api.baseUrl}/audits/new?programme=${programmeId}`);
    await page.getByRole('heading', { name: 'Launch an audit', level: 1 }).waitFor();
    await eventually(async () => expect(await page.getByRole('combobox', { name: 'Programme' }).inputValue()).toBe(programmeName));
    await page.getByRole('button', { name: 'Launch' }).waitFor();
    await context.close();
  });

  it('passes axe-core and fits a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/programme?programme=${programmeId}`, pm, stack.mail.mailbox);
    await page.getByRole('table', { name: 'Nonconformities by grade' }).waitFor();
    await page.getByRole('table', { name: 'Overdue tasks by escalation rung' }).waitFor();
    await page.getByRole('img', { name: /Gantt chart/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows the programme's running cycle: windows, launch tasks, a window skipped and the gap it leaves decided through the forms", async () => {
    const name = `Programme cycle ${suffix}`;
    const id = (await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(), name, content: cycleContent(), cycleSettings: CYCLE_SETTINGS })).id;
    await stack.client.post(`/programmes/${id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    // Both launch tasks open as the workflow starts; the page is opened once they are recorded.
    const windows = await eventually(async () => {
      const { body: cycle } = await stack.client.get<{ plan: { windows: { id: string; areaIds: string[] }[] } }>(`/programmes/${id}/cycle`, pm);
      const { body: tasks } = await stack.client.get<{ kind: string; subjectId?: string; state: string }[]>(`/programmes/${id}/tasks`, pm);
      const launchTasks = tasks.filter((task) => task.kind === 'launch-audit' && task.state === 'open').map((task) => task.subjectId);
      expect(launchTasks.sort()).toEqual(cycle.plan.windows.map((window) => window.id).sort());
      return { office: cycle.plan.windows.find((window) => window.areaIds.includes('isms-office'))!.id, supplier: cycle.plan.windows.find((window) => window.areaIds.includes('dev-supplier'))!.id };
    }, { timeoutMs: 60_000 });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/programme?programme=${id}`, pm, stack.mail.mailbox);
    const cycleSection = page.getByRole('region', { name: 'Cycle', exact: true });
    await page.getByRole('table', { name: 'The 2 audit windows of the cycle' }).waitFor();
    const windowRow = (windowId: string) => page.getByRole('table', { name: 'The 2 audit windows of the cycle' }).locator(`tr[data-window="${windowId}"]`);
    // The status comes from the tasks, read beside the plan: wait for it rather than read the first render.
    await windowRow(windows.office).filter({ hasText: 'launch task open' }).waitFor();
    await windowRow(windows.supplier).filter({ hasText: 'launch task open' }).waitFor();
    expect(await windowRow(windows.office).textContent()).toMatch(new RegExp(`^${windows.office}ISMS office.+launch task open`));
    expect(await windowRow(windows.supplier).textContent()).toMatch(new RegExp(`^${windows.supplier}Outsourced development.+launch task open`));
    const launchLink = windowRow(windows.office).getByRole('link', { name: `Launch the audit of ${windows.office}` });
    expect(await launchLink.getAttribute('href')).toBe(`/audits/new?programme=${id}&window=${windows.office}`);
    await cycleSection.getByText('2 open tasks of the programme manager').waitFor();
    await cycleSection.getByText('No coverage gap').waitFor();

    // Skipping the supplier's window through its task's form: the window shows the reason, the gap is named.
    const skipForm = page.getByRole('region', { name: `Skip window ${windows.supplier}` });
    await skipForm.getByRole('button', { name: 'Skip the window' }).click();
    await skipForm.getByRole('alert').waitFor();
    expect(await skipForm.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    await skipForm.getByLabel('Reason').fill('The supplier contract ends before its window');
    await skipForm.getByRole('button', { name: 'Skip the window' }).click();
    const recorded = cycleSection.getByRole('status').filter({ hasText: 'Recorded' });
    await recorded.getByText(`Window ${windows.supplier} skipped: The supplier contract ends before its window`).waitFor();
    await recorded.getByText('Coverage gap: no remaining window audits A.5.19, A.8.30').waitFor();
    await windowRow(windows.supplier).getByText('skipped: The supplier contract ends before its window').waitFor();
    await cycleSection.getByRole('alert').filter({ hasText: 'Coverage gap' }).getByText('No window left in the cycle covers controls A.5.19, A.8.30.').waitFor();
    expect(await tableRows(page, 'Annex A controls')).toEqual([
      ['A.5.1', 'planned', windows.office, '—'],
      ['A.5.19', 'gap', '—', '—'],
      ['A.8.30', 'gap', '—', '—'],
    ]);
    await page.getByRole('list', { name: 'Events of the cycle, newest first' }).getByText(`Window ${windows.supplier} skipped`).waitFor();

    // The gap's task and its form: the decision closes the task.
    await page.getByText('Left uncovered: controls A.5.19, A.8.30.').waitFor();
    const decideForm = page.getByRole('region', { name: 'Decide how the gap is closed' });
    await decideForm.getByLabel('Decision').fill('Audit the supplier under the new contract next cycle');
    await decideForm.getByRole('button', { name: 'Record the decision' }).click();
    await recorded.getByText('Coverage gap decided: Audit the supplier under the new contract next cycle').waitFor();
    await decideForm.waitFor({ state: 'detached' });
    await cycleSection.getByText('1 open task of the programme manager').waitFor();

    // The launch link opens the launch form prefilled for the window.
    await launchLink.click();
    await page.getByRole('heading', { name: `Launch the audit of window ${windows.office}`, level: 1 }).waitFor();
    expect(await page.locator('[data-field="title"]').inputValue()).toBe(`ISMS office audit (${windows.office})`);
    expect(await page.locator('[data-field="scope.units"]').inputValue()).toBe('ISMS office');
    expect(await page.locator('[data-field="plannedStart"]').inputValue()).not.toBe('');
    await context.close();

    // On a phone the section fits the screen and passes axe-core.
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const small = await phone.newPage();
    await openSignedIn(small, `${stack.api.baseUrl}/programme?programme=${id}`, pm, stack.mail.mailbox);
    await small.getByRole('table', { name: 'Annex A controls' }).waitFor();
    await small.getByRole('list', { name: 'Events of the cycle, newest first' }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(small)).toEqual([]);
    await phone.close();
  }, 4 * 60_000);
});
