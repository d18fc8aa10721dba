import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from '@auditflow/domain';
import { issueLine, pageMark, reportDocumentHash } from './hash';

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MARGIN = 50;
const CELL_PADDING = 3;

/**
 * The report as PDF, drawn with PDFKit's built-in fonts (nothing embedded). An issued version's bytes depend only on
 * its model: the creation date, and with it the file id, is the issue date, so every rendering of it is the same file.
 * A preview, not issued, is dated when it is rendered.
 */
export function renderReportPdf(document: ReportDocument, now: Date = new Date()): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `Audit report: ${document.title} (version ${document.version})`, Creator: 'Auditflow', Producer: 'Auditflow', CreationDate: document.issue ? new Date(document.issue.at) : now },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font(BOLD).fontSize(18).text(`Audit report: ${document.title}`);
  pdf.moveDown(0.5).font(FONT).fontSize(10).text(`Audit ${document.auditId}, report version ${document.version}.`).text(issueLine(document));
  document.sections.forEach((section, index) => {
    pdf.moveDown(1).font(BOLD).fontSize(13).text(`${index + 1}. ${section.heading}`, MARGIN, undefined, { width: contentWidth(pdf) });
    pdf.moveDown(0.3).font(FONT).fontSize(10);
    for (const item of section.blocks) drawBlock(pdf, item);
  });

  const mark = pageMark(document, reportDocumentHash(document));
  const pages = pdf.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    pdf.switchToPage(pages.start + index);
    // The mark sits in the bottom margin: with the margin kept, PDFKit would start a new page for it.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(FONT).fontSize(8).text(`${mark} · page ${index + 1} of ${pages.count}`, MARGIN, pdf.page.height - 30, { width: contentWidth(pdf), align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

const contentWidth = (pdf: PDFKit.PDFDocument) => pdf.page.width - 2 * MARGIN;

function drawBlock(pdf: PDFKit.PDFDocument, item: ReportBlock): void {
  const width = contentWidth(pdf);
  switch (item.kind) {
    case 'paragraph':
      pdf.font(FONT).text(item.text, MARGIN, undefined, { width }).moveDown(0.5);
      return;
    case 'list':
      pdf.font(FONT).list(item.items, MARGIN, undefined, { width, bulletRadius: 1.5 }).moveDown(0.5);
      return;
    case 'fields':
      for (const [label, value] of item.fields) pdf.font(BOLD).text(`${label}: `, MARGIN, undefined, { width, continued: true }).font(FONT).text(value);
      pdf.moveDown(0.5);
      return;
    case 'table':
      drawTable(pdf, item);
      return;
  }
}

/** A table with wrapping cells; a row that does not fit starts a new page, which repeats the column headings. */
function drawTable(pdf: PDFKit.PDFDocument, table: Extract<ReportBlock, { kind: 'table' }>): void {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const widths = table.widths.map((width) => (width / total) * contentWidth(pdf));
  const row = (cells: string[], font: string) => {
    pdf.font(font).fontSize(9);
    const height = Math.max(...cells.map((cell, index) => pdf.heightOfString(cell || ' ', { width: widths[index]! - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) {
      pdf.addPage();
      if (font !== BOLD) row(table.columns, BOLD);
      pdf.font(font).fontSize(9);
    }
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      pdf.rect(x, top, widths[index]!, height).lineWidth(0.5).stroke('#999999');
      pdf.fillColor('black').text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[index]! - 2 * CELL_PADDING });
      x += widths[index]!;
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  row(table.columns, BOLD);
  for (const cells of table.rows) row(cells, FONT);
  pdf.fontSize(10).moveDown(0.5);
}
