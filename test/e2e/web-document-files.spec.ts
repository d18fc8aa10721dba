// Files in the web app, in Debian's Chromium on the real stack: the auditee representative supplies a requested
// document by picking a PDF in the generated step form (uploaded as soon as it is picked), and then downloads it from
// the audit page, byte for byte; a PNG named .pdf is refused beside the field, with the API's reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { AUDIT_ACTIONS } from '@auditflow/domain';
import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { launchBrowser } from '../support/browser';
import { openSignedIn } from '../support/browser-sign-in';
import { fillGeneratedForm } from '../support/generated-form';
import { useFullStack } from '../support/full-stack';
import { SAMPLE_FILES } from '../support/sample-files';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };

/** Where the second sample audit is left: evidence recorded, findings not yet. */
class StopHere extends Error {}

describe('supplying a document with a file, in the browser', () => {
  const stack = useFullStack();
  let browser: Browser;
  let auditId: string;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'auditflow-web-files-'));
    writeFileSync(join(folder, 'isms-scope.pdf'), SAMPLE_FILES.pdf);
    writeFileSync(join(folder, 'network-diagram.pdf'), SAMPLE_FILES.png);
    browser = await launchBrowser();
    // Up to the document request over the API: this test is about the auditee's part.
    ({ auditId } = await launchSampleAudit(stack.client));
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'People and records available' });
    await step(stack.client, `/audits/${auditId}/request-documents`, lead, { documents: [{ name: 'ISMS scope' }] });
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('uploads the picked PDF, attaches it, and offers it as a download; a PNG named .pdf is refused beside the field', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/audits/${auditId}`, rep.email, stack.mail.mailbox);
    const summary = AUDIT_ACTIONS.supplyDocument.summary;
    const offered = page.getByRole('region', { name: 'What you can do now' });
    await offered.getByRole('button', { name: new RegExp(`^${summary}`) }).click();
    const form = offered.getByRole('region', { name: summary, exact: true });
    const picker = form.locator('[data-field="fileIds"]');

    // The content is a PNG, the name promises a PDF: the API refuses it and the form says why, beside the field.
    await picker.setInputFiles(join(folder, 'network-diagram.pdf'));
    const refused = form.locator('[data-upload-state="refused"][data-file-name="network-diagram.pdf"]');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/Not uploaded: .*is not PDF document.*"network-diagram\.pdf".*image\/png/);
    await refused.getByRole('button', { name: 'Remove network-diagram.pdf' }).click();
    await refused.waitFor({ state: 'detached' });

    // The real PDF: uploaded at once, shown with its size, then attached by the step.
    await picker.setInputFiles(join(folder, 'isms-scope.pdf'));
    const uploaded = form.locator('[data-upload-state="done"][data-file-name="isms-scope.pdf"]');
    await uploaded.waitFor();
    expect(await uploaded.textContent()).toContain(`(${SAMPLE_FILES.pdf.length} bytes)`);
    await fillGeneratedForm(page, form, { documentId: 'D-1', reference: 'dms://isms/D-1' });
    await form.getByRole('button', { name: 'Submit' }).click();
    await page.locator('[data-outcome-seq="1"]').waitFor();

    // The audit page lists it under the supplied document, as a download the session may take.
    const link = page.getByRole('region', { name: 'Document requests', exact: true }).getByRole('link', { name: 'isms-scope.pdf' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/audits/${auditId}/files/[0-9a-f-]{36}$`));
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(SAMPLE_FILES.pdf)).toBe(true);

    const detail = await stack.client.get(`/audits/${auditId}`, rep.email);
    expect(detail.body.documents[0].supplied).toMatchObject({ reference: 'dms://isms/D-1', files: [{ name: 'isms-scope.pdf', mediaType: 'application/pdf', size: SAMPLE_FILES.pdf.length }] });
    await context.close();
  }, 5 * 60_000);

  it('marks confidential evidence on the audit page', async () => {
    const { auditId: conducted } = await launchSampleAudit(stack.client);
    const http = new HttpAuditPort(stack.client, conducted);
    let evidence = 0;
    const port: AuditPort = {
      act: (action, actor, payload) => {
        if (action === 'recordFinding') throw new StopHere();
        // The second piece of evidence (the technical test) is confidential.
        if (action === 'recordEvidence' && ++evidence === 2) return http.act(action, actor, { ...(payload as object), confidential: true });
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(port).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSignedIn(page, `${stack.api.baseUrl}/audits/${conducted}`, lead.email, stack.mail.mailbox);
    const pieces = page.getByRole('region', { name: 'Checklist and evidence', exact: true }).getByRole('listitem').filter({ hasText: /^(Confidential)?E-\d/ });
    await pieces.first().waitFor();
    const marked = pieces.filter({ hasText: /^Confidential/ });
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toMatch(/^ConfidentialE-\d+ \(technical-test\)/);
    await context.close();
  }, 5 * 60_000);
});
