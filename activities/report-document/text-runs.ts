import { reportFonts, type Weight } from './fonts';

/** A stretch of text drawn in one face. */
export interface FontRun {
  font: string;
  text: string;
}

/** Spaces, controls and combining marks go with the run before them: a mark stays on its base letter. */
const NEUTRAL = /[\s\p{M}\p{Cc}\p{Cf}]/u;

/**
 * Text split into runs by face: the weight's main face wherever it has the glyph, the fallback where only that has it.
 * A character neither has stays with the main face (drawn as its missing-glyph box).
 */
export function fontRuns(text: string, weight: Weight): FontRun[] {
  const fonts = reportFonts();
  const main = fonts[weight];
  const runs: FontRun[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const last = runs.at(-1);
    const font = last && NEUTRAL.test(char) ? last.font : !main.glyphs.hasGlyphForCodePoint(code) && fonts.fallback.glyphs.hasGlyphForCodePoint(code) ? fonts.fallback.name : main.name;
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs.length ? runs : [{ font: main.name, text }];
}

/**
 * Draws text run by run, each in its face, chained with PDFKit's `continued` so the runs wrap as one text. With `at`
 * the text starts there; without, where the document's cursor is (PDFKit drops the options when x is undefined).
 * `options.continued` lets further text follow on the same line. The weight's main face is left set, so the spacing
 * that follows does not depend on the script of the text's last run.
 */
export function drawText(pdf: PDFKit.PDFDocument, text: string, weight: Weight, options: PDFKit.Mixins.TextOptions = {}, at?: { x: number; y?: number }): void {
  const runs = fontRuns(text, weight);
  runs.forEach((run, index) => {
    const runOptions = { ...options, continued: index < runs.length - 1 || options.continued === true };
    pdf.font(run.font);
    if (index === 0 && at) pdf.text(run.text, at.x, at.y, runOptions);
    else pdf.text(run.text, runOptions);
  });
  pdf.font(reportFonts()[weight].name);
}

/**
 * The height drawText takes for the text at the given width: PDFKit's heightOfString run by run, with `continued`,
 * so the runs share one line wrapper as when drawn and each line is counted once, at the height of its face.
 */
export function heightOfText(pdf: PDFKit.PDFDocument, text: string, weight: Weight, options: PDFKit.Mixins.TextOptions): number {
  const runs = fontRuns(text, weight);
  return runs.reduce((height, run, index) => {
    pdf.font(run.font);
    return height + pdf.heightOfString(run.text, { ...options, continued: index < runs.length - 1 });
  }, 0);
}
