// The two renderers of the report document: the same model gives the same PDF bytes (an issued version is one file
// wherever it is rendered), every PDF page carries the version and hash prefix, and the HTML escapes what it is given.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from '@auditflow/domain';
import { canonicalJson } from '@auditflow/domain';
import { reportDocumentHash, renderReportHtml, renderReportPdf } from '@auditflow/activities/report-document';

const rows = Array.from({ length: 60 }, (_, index) => [`C-${index + 1}`, 'ISO/IEC 27001:2022 A.5.15', 'Is access to information controlled by a policy that is long enough to wrap?', index % 2 ? 'yes' : 'no', String(index % 3)]);

const issued: ReportDocument = {
  auditId: 'audit-1',
  title: 'Payments <ISMS> audit & more',
  version: 3,
  issue: { at: '2026-11-30T09:00:00.000Z', by: 'lead@example.org', recipients: ['pm@example.org'] },
  sections: [
    { heading: 'Audit objectives', blocks: [{ kind: 'list', items: ['Conformity with ISO/IEC 27001:2022'] }] },
    { heading: 'Audit scope', blocks: [{ kind: 'fields', fields: [['Units', 'Payments']] }] },
    { heading: 'Appendix: checklist coverage', blocks: [{ kind: 'table', columns: ['Item', 'Clause', 'Question', 'Audited', 'Evidence'], widths: [1, 2, 5, 1.3, 1.3], rows }] },
  ],
};

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'report-unit-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('the report renderers', () => {
  it('hash the canonical model: key order does not matter, any value does', () => {
    const reordered = JSON.parse(JSON.stringify({ sections: issued.sections, version: issued.version, title: issued.title, issue: issued.issue, auditId: issued.auditId })) as ReportDocument;
    expect(canonicalJson(reordered)).toBe(canonicalJson(issued));
    expect(reportDocumentHash(reordered)).toBe(reportDocumentHash(issued));
    expect(reportDocumentHash({ ...issued, title: 'Payments audit' })).not.toBe(reportDocumentHash(issued));
    expect(reportDocumentHash(issued)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('draw an issued version as the same PDF bytes every time, whenever it is rendered', async () => {
    const first = await renderReportPdf(issued, new Date('2027-01-01T00:00:00Z'));
    const second = await renderReportPdf(issued, new Date('2028-06-01T00:00:00Z'));
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);
  });

  it('put the version and hash prefix on every page of the PDF', async () => {
    const prefix = reportDocumentHash(issued).slice(0, 16);
    const pages = pdfText(await renderReportPdf(issued)).split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => expect(page).toContain(`Report version 3 · SHA-256 ${prefix} · page ${index + 1} of ${pages.length}`));
    // The table goes on over the pages: its last row is there.
    expect(pages.at(-1)).toContain('C-60');
  });

  it('escape the model in HTML, and head and foot it with the same mark', () => {
    const html = renderReportHtml(issued);
    expect(html).toContain('Payments &#60;ISMS&#62; audit &#38; more');
    expect(html).not.toContain('<ISMS>');
    const mark = `Report version 3 · SHA-256 ${reportDocumentHash(issued).slice(0, 16)}`;
    expect(html.split(mark).length - 1).toBe(2);
    expect(html).toContain('<td>C-60</td>');
  });

  it('say on a version not issued that it is a preview', async () => {
    const { issue: _issue, ...rest } = issued;
    const draft: ReportDocument = { ...rest, previewOf: 'approved' };
    expect(renderReportHtml(draft)).toContain('Preview of version 3 (approved): not issued');
    expect(pdfText(await renderReportPdf(draft))).toContain('Preview of version 3 (approved): not issued');
  });
});
