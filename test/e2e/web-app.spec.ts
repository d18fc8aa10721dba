// The web app in Debian's Chromium, served by the API from the same origin, on the sample audit: people reach it
// from their task mails and sign in the way they really do; every page passes axe-core's serious and critical rules.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '@auditflow/devstack';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { seriousViolations } from '../support/accessibility';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { useFullStack } from '../support/full-stack';
import { eventually, startApi } from '../support/test-stack';

// Screenshots of the pages on the sample audit, taken afresh by every run, for the README (docs/screenshots).
const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('the web app', () => {
  const stack = useFullStack();
  let browser: Browser;
  let auditId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    ({ auditId } = await launchSampleAudit(stack.client));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes an auditee on a phone from the task mail to the task, and shows nothing of another audit', async () => {
    const mail = await eventually(() => {
      const found = stack.mail.mailbox.messages().find((message) => message.envelope.to.includes(P.auditeeRepresentative.email) && message.text.includes(`/audits/${auditId}/tasks/`));
      if (!found) throw new Error('no task mail for the auditee yet');
      return found;
    });
    // The worker's PUBLIC_URL is not this test API's address: keep the link's path, on the API under test.
    const taskUrl = `${stack.api.baseUrl}${mail.text.match(new RegExp(`/audits/${auditId}/tasks/[A-Za-z0-9-]+`))![0]}`;
    // bypassCSP lets the test inject axe-core; the app itself runs under the API's policy.
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    await openSignedIn(page, taskUrl, P.auditeeRepresentative.email, stack.mail.mailbox);

    await page.getByRole('heading', { level: 1 }).waitFor();
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(title).toMatch(/acknowledge|contact/i);
    expect(await page.getByRole('link', { name: /ISMS/ }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'task-on-a-phone');

    // The step's form is generated from its schema; a refusal is shown beside the field it names.
    const form = page.getByRole('region', { name: /acknowledges the audit contact/ });
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.getByText('must name at least one communication channel').waitFor();
    expect(await form.getByRole('textbox', { name: /Channels/ }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'refusal-beside-the-field');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('textbox', { name: /Channels/ }).fill('e-mail\nweekly video call');
    await form.getByRole('checkbox', { name: /Confidentiality agreed/ }).check();
    await form.getByRole('button', { name: 'Submit' }).click();
    // Taken: the page reads the task again, which is now done and offers no step.
    await page.getByText('done', { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: /acknowledges the audit contact/ }).count()).toBe(0);

    // On a phone the menu is behind the burger button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'My tasks' }).click();
    // Other test files' sample audits have the same auditee; this audit's task is done, so it is not among them.
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    await eventually(async () => expect(await page.locator(`a[href^="/audits/${auditId}/tasks/"]`).count()).toBe(0));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'my-tasks-on-a-phone');

    await page.goto(`${stack.api.baseUrl}/audits/${randomUUID()}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the programme manager where the audit stands: phase, team, who it waits on, the timeline', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await openSignedIn(page, `${stack.api.baseUrl}/audits/${auditId}`, P.programmeManager.email, stack.mail.mailbox);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const stepper = page.getByLabel('Audit phases');
    expect(await stepper.textContent()).toMatch(/6\.2.*initiating.*6\.3.*preparing.*6\.7/s);
    expect(await page.getByRole('region', { name: 'Team', exact: true }).textContent()).toContain(P.teamLeader.name);
    const open = await stack.client.get(`/tasks?auditId=${auditId}&state=open,overdue`, P.programmeManager.email);
    expect(open.body.items.length).toBeGreaterThan(0);
    const waiting = await page.getByRole('region', { name: 'Waiting on people', exact: true }).textContent();
    for (const task of open.body.items) expect(waiting).toContain(task.assignee);
    expect(await page.getByRole('region', { name: 'Timeline', exact: true }).textContent()).toMatch(/launched|initiated|started/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'audit');
    await page.close();
  });

  it('lists the audits a person may see with where each stands, on a phone too', async () => {
    const page = await browser.newPage({ bypassCSP: true, viewport: { width: 375, height: 740 } });
    await openSignedIn(page, `${stack.api.baseUrl}/audits`, P.programmeManager.email, stack.mail.mailbox);
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/audits/${auditId}"]`) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/initiating \(6\.2\)|preparing \(6\.3\)/);
    expect(await page.getByLabel('Audits on this page by phase').textContent()).toMatch(/6\.\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'audits');
    await page.close();
  });

  it("shows on an open page, within 3 s, a step someone else takes in another browser", async () => {
    const watcher = await browser.newPage();
    await openSignedIn(watcher, `${stack.api.baseUrl}/audits/${auditId}`, P.programmeManager.email, stack.mail.mailbox);
    const timeline = watcher.getByRole('region', { name: 'Timeline', exact: true });
    await timeline.waitFor();
    expect(await timeline.textContent()).not.toContain('Audit judged feasible');

    const lead = await browser.newPage({ bypassCSP: true });
    await openSignedIn(lead, `${stack.api.baseUrl}/audits/${auditId}`, P.teamLeader.email, stack.mail.mailbox);
    // The audit page lists the steps open to the person collapsed; the task page opens its own.
    await lead.getByRole('button', { name: /decides whether the audit is feasible/ }).click();
    const form = lead.getByRole('region', { name: /decides whether the audit is feasible/ });
    await form.getByRole('checkbox', { name: 'Feasible' }).check();
    await form.getByRole('textbox', { name: /Reason/ }).fill('People and information are available in the planned window');
    expect(await seriousViolations(lead)).toEqual([]);
    const taken = lead.waitForResponse((response) => response.url().endsWith('/decide-feasibility') && response.status() === 200);
    await form.getByRole('button', { name: 'Submit' }).click();
    await taken;
    // Pushed, not polled: the watcher's page reads the audit again when the API tells it the timeline grew.
    await timeline.getByText(/Audit judged feasible/).waitFor({ timeout: 3_000 });
    await Promise.all([watcher.close(), lead.close()]);
  });

  it('shuts an API instance down while pages follow audits on it', async () => {
    const second = await startApi(stack.config);
    let closed = false;
    try {
      const page = await browser.newPage({ bypassCSP: true });
      const following = page.waitForResponse((response) => response.url().endsWith(`/audits/${auditId}/live`) && response.status() === 200);
      await openSignedIn(page, `${second.baseUrl}/audits/${auditId}`, P.auditeeRepresentative.email, stack.mail.mailbox);
      await following;
      // The page's stream never ends by itself; shutting down ends it rather than waiting for it.
      await second.close();
      closed = true;
      await page.close();
    } finally {
      if (!closed) await second.close();
    }
  });

  it('lets only those who may read an audit follow it live', async () => {
    const stranger = await stack.client.get(`/audits/${randomUUID()}/live`, P.programmeManager.email, { accept: 'text/event-stream' });
    expect(stranger.status).toBe(404);
    const anonymous = await fetch(`${stack.api.baseUrl}/audits/${auditId}/live`, { headers: { accept: 'text/event-stream' } });
    expect(anonymous.status).toBe(401);
  });

  it('answers API clients with JSON on the same paths', async () => {
    const answer = await stack.client.get(`/audits/${auditId}`, P.programmeManager.email);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
  });
});
