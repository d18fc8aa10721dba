// One whole audit, 6.2 → 6.7 to closed, taken only in the web app: the programme manager launches it on the launch
// page, and every later step is a generated form on the audit page, filled and submitted by the person whose step it
// is, in their own browser. Staff sign in by single sign-on; the auditee, on a phone, by the link in their task mail.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { meetingUid } from '@auditflow/domain';
import { REPO_ROOT } from '@auditflow/devstack';
import { runSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { seriousViolations } from '../support/accessibility';
import { launchBrowser } from '../support/browser';
import { BrowserAuditPort } from '../support/browser-audit-port';
import { openSignedIn } from '../support/browser-sign-in';
import { fillGeneratedForm } from '../support/generated-form';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

describe('a whole audit in the browser', () => {
  const stack = useFullStack();
  let browser: Browser;
  let programmeId: string;
  const programme = { ...sampleProgramme(), name: `Browser-only audit programme ${Date.now()}` };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    // The programme (clause 5) is set up over the API: this test is about the audit.
    ({ id: programmeId } = await stack.client.post<{ id: string }>('/programmes', P.programmeManager.email, programme));
    await stack.client.post(`/programmes/${programmeId}/approve`, P.programmeManager.email, { approvedBy: 'Board of Directors (audit client)' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs from launch to closed with an objection, a major and a minor nonconformity, a returned plan and a failed check', async () => {
    const manager = await (await browser.newContext({ bypassCSP: true })).newPage();
    await openSignedIn(manager, `${stack.api.baseUrl}/audits`, P.programmeManager.email, stack.mail.mailbox);
    const auditId = await launchInTheBrowser(manager, programmeId, programme.name);

    const port = new BrowserAuditPort(browser, stack.api.baseUrl, auditId, stack.mail.mailbox, (email) => (email === P.auditeeRepresentative.email ? PHONE : {}));
    port.adopt(P.programmeManager.email, manager);
    // The auditee starts from the task mail, as they would.
    const mail = await eventually(() => {
      const found = stack.mail.mailbox.messages().find((message) => message.envelope.to.includes(P.auditeeRepresentative.email) && message.text.includes(`/audits/${auditId}/tasks/`));
      if (!found) throw new Error('no task mail for the auditee yet');
      return found;
    });
    const auditee = await port.pageOf(P.auditeeRepresentative.email, `${stack.api.baseUrl}${mail.text.match(new RegExp(`/audits/${auditId}/tasks/[A-Za-z0-9-]+`))![0]}`);
    await auditee.getByRole('heading', { name: /acknowledge/i }).waitFor();

    // Once the opening meeting is scheduled, the auditee adds it to their calendar: the invitation's own object.
    let calendar = '';
    port.afterStep = async (action, result) => {
      const meetingId = result.events.find((event) => event.type === 'meeting.scheduled')?.subjectId;
      if (action !== 'scheduleMeeting' || calendar || !meetingId) return;
      await auditee.goto(`${stack.api.baseUrl}/audits/${auditId}`);
      const downloading = auditee.waitForEvent('download');
      await auditee.getByRole('link', { name: /to my calendar \(\.ics\)/ }).first().click();
      calendar = readFileSync((await (await downloading).path())!, 'utf8');
      expect(calendar).toContain(`UID:${meetingUid(auditId, meetingId)}`);
    };

    const { major, minor } = await runSampleAudit(port);
    expect(calendar).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*SEQUENCE:\d/);

    // Every step was taken in the browser, by the person the script names.
    expect(port.taken.length).toBeGreaterThanOrEqual(45);
    expect(new Set(port.taken.map((step) => step.email))).toEqual(new Set([P.programmeManager.email, P.teamLeader.email, P.auditor.email, P.auditeeRepresentative.email]));

    // What the programme manager's page shows at the end.
    await manager.goto(`${stack.api.baseUrl}/audits/${auditId}`);
    await manager.locator('[aria-label="Audit phases"][data-phase="closed"]').waitFor();
    const findings = manager.getByRole('region', { name: 'Findings', exact: true });
    expect(await findings.getByRole('article', { name: `Finding ${major}` }).textContent()).toMatch(/major nonconformity.*Acknowledged/);
    expect(await findings.getByRole('article', { name: `Finding ${minor}` }).textContent()).toMatch(/minor nonconformity.*Disputed: The statement is in the appendix/);
    const majorFollowUp = await manager.getByRole('article', { name: `Follow-up of ${major}` }).textContent();
    expect(majorFollowUp).toMatch(/closed.*round 2/);
    expect(majorFollowUp).toContain('returned: Root cause analysis too shallow');
    expect(majorFollowUp).toContain('not effective: Two leavers still active');
    expect(await manager.getByRole('article', { name: `Follow-up of ${minor}` }).textContent()).toMatch(/closed.*round 1/);
    const plan = await manager.getByRole('region', { name: 'Audit plan', exact: true }).textContent();
    expect(plan).toContain('Objected: Opening day clashes with a release freeze');
    expect(plan).toContain('Changed from version 1: locations');
    expect(await manager.getByRole('region', { name: 'Report', exact: true }).textContent()).toMatch(/issued/);
    expect(await seriousViolations(manager)).toEqual([]);
    await manager.screenshot({ path: join(SCREENSHOTS, 'audit-closed.png'), fullPage: true });

    // And the auditee's, on the phone: their findings and follow-ups, none of the team's working papers.
    await auditee.goto(`${stack.api.baseUrl}/audits/${auditId}`);
    await auditee.locator('[aria-label="Audit phases"][data-phase="closed"]').waitFor();
    expect(await auditee.getByRole('article', { name: `Follow-up of ${major}` }).textContent()).toMatch(/closed/);
    expect(await auditee.getByRole('region', { name: 'Checklist and evidence', exact: true }).textContent()).not.toMatch(/E-\d \(interview\)/);
    expect(await auditee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(auditee)).toEqual([]);
    await port.close();
  }, 15 * 60_000);
});

/** The launch page: pick the approved programme, fill the launch form, and follow the link to the new audit. */
async function launchInTheBrowser(page: Page, programmeId: string, programmeName: string): Promise<string> {
  await page.getByRole('link', { name: 'Launch an audit' }).click();
  await page.getByRole('combobox', { name: 'Programme' }).click();
  await page.getByRole('option', { name: programmeName, exact: true }).click();
  const form = page.locator('form');
  await fillGeneratedForm(page, form, sampleLaunch(programmeId), ['programmeId']);
  await form.getByRole('button', { name: 'Launch' }).click();
  const launched = page.getByRole('status').filter({ hasText: 'Launched' });
  await launched.waitFor();
  expect(await launched.textContent()).toMatch(/Team check/);
  await launched.getByRole('link', { name: 'Open the audit' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const auditId = new URL(page.url()).pathname.split('/')[2];
  expect(auditId).toMatch(/^[0-9a-f-]{36}$/);
  return auditId;
}
