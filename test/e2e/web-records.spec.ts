// The audit's records in the web app, in Debian's Chromium on the real stack: the compliance lead sets a legal hold
// with its reason from the audit page and sees it recorded; anyone reading the audit downloads the record as a ZIP.
import { Browser } from 'playwright-core';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { fillGeneratedForm } from '../support/generated-form';
import { useFullStack } from '../support/full-stack';

describe("an audit's records, in the browser", () => {
  const stack = useFullStack();
  let browser: Browser;
  let auditId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ auditId } = await launchSampleAudit(stack.client));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the compliance lead set a legal hold with its reason, and offers the record as a ZIP', async () => {
    const page = await (await browser.newContext()).newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/audits/${auditId}`, P.complianceLead.email, stack.mail.mailbox);
    const records = page.getByRole('region', { name: 'Records', exact: true });
    const summary = 'Set a legal hold: nothing of this audit is disposed of until it is lifted';
    await records.getByRole('button', { name: summary }).click();
    const form = records.getByRole('region', { name: summary, exact: true });
    await fillGeneratedForm(page, form, { reason: 'Pending litigation with a former supplier' });
    await form.getByRole('button', { name: 'Submit' }).click();
    const outcome = page.locator('[data-outcome-seq="1"] [data-event-type="records.legal-hold.set"]');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(`Legal hold set by ${P.complianceLead.email}: Pending litigation with a former supplier`);

    const href = await records.locator('[data-record-export]').getAttribute('href');
    const archive = await page.request.get(new URL(href!, page.url()).toString());
    expect(archive.status()).toBe(200);
    expect(archive.headers()['content-type']).toBe('application/zip');

    // The team sees the download, not the compliance lead's decisions.
    const teamPage = await (await browser.newContext()).newPage();
    await openSignedIn(teamPage, `${stack.api.baseUrl}/audits/${auditId}`, P.teamLeader.email, stack.mail.mailbox);
    const teamRecords = teamPage.getByRole('region', { name: 'Records', exact: true });
    await teamRecords.locator('[data-record-export]').waitFor();
    expect(await teamRecords.getByRole('button', { name: summary }).count()).toBe(0);
  });
});
