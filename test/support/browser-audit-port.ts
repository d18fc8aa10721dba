import { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { AUDIT_ACTIONS, AuditActionName, AuditRole, FOLLOW_UP_ACTIONS, FollowUpActionName, roleLabel } from '@auditflow/domain';
import { Mailbox } from '@auditflow/devstack';
import type { AuditPort, StepResult } from '@auditflow/samples';
import { openSignedIn } from './browser-sign-in';
import { fillGeneratedForm } from './generated-form';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FOLLOW_UP_WAIT_MS = 60_000;

/**
 * Takes an audit's steps the way its people do, in the web app: each person in a browser of their own, signed in
 * once (staff by single sign-on, others by an e-mail link), each step opened on the audit page, its generated form
 * filled and submitted. What a step recorded is read from the page, and the page must then show the phase it moved to.
 */
export class BrowserAuditPort implements AuditPort {
  private readonly pages = new Map<string, Page>();
  /** Every step taken, with what the page said it recorded: for the test's own checks. */
  readonly taken: { action: string; email: string; result: StepResult }[] = [];
  /** Called after each step, before the next: for checks that only hold at that point of the audit. */
  afterStep: (action: string, result: StepResult) => Promise<void> = async () => undefined;

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    readonly auditId: string,
    private readonly mailbox: Mailbox,
    private readonly contextFor: (email: string) => BrowserContextOptions = () => ({}),
  ) {}

  get auditUrl(): string {
    return `${this.baseUrl}/audits/${this.auditId}`;
  }

  /** Takes the steps of `email` in a page already signed in (the one that launched the audit, say). */
  adopt(email: string, page: Page): void {
    this.pages.set(email, page);
  }

  /** The person's browser page, signed in at `url` (the audit page unless given, e.g. a mail's task link). */
  async pageOf(email: string, url = this.auditUrl): Promise<Page> {
    const existing = this.pages.get(email);
    if (existing) return existing;
    const context = await this.browser.newContext({ bypassCSP: true, ...this.contextFor(email) });
    const page = await context.newPage();
    await openSignedIn(page, url, email, this.mailbox);
    this.pages.set(email, page);
    return page;
  }

  async act(action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    const page = await this.openAudit(actor.email);
    const summary = AUDIT_ACTIONS[action as AuditActionName].summary;
    const offered = page.getByRole('region', { name: 'What you can do now' });
    await offered.getByRole('button', { name: new RegExp(`^${escape(summary)}`) }).click();
    const result = await this.submit(page, offered.getByRole('region', { name: summary, exact: true }), actor, payload);
    // The page follows the audit to its new phase.
    await page.locator(`[aria-label="Audit phases"][data-phase="${result.phase}"]`).waitFor();
    this.taken.push({ action, email: actor.email, result });
    await this.afterStep(action, result);
    return result;
  }

  async followUp(findingId: string, action: string, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    const page = await this.openAudit(actor.email);
    const summary = FOLLOW_UP_ACTIONS[action as FollowUpActionName].summary;
    // Follow-ups start when the audit completes; the page shows each as soon as it is recorded.
    const followUp = page.getByRole('article', { name: `Follow-up of ${findingId}` });
    const control = followUp.getByRole('button', { name: new RegExp(`^${escape(summary)}`) });
    await control.waitFor({ timeout: FOLLOW_UP_WAIT_MS });
    await control.click();
    const result = await this.submit(page, followUp.getByRole('region', { name: summary, exact: true }), actor, payload);
    if (result.phase !== 'closed') await followUp.getByText(result.phase, { exact: true }).waitFor();
    this.taken.push({ action, email: actor.email, result });
    await this.afterStep(action, result);
    return result;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pages.values()].map((page) => page.context().close()));
  }

  private async openAudit(email: string): Promise<Page> {
    const page = await this.pageOf(email);
    await page.goto(this.auditUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  private async submit(page: Page, form: Locator, actor: { email: string; role: AuditRole }, payload: unknown): Promise<StepResult> {
    const actingAs = form.getByRole('combobox', { name: 'Acting as' });
    if (await actingAs.count()) {
      await actingAs.click();
      await page.getByRole('option', { name: roleLabel(actor.role), exact: true }).click();
    }
    await fillGeneratedForm(page, form, payload);
    await form.getByRole('button', { name: 'Submit' }).click();
    // The page was loaded for this step, so its outcome is the page's first.
    const done = page.locator('[data-outcome-seq="1"]');
    const refused = form.getByRole('alert');
    await done.or(refused).first().waitFor();
    if (await refused.count()) throw new Error(`the page refused ${actor.email}'s step: ${await refused.textContent()} ${await form.locator('.mantine-InputWrapper-error').allTextContents()}`);
    const events = await done.locator('[data-event-type]').evaluateAll((items) =>
      items.map((item) => ({ type: item.getAttribute('data-event-type') ?? '', subjectId: item.getAttribute('data-subject-id') ?? undefined, summary: item.textContent ?? '' })),
    );
    const phase = (await done.locator('[data-phase]').getAttribute('data-phase')) ?? '';
    return { phase, events };
  }
}
