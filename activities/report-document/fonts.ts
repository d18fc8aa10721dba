import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { sfntFromWoff } from './woff';

/**
 * The report's fonts, embedded in the PDF (PDFKit's standard fonts encode WinAnsi only): DejaVu Sans Condensed,
 * regular and bold, for Latin, Greek, Cyrillic and most other alphabetic scripts (the same characters as DejaVu Sans,
 * with Helvetica's widths within a few per cent, so text wraps and table columns stay apart as before); UnifontEX, which has a glyph for nearly every
 * code point of the Basic Multilingual Plane, for what DejaVu lacks, above all Chinese, Japanese and Korean. UnifontEX
 * has one weight, so bold text falls back to regular. Found through the packages, so sources and the built dist
 * load the same files.
 */
export type Weight = 'regular' | 'bold';

export interface ReportFace {
  /** The name the face is registered under with PDFKit. */
  name: string;
  file: Buffer;
  /** The parsed font, to ask which code points it has. */
  glyphs: Font;
}

export interface ReportFonts {
  regular: ReportFace;
  bold: ReportFace;
  fallback: ReportFace;
}

let loaded: ReportFonts | undefined;

/** The fonts, read once per process. */
export function reportFonts(): ReportFonts {
  loaded ??= {
    regular: face('DejaVuSansCondensed', readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'))),
    bold: face('DejaVuSansCondensed-Bold', readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'))),
    fallback: face('UnifontEX', sfntFromWoff(readFileSync(require.resolve('@fontsource/unifontex/files/unifontex-latin-400-normal.woff')))),
  };
  return loaded;
}

function face(name: string, file: Buffer): ReportFace {
  const glyphs = create(file);
  if (!('hasGlyphForCodePoint' in glyphs)) throw new Error(`${name}: a font collection, not one font`);
  return { name, file, glyphs };
}

/** Makes the report's faces known to a document by name. */
export function registerReportFonts(pdf: PDFKit.PDFDocument): void {
  const fonts = reportFonts();
  for (const { name, file } of [fonts.regular, fonts.bold, fonts.fallback]) pdf.registerFont(name, file);
}
