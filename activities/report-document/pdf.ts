import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from '@auditflow/domain';
import { registerReportFonts, reportFonts, type Weight } from './fonts';
import { issueLine, pageMark, reportDocumentHash } from './hash';
import { drawText, heightOfText } from './text-runs';

const MARGIN = 50;
const CELL_PADDING_Y = 3;
/**
 * Two of these part the text of neighbouring cells: 10 pt, over an em of the table's 9 pt type, so a text extractor
 * (poppler's pdftotext) reads a line that fills its cell as that cell's, not as words of the next cell's line; with
 * 3 pt each, such lines were read into the neighbouring column.
 */
const CELL_PADDING_X = 5;
const BODY_SIZE = 10;
const TABLE_SIZE = 9;
const BULLET_RADIUS = 1.5;
/** Bullet to text, as PDFKit's own lists have it. */
const BULLET_INDENT = BULLET_RADIUS * 5;

/**
 * The report as PDF, in embedded Unicode fonts (fonts.ts), so any name or text the model holds is drawn as written.
 * An issued version's bytes depend only on its model: the creation date, and with it the file id, is the issue date,
 * so every rendering of it is the same file. A preview, not issued, is dated when it is rendered.
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
  registerReportFonts(pdf);

  pdf.fontSize(18);
  drawText(pdf, `Audit report: ${document.title}`, 'bold');
  pdf.moveDown(0.5).fontSize(BODY_SIZE);
  drawText(pdf, `Audit ${document.auditId}, report version ${document.version}.`, 'regular');
  drawText(pdf, issueLine(document), 'regular');
  document.sections.forEach((section, index) => {
    pdf.moveDown(1).fontSize(13);
    drawText(pdf, `${index + 1}. ${section.heading}`, 'bold', { width: contentWidth(pdf) }, { x: MARGIN });
    pdf.moveDown(0.3).fontSize(BODY_SIZE);
    for (const item of section.blocks) drawBlock(pdf, item);
  });

  const mark = pageMark(document, reportDocumentHash(document));
  const pages = pdf.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    pdf.switchToPage(pages.start + index);
    // The mark sits in the bottom margin: with the margin kept, PDFKit would start a new page for it.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.fontSize(8);
    drawText(pdf, `${mark} · page ${index + 1} of ${pages.count}`, 'regular', { width: contentWidth(pdf), align: 'center', lineBreak: false }, { x: MARGIN, y: pdf.page.height - 30 });
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
      drawText(pdf, item.text, 'regular', { width }, { x: MARGIN });
      pdf.moveDown(0.5);
      return;
    case 'list':
      drawList(pdf, item.items, width);
      pdf.moveDown(0.5);
      return;
    case 'fields':
      for (const [label, value] of item.fields) {
        drawText(pdf, `${label}: `, 'bold', { width, continued: true }, { x: MARGIN });
        drawText(pdf, value, 'regular');
      }
      pdf.moveDown(0.5);
      return;
    case 'table':
      drawTable(pdf, item);
      return;
  }
}

/**
 * A bulleted list drawn item by item (PDFKit's list takes one font per item, and an item may need two): the bullet
 * where PDFKit puts it, on the first line's middle, and the text indented beside it.
 */
function drawList(pdf: PDFKit.PDFDocument, items: string[], width: number): void {
  const { glyphs } = reportFonts().regular;
  const middle = Math.round((glyphs.ascent / glyphs.unitsPerEm) * BODY_SIZE) / 2;
  for (const item of items) {
    pdf.font(reportFonts().regular.name).fontSize(BODY_SIZE);
    // The first line goes on the next page when it does not fit: the bullet goes with it.
    if (pdf.y + pdf.currentLineHeight(true) > pdf.page.maxY()) pdf.addPage();
    pdf.circle(MARGIN + BULLET_RADIUS, pdf.y + middle, BULLET_RADIUS).fill();
    drawText(pdf, item, 'regular', { width: width - BULLET_INDENT }, { x: MARGIN + BULLET_INDENT });
  }
  pdf.x = MARGIN;
}

/** A table with wrapping cells; a row that does not fit starts a new page, which repeats the column headings. */
function drawTable(pdf: PDFKit.PDFDocument, table: Extract<ReportBlock, { kind: 'table' }>): void {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const widths = table.widths.map((width) => (width / total) * contentWidth(pdf));
  const row = (cells: string[], weight: Weight) => {
    pdf.fontSize(TABLE_SIZE);
    const height = Math.max(...cells.map((cell, index) => heightOfText(pdf, cell || ' ', weight, { width: widths[index]! - 2 * CELL_PADDING_X }))) + 2 * CELL_PADDING_Y;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) {
      pdf.addPage();
      if (weight !== 'bold') row(table.columns, 'bold');
      pdf.fontSize(TABLE_SIZE);
    }
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      pdf.rect(x, top, widths[index]!, height).lineWidth(0.5).stroke('#999999');
      pdf.fillColor('black');
      drawText(pdf, cell, weight, { width: widths[index]! - 2 * CELL_PADDING_X }, { x: x + CELL_PADDING_X, y: top + CELL_PADDING_Y });
      x += widths[index]!;
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  row(table.columns, 'bold');
  for (const cells of table.rows) row(cells, 'regular');
  pdf.fontSize(BODY_SIZE).moveDown(0.5);
}
