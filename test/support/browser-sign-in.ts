import { Page } from 'playwright-core';
import { Mailbox } from '@auditflow/devstack';
import { SAMPLE_STAFF } from '@auditflow/samples';
import { linkFromMailbox } from './sign-in';
import { eventually } from './test-stack';

const STAFF = new Set(SAMPLE_STAFF.map((person) => person.email));

/**
 * Opens `url` in the browser as `email` would: sent to sign in first, then staff by single sign-on through the test
 * identity provider, everyone else by the e-mail link read from the test mailbox; and back at `url`.
 */
export async function openSignedIn(page: Page, url: string, email: string, mailbox: Mailbox): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/auth\/sign-in\?returnTo=/);
  if (STAFF.has(email)) {
    await page.getByRole('link', { name: /single sign-on/ }).click();
    await page.locator(`form[data-email="${email}"] button`).click();
  } else {
    const since = new Date();
    await page.getByLabel('Your e-mail address').fill(email);
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    const link = await eventually(async () => {
      const found = await linkFromMailbox(mailbox)(email, since);
      if (!found) throw new Error(`no sign-in link for ${email} yet; received: ${mailbox.messages().map((message) => `${message.envelope.to.join(',')}: ${message.subject}`).join(' | ')}; page: ${page.url()}`);
      return found;
    });
    await page.goto(link);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(url);
}
