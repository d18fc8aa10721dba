// The report document (ISO 19011 6.5) on the real stack: the sample audit runs to its approved report, the team
// previews it as HTML and PDF (the auditee side may not), the report is issued, and its PDF, downloaded by the team
// and by the auditee, is read back with poppler's pdftotext: every required element with the audit's real values,
// and the version and hash prefix on every page. The distribution mail carries the same PDF, byte for byte.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditDetailWithoutTimeline, buildReportDocument, gradeLabel } from '@auditflow/domain';
import { HASH_PREFIX_LENGTH, reportDocumentHash } from '@auditflow/activities/report-document';
import { simpleParser } from 'mailparser';
import { AuditPort, HttpAuditPort, runSampleAudit, SAMPLE_PEOPLE as P, sampleLaunch, sampleProgramme } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { messagesFor } from '../support/mail-queries';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

/** Where the sample audit is left: the report approved, its issue held back for the test to send. */
class StopHere extends Error {}

/** Text without any whitespace: table cells wrap wherever the column ends, even inside a word. */
const squash = (text: string) => text.replace(/\s+/g, '');

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function htmlText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('the report document', () => {
  const stack = useFullStack();
  let auditId: string;
  let issue: () => Promise<unknown>;

  beforeAll(async () => {
    const pm = P.programmeManager.email;
    const programmeId = (await stack.client.post<{ id: string }>('/programmes', pm, { ...sampleProgramme(), name: `Report document programme ${Date.now().toString(36)}` })).id;
    await stack.client.post(`/programmes/${programmeId}/approve`, pm, { approvedBy: 'Board of Directors (audit client)' });
    auditId = (await stack.client.post<{ id: string }>('/audits', pm, sampleLaunch(programmeId))).id;
    const http = new HttpAuditPort(stack.client, auditId);
    const port: AuditPort = {
      act: (action, actor, payload) => {
        if (action === 'issueReport') {
          issue = () => http.act(action, actor, payload);
          throw new StopHere();
        }
        return http.act(action, actor, payload);
      },
      followUp: (findingId, action, actor, payload) => http.followUp(findingId, action, actor, payload),
    };
    await runSampleAudit(port).catch((error: unknown) => {
      if (!(error instanceof StopHere)) throw error;
    });
  });

  async function teamDetail(): Promise<AuditDetailWithoutTimeline> {
    return (await stack.client.get<AuditDetailWithoutTimeline>(`/audits/${auditId}`, P.teamLeader.email)).body;
  }

  /** Every element 6.5 requires, with this audit's values, as the reader should find them in the document. */
  function requiredValues(detail: AuditDetailWithoutTimeline): string[] {
    const definition = detail.audit.definition;
    const report = detail.reports[0]!;
    const plan = detail.plans.find((candidate) => candidate.status === 'accepted')!;
    expect(detail.findings.length).toBe(3);
    expect(detail.checklist.length).toBeGreaterThan(0);
    return [
      definition.title,
      ...definition.objectives,
      ...definition.scope.units,
      ...definition.scope.sites,
      ...definition.scope.processes,
      definition.scope.period!,
      // the audit client, the auditee, the team and the auditee's participants
      P.programmeManager.name,
      P.programmeManager.email,
      definition.auditee.unit,
      P.auditeeRepresentative.name,
      ...detail.team.flatMap((member) => [member.name, member.email]),
      P.auditeeManager.email,
      // dates and locations
      definition.plannedStart.slice(0, 10),
      definition.plannedEnd.slice(0, 10),
      ...plan.content.locations,
      ...definition.criteria,
      // findings: id, grade, clause or Annex A control, statement and evidence references
      ...detail.findings.flatMap((finding) => [finding.id, gradeLabel(finding.grade), finding.criterion, finding.statement, ...finding.evidenceIds]),
      report.content.summary,
      detail.audit.header.conclusions!.effectiveness,
      detail.audit.header.conclusions!.conformityDegree,
      'Auditee disputes the minor nonconformity',
      'The statement is in the appendix',
      report.content.samplingStatement,
      // optional contents present in this audit: the accepted plan
      ...plan.content.methods,
      // the appendix: each checklist item, audited or not, with its evidence count
      ...detail.checklist.map((item) => {
        const count = detail.evidence.filter((evidence) => evidence.checklistItemId === item.id).length;
        return `${item.id}${item.standard} ${item.clause}${item.question}${count ? 'yes' : 'no'}${count}`;
      }),
    ];
  }

  function expectAllIn(text: string, values: string[]): void {
    const missing = values.filter((value) => !squash(text).includes(squash(value)));
    expect(missing).toEqual([]);
  }

  it('previews the approved draft as HTML and PDF for the team, and not for the auditee side', async () => {
    const detail = await teamDetail();
    expect(detail.reports.map((report) => report.status)).toEqual(['approved']);
    const values = requiredValues(detail);
    const html = await stack.client.get<string>(`/audits/${auditId}/report/preview.html`, P.teamLeader.email);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expectAllIn(htmlText(html.body), [...values, 'Preview of version 1 (approved): not issued']);
    const pdf = await stack.client.download(`/audits/${auditId}/report/preview.pdf`, P.programmeManager.email);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expectAllIn(pdfText(pdf.body), values);

    for (const format of ['html', 'pdf']) expect((await stack.client.download(`/audits/${auditId}/report/preview.${format}`, P.auditeeRepresentative.email)).status).toBe(404);
    // Not issued yet: nobody downloads version 1 as an issued report.
    expect((await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.teamLeader.email)).status).toBe(404);
  });

  it('downloads the issued version, the same bytes for the team and the auditee, with every required element and the version and hash prefix on each page', async () => {
    await issue();
    const issued = await eventually(async () => {
      const answer = await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.auditeeRepresentative.email);
      expect(answer.status).toBe(200);
      return answer;
    }, { timeoutMs: 30_000 });
    expect(issued.headers.get('content-type')).toBe('application/pdf');
    const teams = await stack.client.download(`/audits/${auditId}/reports/1.pdf`, P.teamLeader.email);
    expect(teams.body.equals(issued.body)).toBe(true);

    const detail = await teamDetail();
    expect(detail.reports[0]).toMatchObject({ status: 'issued' });
    const prefix = reportDocumentHash(buildReportDocument(detail, 1)!).slice(0, HASH_PREFIX_LENGTH);
    const text = pdfText(issued.body);
    expectAllIn(text, [...requiredValues(detail), `Issued ${detail.reports[0]!.issue!.at.slice(0, 10)}`]);
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page).toContain(`Report version 1 · SHA-256 ${prefix} · page ${index + 1} of ${pages.length}`));

    // The recipients got the document itself: the mail's attachment is the download, byte for byte.
    const distributed = await eventually(async () => {
      const [message] = messagesFor(stack.mail.mailbox, `${detail.audit.workflowId}:report-1:distributed`);
      expect(message).toBeDefined();
      return message!;
    }, { timeoutMs: 30_000 });
    expect(distributed.envelope.to).toEqual(expect.arrayContaining([P.programmeManager.email, P.auditeeManager.email]));
    const attachments = (await simpleParser(stack.mail.mailbox.raw(distributed.id)!)).attachments.filter((part) => part.contentType === 'application/pdf');
    expect(attachments.map((part) => part.filename)).toEqual([`audit-report-${auditId}-v1.pdf`]);
    expect(attachments[0]!.content.equals(issued.body)).toBe(true);

    // Stored once as a file of the audit, with its hash, size and issue date on the timeline (in the hash chain).
    const sha256 = createHash('sha256').update(issued.body).digest('hex');
    const stored = (await readTimeline(stack.client, auditId, P.teamLeader.email)).filter((event) => event.type === 'report.document.stored');
    expect(stored).toEqual([expect.objectContaining({ subjectId: 'report-1', data: expect.objectContaining({ version: 1, sha256, size: issued.body.length, issuedAt: detail.reports[0]!.issue!.at }) })]);
    expect(stored[0]!.summary).toContain(`SHA-256 ${sha256}`);

    // A version that does not exist, or is not a number, is not there.
    expect((await stack.client.download(`/audits/${auditId}/reports/2.pdf`, P.auditeeRepresentative.email)).status).toBe(404);
    expect((await stack.client.download(`/audits/${auditId}/reports/x.pdf`, P.teamLeader.email)).status).toBe(400);
  });
});
