// The web app's auditor pool, people directory and API token pages in Debian's Chromium, served by the API from the
// same origin; staff sign in by single sign-on through the test identity provider. Each page passes axe-core's
// serious and critical rules and fits a 375 px phone.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '@auditflow/devstack';
import { SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { seriousViolations } from '../support/accessibility';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
// At the top of the page: the app's header is fixed, so a page scrolled down would show it in the middle of the picture.
const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
};
const PHONE = { width: 375, height: 740 };
const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

describe('the web app: auditor pool, people and API tokens', () => {
  const stack = useFullStack();
  let browser: Browser;
  // Other test files share the database: everything this file adds has addresses of its own.
  const tag = randomUUID().slice(0, 8);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an admin add a person, refuses a bad address beside its field, and change their roles', async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/people`, P.admin.email, stack.mail.mailbox);
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'People' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);

    const form = page.getByRole('region', { name: 'Add a person' });
    const email = form.getByRole('textbox', { name: /^E-mail/ });
    await email.fill('not an address');
    await form.getByRole('textbox', { name: /^Name/ }).fill(`Nina New ${tag}`);
    await form.getByRole('button', { name: 'Add person' }).click();
    // The API's 400 names the field; its words are shown beside it, and the field is marked invalid.
    await form.getByText('must be an e-mail address').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(describedBy.split(' ').map((id) => `[id="${id}"]`).join(',')).allTextContents()).toContain('must be an e-mail address');
    expect(await seriousViolations(page)).toEqual([]);

    const address = `nina-${tag}@auditflow.example`;
    await email.fill(address);
    await form.getByRole('textbox', { name: /^Unit/ }).fill('Risk Office');
    await form.getByRole('checkbox', { name: /^Auditor/ }).check();
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.getByRole('status').filter({ hasText: `Added Nina New ${tag}` }).waitFor();
    expect(await email.inputValue()).toBe('');

    // The directory lists them (it searches for the address just added).
    const row = page.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: address });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Auditor.*active/);

    // Change their roles with the keyboard alone: open the form, tick and untick, save.
    await row.getByRole('button', { name: `Change Nina New ${tag}` }).focus();
    await page.keyboard.press('Enter');
    const changeForm = page.getByRole('region', { name: `Change Nina New ${tag}` });
    await changeForm.waitFor();
    await changeForm.getByRole('checkbox', { name: /^Programme manager/ }).focus();
    await page.keyboard.press('Space');
    await changeForm.getByRole('checkbox', { name: /^Auditor/ }).focus();
    await page.keyboard.press('Space');
    expect(await changeForm.getByRole('checkbox', { name: /^Programme manager/ }).isChecked()).toBe(true);
    expect(await changeForm.getByRole('checkbox', { name: /^Auditor/ }).isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await changeForm.getByRole('textbox', { name: /^Unit/ }).focus();
    await page.keyboard.press('Enter');
    await changeForm.waitFor({ state: 'detached' });
    await eventually(async () => expect(await row.textContent()).toMatch(/Programme manager.*active/));
    expect(await row.textContent()).not.toMatch(/Auditor/);

    const listed = await stack.client.get(`/people?search=${encodeURIComponent(address)}`, P.admin.email);
    expect(listed.body.items).toEqual([expect.objectContaining({ email: address, roles: ['programme-manager'], unit: 'Risk Office', active: true })]);
    // The security record on the same page shows the role change.
    await page.getByRole('table', { name: 'Security events' }).getByRole('row').filter({ hasText: 'person.roles-changed' }).filter({ hasText: address }).first().waitFor();

    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'people');
    await context.close();
  });

  it('shows a new API token once, which then works as a Bearer token until it is revoked', async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/tokens`, P.auditor.email, stack.mail.mailbox);
    await page.getByRole('heading', { name: 'My API tokens', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your tokens' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);

    const form = page.getByRole('region', { name: 'New token' });
    // Sent without a name: the 400 beside the Name field.
    await form.getByRole('button', { name: 'Create token' }).click();
    await form.getByText('must not be empty').waitFor();
    expect(await form.getByRole('textbox', { name: /^Name/ }).getAttribute('aria-invalid')).toBe('true');

    // With the keyboard alone: type the name, pick "Act" with the arrow keys, submit with Enter.
    const name = `export ${tag}`;
    await form.getByRole('textbox', { name: /^Name/ }).focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await form.getByRole('radio', { name: /^Act/ }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: /^Name/ }).focus();
    await page.keyboard.press('Enter');

    const secretBox = page.getByRole('textbox', { name: 'Your new token' });
    await secretBox.waitFor();
    await page.getByText('you will not see it again', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Copy token' }).isVisible()).toBe(true);
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^aft_/);
    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'api-tokens');
    await page.setViewportSize(PHONE);

    const bearer = () => fetch(`${stack.api.baseUrl}/auth/session`, { headers: { authorization: `Bearer ${secret}`, accept: 'application/json' } });
    const session = await bearer();
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ via: 'token', person: { email: P.auditor.email } });

    // Once put away, the secret is nowhere on the page, nor after reading the page again.
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await secretBox.waitFor({ state: 'detached' });
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await row.textContent()).toMatch(/act.*active/);

    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole('region', { name: `Revoke “${name}”?` });
    await confirm.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await confirm.waitFor({ state: 'detached' });
    await eventually(async () => expect(await row.textContent()).toContain('revoked'));
    expect(await row.getByRole('button', { name: `Revoke ${name}` }).count()).toBe(0);
    expect((await bearer()).status).toBe(401);
    await context.close();
  });

  it('lets a programme manager add an auditor, see the audits they are on and record an evaluation', async () => {
    const pm = P.programmeManager.email;
    const auditor = { email: `pool-web-${tag}@auditflow.example`, name: `Paula Pool ${tag}`, unit: 'Risk Office' };
    // An audit whose team names the new auditor before they are in the pool: the programme manager records why.
    const programme = await stack.client.post<{ id: string }>('/programmes', pm, sampleProgramme());
    await stack.client.post(`/programmes/${programme.id}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    const launch = sampleLaunch(programme.id);
    const audit = await stack.client.post<{ id: string }>('/audits', pm, {
      ...launch,
      team: [...launch.team, { ...auditor, role: 'auditor' }],
      gapJustification: { outsidePool: 'Joins the pool this week; competence checked at interview' },
    });

    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/auditors`, pm, stack.mail.mailbox);
    await page.getByRole('heading', { name: 'Auditor pool', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^The pool/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);

    const form = page.getByRole('region', { name: 'Add an auditor' });
    await form.getByRole('textbox', { name: /^E-mail/ }).fill(auditor.email);
    await form.getByRole('textbox', { name: /^Name/ }).fill(auditor.name);
    await form.getByRole('textbox', { name: /^Unit/ }).fill(auditor.unit);
    await form.getByRole('checkbox', { name: 'Audit principles, methods and techniques' }).check();
    await form.getByRole('checkbox', { name: 'Information security risk management' }).check();
    await form.getByRole('checkbox', { name: 'Qualified to lead an audit team' }).check();
    await form.getByRole('button', { name: 'Add auditor' }).click();
    await form.getByRole('status').filter({ hasText: `${auditor.name} is in the pool` }).waitFor();

    // The same address again: the API's 409 is about the address, so it is shown beside it.
    await form.getByRole('textbox', { name: /^E-mail/ }).fill(auditor.email);
    await form.getByRole('textbox', { name: /^Name/ }).fill(auditor.name);
    await form.getByRole('button', { name: 'Add auditor' }).click();
    await form.getByText(`an auditor with e-mail ${auditor.email} already exists`).waitFor();
    expect(await form.getByRole('textbox', { name: /^E-mail/ }).getAttribute('aria-invalid')).toBe('true');

    // The API answers the audits the auditor is on with the auditor.
    const pool = await stack.client.get<{ id: string; email: string }[]>('/auditors', pm);
    const id = pool.body.find((entry) => entry.email === auditor.email)!.id;
    await eventually(async () => {
      const detail = await stack.client.get(`/auditors/${id}`, pm);
      expect(detail.body.audits).toEqual([expect.objectContaining({ auditId: audit.id, role: 'auditor', auditeeUnit: launch.auditee.unit })]);
    });

    await page.getByRole('searchbox', { name: /Find an auditor/ }).fill(auditor.name);
    await page.getByRole('button', { name: new RegExp(auditor.name) }).click();
    const profile = page.getByRole('region', { name: `Profile of ${auditor.name}` });
    await profile.waitFor();
    expect(await profile.textContent()).toContain('Information security risk management');
    expect(await profile.textContent()).toContain('Qualified to lead an audit team');
    const audits = profile.getByRole('table', { name: `Audits ${auditor.name} is on` });
    await audits.locator(`a[href="/audits/${audit.id}"]`).waitFor();
    expect(await audits.textContent()).toMatch(/auditor.*initiating \(6\.2\)/);
    // The accordion panel animates open (once more when the profile replaces its loader), clipping and moving what it
    // holds; a click while it moves can land beside the button. Mantine drops the panel's fixed height once it is open.
    const panel = page.locator(`[role="region"][aria-labelledby]`).filter({ has: profile });
    await eventually(async () => expect(await panel.evaluate((element) => (element as HTMLElement).style.height)).toBe(''));

    const evaluation = profile.getByRole('region', { name: `Record an evaluation of ${auditor.name}` });
    // Without criteria or result: the 400 beside each of them.
    await evaluation.getByRole('button', { name: 'Record evaluation' }).click();
    await evaluation.getByRole('alert').filter({ hasText: 'See what is marked below.' }).waitFor();
    expect(await evaluation.getByRole('textbox', { name: /^Criteria/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await evaluation.getByRole('textbox', { name: /^Result/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    await evaluation.getByRole('combobox', { name: /^Method/ }).selectOption('observation');
    await evaluation.getByRole('textbox', { name: /^Criteria/ }).fill('Knowledge of ISO/IEC 27001:2022\nInterview technique');
    await evaluation.getByRole('textbox', { name: /^Result/ }).fill('Competent: led the access control sample well');
    await evaluation.getByRole('textbox', { name: /^Gaps/ }).fill('Cloud service provider controls');
    await evaluation.getByRole('button', { name: 'Record evaluation' }).click();
    await evaluation.getByRole('status').filter({ hasText: 'Evaluation recorded' }).waitFor();
    const recorded = profile.getByRole('article').filter({ hasText: 'Competent: led the access control sample well' });
    await recorded.waitFor();
    expect(await recorded.textContent()).toMatch(/Observation · by Priya Manager.*Knowledge of ISO\/IEC 27001:2022; Interview technique.*Gaps: Cloud service provider controls/s);
    await page.getByRole('button', { name: new RegExp(`${auditor.name}.*1 evaluation`) }).waitFor();
    const stored = await stack.client.get(`/auditors/${id}`, pm);
    expect(stored.body.evaluations).toEqual([expect.objectContaining({ method: 'observation', evaluatedBy: P.programmeManager.name, criteria: ['Knowledge of ISO/IEC 27001:2022', 'Interview technique'] })]);

    expect(await seriousViolations(page)).toEqual([]);
    await fitsThePhone(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'auditor-pool');
    await context.close();

    // The auditor herself (named in the audit, so she signs in by e-mail link) sees only her own profile, read-only.
    const own = await browser.newPage({ viewport: PHONE, bypassCSP: true });
    await openSignedIn(own, `${stack.api.baseUrl}/auditors`, auditor.email, stack.mail.mailbox);
    await own.getByRole('heading', { name: 'Your profile' }).waitFor();
    const ownProfile = own.getByRole('region', { name: `Profile of ${auditor.name}` });
    await ownProfile.locator(`a[href="/audits/${audit.id}"]`).waitFor();
    expect(await ownProfile.textContent()).toContain('Competent: led the access control sample well');
    expect(await own.getByRole('region', { name: 'Add an auditor' }).count()).toBe(0);
    expect(await ownProfile.getByRole('region', { name: /Record an evaluation/ }).count()).toBe(0);
    expect(await own.getByRole('button', { name: new RegExp(auditor.name) }).count()).toBe(1);
    expect(await seriousViolations(own)).toEqual([]);
    await fitsThePhone(own);
    await own.close();
  });
});
