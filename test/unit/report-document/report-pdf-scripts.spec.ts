// People's names in any common script, in the report PDF: drawn in the embedded Unicode fonts (DejaVu Sans Condensed, with
// UnifontEX for what DejaVu lacks, such as Chinese, Japanese and Korean), and read back as written by poppler's
// pdftotext from the title, the fields, a list, a paragraph and the team table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from '@auditflow/domain';
import { renderReportPdf } from '@auditflow/activities/report-document';

const team = [
  { name: 'Zoë Łukasiewicz', email: 'zoe@example.org', role: 'team leader', unit: 'Qualität & Łódź' },
  { name: 'Алексей Смирнов', email: 'alexei@example.org', role: 'auditor', unit: 'Отдел ИБ' },
  { name: 'Σοφία Παπαδοπούλου', email: 'sofia@example.org', role: 'auditor', unit: 'Πληροφορική' },
  { name: '王芳', email: 'wang.fang@example.org', role: 'technical expert', unit: '信息安全部' },
  { name: '田中 太郎', email: 'tanaka@example.org', role: 'observer', unit: 'ペイメント' },
  { name: '김민수', email: 'minsu@example.org', role: 'guide', unit: '결제팀' },
];
const auditee = { representative: 'Jiří Dvořák', manager: 'Ólafur Þórðarson', unit: 'Zahlungsverkehr Øresund' };

const document: ReportDocument = {
  auditId: 'audit-scripts',
  title: 'Payments, 王芳 and Алексей',
  version: 1,
  issue: { at: '2026-12-01T10:00:00.000Z', by: 'zoe@example.org', recipients: ['sofia@example.org'] },
  sections: [
    {
      heading: 'Audit client and auditee — Σοφία Παπαδοπούλου',
      blocks: [
        {
          kind: 'fields',
          fields: [
            ['Auditee', auditee.unit],
            ['Auditee representative', `${auditee.representative} <jiri@example.org>`],
            ['Auditee manager', `${auditee.manager} <olafur@example.org>`],
            ['Technical expert', `${team[3]!.name} <${team[3]!.email}>`],
          ],
        },
      ],
    },
    {
      heading: 'Audit team and participants',
      blocks: [
        { kind: 'table', columns: ['Name', 'E-mail', 'Role', 'Unit'], widths: [3, 4, 2, 2], rows: team.map((member) => [member.name, member.email, member.role, member.unit]) },
        { kind: 'list', items: team.map((member) => `${member.name} (${member.role})`) },
        { kind: 'paragraph', text: `Opening meeting chaired by ${team[0]!.name}; ${team[4]!.name} and ${team[5]!.name} took notes, ${auditee.representative} guided.` },
      ],
    },
  ],
};

function pdfTool(tool: 'pdftotext' | 'pdffonts', pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'report-scripts-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file], { encoding: 'utf8' });
}

describe('the report PDF in any common script', () => {
  let pdf: Buffer;
  let lines: string[];

  beforeAll(async () => {
    pdf = await renderReportPdf(document);
    lines = pdfTool('pdftotext', pdf).split('\n').map((line) => line.trim());
  });

  it('reads back every name as written: Latin with diacritics, Cyrillic, Greek, Chinese, Japanese and Korean', () => {
    const text = lines.join('\n');
    for (const name of [...team.map((member) => member.name), auditee.representative, auditee.manager, auditee.unit]) expect(text).toContain(name);
    expect(lines).toContain('Audit report: Payments, 王芳 and Алексей');
    expect(lines).toContain('1. Audit client and auditee — Σοφία Παπαδοπούλου');
    expect(lines).toContain('Auditee representative: Jiří Dvořák <jiri@example.org>');
    expect(lines).toContain('Technical expert: 王芳 <wang.fang@example.org>');
    for (const member of team) expect(lines).toContain(`${member.name} (${member.role})`);
    expect(lines).toContain('Opening meeting chaired by Zoë Łukasiewicz; 田中 太郎 and 김민수 took notes, Jiří Dvořák guided.');
    // The team table's cells: each name, and the units in Chinese, Japanese and Korean.
    for (const cell of [...team.map((member) => member.name), '信息安全部', 'ペイメント', '결제팀']) expect(lines).toContain(cell);
  });

  it('embeds its fonts instead of using the standard ones, which encode WinAnsi only', () => {
    const fonts = pdfTool('pdffonts', pdf).split('\n').slice(2).filter((line) => line.trim());
    expect(fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold', 'UnifontExMono']);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    expect(fonts.join('\n')).not.toContain('Helvetica');
  });

  it('gives the same bytes every time with the fallback font embedded too', async () => {
    expect((await renderReportPdf(document)).equals(pdf)).toBe(true);
  });
});
