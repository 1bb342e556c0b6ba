/** Reads back what the PDF export wrote: page sizes, and each text run with the font it uses. */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PDFRef } from 'pdf-lib';

export interface TextRun {
  /** The font's BaseFont name, e.g. Helvetica-Bold. */
  font: string;
  size: number;
  /** The string's bytes decoded as Latin-1: the text itself for Helvetica (WinAnsi), glyph ids otherwise. */
  text: string;
  hex: string;
}

export interface PdfPageContent {
  width: number;
  height: number;
  mediaBox: number[];
  operators: string;
  runs: TextRun[];
}

export async function readPdf(bytes: Uint8Array): Promise<{ doc: PDFDocument; pages: PdfPageContent[] }> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const operators = refs
      .map((ref) => {
        const stream = doc.context.lookup(ref as PDFRef);
        if (!(stream instanceof PDFRawStream)) return '';
        const filter = stream.dict.get(PDFName.of('Filter'));
        const raw = filter?.toString() === '/FlateDecode' ? inflateSync(stream.contents) : Buffer.from(stream.contents);
        return raw.toString('latin1');
      })
      .join('\n');
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const baseFont = (key: string): string => {
      const font = fontDict?.lookup(PDFName.of(key.slice(1)), PDFDict);
      return font?.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?';
    };
    const runs: TextRun[] = [];
    for (const m of operators.matchAll(/(\/\S+) ([\d.]+) Tf[^<]*<([0-9A-Fa-f]*)> Tj/g)) {
      const hex = m[3];
      runs.push({ font: baseFont(m[1]), size: Number(m[2]), hex, text: Buffer.from(hex, 'hex').toString('latin1') });
    }
    const box = page.node
      .MediaBox()
      .asArray()
      .map((n) => Number(n.toString()));
    const { width, height } = page.getSize();
    return { width, height, mediaBox: box, operators, runs };
  });
  return { doc, pages };
}

/** Every embedded font file stream, by its kind (FontFile2 = TrueType, FontFile3 = CFF/OpenType). */
export function embeddedFontFiles(doc: PDFDocument): string[] {
  const kinds: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    for (const kind of ['FontFile', 'FontFile2', 'FontFile3']) if (obj.get(PDFName.of(kind))) kinds.push(kind);
  }
  return kinds;
}
