/**
 * Fonts for the PDF export.
 *
 * pdf-lib's built-in Helvetica needs no embedding but only covers WinAnsi
 * (Western European). Text with other characters (CJK, Greek, Cyrillic...)
 * needs a font the caller supplies as bytes (.ttf, .otf, or a .ttc
 * collection): the renderer loads a bundled or system font. It is embedded
 * only when some text needs it. When there is no such font, or it lacks a
 * character, the character is replaced with '?' and the export says so, so
 * the PDF never silently drops text.
 *
 * The supplied font is embedded whole, not subset: @pdf-lib/fontkit 1.1.1
 * (the fork pdf-lib uses) writes broken subsets of CJK fonts (CID-keyed CFF
 * rejected by viewers, TrueType glyphs lost), so a subset would render blank
 * wherever the reader lacks the font. Whole embedding is large (a CJK face is
 * ~16 MB) but always correct.
 */
import fontkit from '@pdf-lib/fontkit';
import { StandardFonts } from 'pdf-lib';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontWeight } from './drawing/displayList';
import type { MeasureText } from './drawing/textWrap';
import { collectionSize, extractCollectionFace, isFontCollection } from './pdfFontFace';

export interface PdfFontOptions {
  /** A Unicode font (TTF/OTF/TTC) used for text Helvetica cannot show. */
  fontBytes?: Uint8Array;
  /** Its bold face; without it the regular face is used for bold text too. */
  boldFontBytes?: Uint8Array;
  /** PostScript name of the face to use when the bytes are a collection (.ttc); default its first face. */
  fontName?: string;
}

export const REPLACEMENT_CHAR = '?';

interface Face {
  font: PDFFont;
  chars: Set<number>;
}

export interface ResolvedText {
  font: PDFFont;
  /** The text to draw with `font`: characters no font has replaced with {@link REPLACEMENT_CHAR}. */
  text: string;
  replaced: boolean;
}

function covers(face: Face, text: string): boolean {
  for (const ch of text) if (!face.chars.has(ch.codePointAt(0) ?? 0)) return false;
  return true;
}

function replaceMissing(face: Face, text: string): string {
  let out = '';
  for (const ch of text) out += face.chars.has(ch.codePointAt(0) ?? 0) ? ch : REPLACEMENT_CHAR;
  return out;
}

/** The face to embed: the bytes themselves, or the named (else first) face of a collection. */
function singleFace(bytes: Uint8Array, fontName: string | undefined): Uint8Array {
  if (!isFontCollection(bytes)) return bytes;
  let index = 0;
  if (fontName) {
    const collection = fontkit.create(bytes) as unknown as { fonts?: { postscriptName: string }[] };
    const found = collection.fonts?.findIndex((f) => f.postscriptName === fontName) ?? -1;
    if (found >= 0) index = found;
  }
  if (collectionSize(bytes) === 0) throw new Error('The font collection holds no font');
  return extractCollectionFace(bytes, index);
}

/** Fonts of one PDF: Helvetica first, a supplied Unicode font on demand. */
export class PdfFonts {
  private cache = new Map<string, ResolvedText>();
  private unicodeRegular: Face | null = null;
  private unicodeBold: Face | null = null;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: Face,
    private readonly bold: Face,
  ) {}

  /** Embed Helvetica and Helvetica-Bold (no font data goes into the file for these). */
  static async create(doc: PDFDocument): Promise<PdfFonts> {
    const face = async (name: StandardFonts): Promise<Face> => {
      const font = await doc.embedFont(name);
      return { font, chars: new Set(font.getCharacterSet()) };
    };
    return new PdfFonts(doc, await face(StandardFonts.Helvetica), await face(StandardFonts.HelveticaBold));
  }

  get hasUnicodeFont(): boolean {
    return this.unicodeRegular !== null;
  }

  /** True when Helvetica can show every character of every text. */
  standardCovers(texts: Iterable<string>): boolean {
    for (const text of texts) if (!covers(this.regular, text) || !covers(this.bold, text)) return false;
    return true;
  }

  /** Embed the caller's Unicode font; later texts Helvetica cannot show use it. */
  async addUnicodeFont(options: PdfFontOptions): Promise<void> {
    if (!options.fontBytes) return;
    this.doc.registerFontkit(fontkit);
    const embed = async (bytes: Uint8Array): Promise<Face> => {
      const font = await this.doc.embedFont(singleFace(bytes, options.fontName), { subset: false });
      return { font, chars: new Set(font.getCharacterSet()) };
    };
    this.unicodeRegular = await embed(options.fontBytes);
    this.unicodeBold = options.boldFontBytes ? await embed(options.boldFontBytes) : this.unicodeRegular;
    this.cache.clear();
  }

  /** The font for a text: Helvetica when it has every character, else the Unicode font. */
  resolve(text: string, weight: FontWeight): ResolvedText {
    const key = `${weight}|${text}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const isBold = weight >= 600;
    const standard = isBold ? this.bold : this.regular;
    const unicode = isBold ? this.unicodeBold : this.unicodeRegular;
    let result: ResolvedText;
    if (covers(standard, text)) result = { font: standard.font, text, replaced: false };
    else if (unicode && covers(unicode, text)) result = { font: unicode.font, text, replaced: false };
    else {
      const best = unicode ?? standard;
      result = { font: best.font, text: replaceMissing(best, text), replaced: true };
    }
    this.cache.set(key, result);
    return result;
  }

  /** Text width with the font {@link resolve} picks: the drawing is laid out in the PDF's own metrics. */
  readonly measure: MeasureText = (text, fontSize, weight) => {
    const r = this.resolve(text, weight);
    return r.font.widthOfTextAtSize(r.text, fontSize);
  };
}
