// The follow-up tracker in Debian's Chromium: the compliance lead sees the open corrective actions of a sample audit
// (one of them escalated), narrows them with the filters, downloads what is shown as CSV with the keyboard alone,
// and the page passes axe-core's serious and critical rules, on a phone too.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '@auditflow/devstack';
import { AuditPort, HttpAuditPort, runSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { seriousViolations } from '../support/accessibility';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Where the sample audit is left: the major nonconformity's second round implementing, the minor one awaiting its plan. */
class StopHere extends Error {}

/** Cells of one CSV line (RFC 4180 quoting). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]));
}

describe('the follow-up tracker', () => {
  const stack = useFullStack();
  let browser: Browser;
  const programmeName = `Follow-up tracker programme ${Date.now().toString(36)}`;
  let programmeId: string;
  let auditId: string;
  let major: { findingId: string };
  let minor: { findingId: string };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    const pm = P.programmeManager.email;
    // The minor nonconformity's plan is due at once, so its follow-up escalates while the test looks.
    const settings = { nonconformityDeadlines: { 'minor-nonconformity': { plan: 'PT1S' } } };
    programmeId = (await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(settings), name: programmeName })).id;
    await stack.client.post(`/programmes/${programmeId}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    auditId = (await stack.client.post<{ id: string }>('/audits', pm, sampleLaunch(programmeId))).id;
    const http = new HttpAuditPort(stack.client, auditId);
    let evidenceDeliveries = 0;
    const port: AuditPort = {
      act: (action, actor, payload) => http.act(action, actor, payload),
      followUp: (findingId, action, actor, payload) => {
        if (action === 'submitImplementationEvidence' && ++evidenceDeliveries === 2) throw new StopHere();
        return http.followUp(findingId, action, actor, payload);
      },
    };
    await runSampleAudit(port).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
    const actions = await eventually(async () => {
      const answer = await stack.client.get(`/corrective-actions?programmeId=${programmeId}`, P.complianceLead.email);
      const byGrade = Object.fromEntries(answer.body.items.map((item: { grade: string }) => [item.grade, item]));
      expect(byGrade['major-nonconformity']).toMatchObject({ status: 'implementing', round: 2 });
      expect(byGrade['minor-nonconformity']).toMatchObject({ status: 'awaiting-plan', round: 1, escalationLevel: 1, overdue: true });
      return byGrade;
    }, { timeoutMs: 30_000 });
    major = actions['major-nonconformity'];
    minor = actions['minor-nonconformity'];
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The table's rows of this test's audit, as text. */
  async function shownRows(page: Page): Promise<string[]> {
    return page.getByRole('row').filter({ has: page.locator(`a[href="/audits/${auditId}"]`) }).allTextContents();
  }

  it('lists the open actions with age, state, round and rung, narrows them by grade, and downloads what is shown', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/follow-ups`, P.complianceLead.email, stack.mail.mailbox);
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor();
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: programmeName });
    await page.waitForURL(/programmeId=/);

    const rows = await eventually(async () => {
      const found = await shownRows(page);
      expect(found).toHaveLength(2);
      return found;
    });
    const row = (findingId: string) => rows.find((text) => text.includes(findingId)) ?? '';
    expect(row(major.findingId)).toMatch(/major.*implementing\s*2\s*none\s*0 days/);
    expect(row(minor.findingId)).toMatch(/minor.*awaiting-plan\s*1\s*rung 1\s*0 days.*overdue/);
    const chart = page.getByRole('img', { name: /Ageing of the 2 matching open actions/ });
    expect(await chart.locator('desc').textContent()).toContain('0–29 days: 1 major, 1 minor');

    // A filter narrows the rows (and the chart) to the major nonconformity.
    await page.getByLabel('Grade', { exact: true }).selectOption('major-nonconformity');
    await eventually(async () => expect(await shownRows(page)).toEqual([expect.stringContaining(major.findingId)]));
    await page.getByRole('img', { name: /Ageing of the 1 matching open action\b/ }).waitFor();

    // With the keyboard alone: from the last filter, Tab reaches the download, Enter takes it.
    await page.getByLabel('Grade', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Download these rows as CSV/);
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^follow-ups-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n').map(csvCells);
    expect(header).toEqual(['Audit', 'Auditee unit', 'Finding', 'Grade', 'State', 'Round', 'Escalation rung', 'Age (days)', 'Opened', 'Next due', 'Overdue']);
    const shown = await page.getByRole('row').count();
    expect(lines).toHaveLength(shown - 1);
    expect(lines).toEqual([[expect.stringMatching(/ISMS audit/), 'IT Operations', major.findingId, 'major-nonconformity', 'implementing', '2', '0', '0', expect.any(String), expect.any(String), 'false']]);
    await context.close();
  });

  it('passes axe-core and fits a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    const url = `${stack.api.baseUrl}/follow-ups?programmeId=${programmeId}`;
    await openSignedIn(page, url, P.complianceLead.email, stack.mail.mailbox);
    await eventually(async () => expect(await shownRows(page)).toHaveLength(2));
    expect(await page.getByLabel('Programme', { exact: true }).inputValue()).toBe(programmeId);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'follow-ups');
    await context.close();
  });
});
