import { createTransport } from 'nodemailer';
import { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startMailbox, TestMailbox } from '../support/test-stack';

describe('mailbox web page in a browser', () => {
  let mail: TestMailbox;
  let browser: Browser;

  beforeAll(async () => {
    mail = await startMailbox({ web: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await mail?.stop();
  });

  it('lists a received mail and opens it', async () => {
    await createTransport(mail.smtpUrl).sendMail({
      from: 'auditflow@example.test',
      to: 'auditee@example.test',
      subject: 'Opening meeting on Monday',
      text: 'The opening meeting starts at 09:00 in room 4.',
    });
    const page = await browser.newPage();
    await page.goto(mail.webUrl!);
    const link = page.getByRole('link', { name: 'Opening meeting on Monday' });
    await link.waitFor({ timeout: 10_000 });
    await link.click();
    await page.waitForURL(/\/messages\/[\w-]+$/);
    expect(await page.locator('h1').textContent()).toBe('Opening meeting on Monday');
    expect(await page.locator('#text').textContent()).toContain('The opening meeting starts at 09:00 in room 4.');
  });
});
