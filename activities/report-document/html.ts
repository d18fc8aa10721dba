import type { ReportBlock, ReportDocument } from '@auditflow/domain';
import { issueLine, pageMark, reportDocumentHash } from './hash';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const lines = (text: string) => escape(text).replace(/\n/g, '<br>');

function block(item: ReportBlock): string {
  switch (item.kind) {
    case 'paragraph':
      return `<p>${lines(item.text)}</p>`;
    case 'list':
      return `<ul>${item.items.map((entry) => `<li>${lines(entry)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<dl>${item.fields.map(([label, value]) => `<dt>${escape(label)}</dt><dd>${lines(value)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${item.columns.map((column) => `<th scope="col">${escape(column)}</th>`).join('')}</tr></thead><tbody>${item.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

/** The report as one self-contained HTML page; the version and hash prefix head and foot it, as they do each PDF page. */
export function renderReportHtml(document: ReportDocument): string {
  const mark = escape(pageMark(document, reportDocumentHash(document)));
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Audit report: ${escape(document.title)} (version ${document.version})</title>`,
    '<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.25rem;text-align:left;vertical-align:top}dt{font-weight:bold}.mark{color:#555;font-size:.85rem}</style>',
    '</head><body>',
    `<header class="mark">${mark}</header>`,
    `<h1>Audit report: ${escape(document.title)}</h1>`,
    `<p>Audit ${escape(document.auditId)}, report version ${document.version}. ${escape(issueLine(document))}</p>`,
    ...document.sections.map((section) => `<section><h2>${escape(section.heading)}</h2>${section.blocks.map(block).join('')}</section>`),
    `<footer class="mark">${mark}</footer>`,
    '</body></html>',
  ].join('\n');
}
