/**
 * Fonts for the PDF export.
 *
 * pdf-lib's built-in Helvetica needs no embedding but only covers WinAnsi
 * (Western European). Text with other characters (Hungarian ő ű, Lithuanian
 * ą č, Estonian š, CJK...) needs a font supplied as bytes, embedded only when
 * some text needs it. Two ways to supply one:
 * - `loadFonts` (what the app does): given the characters the page draws,
 *   main returns fonts already cut down to those glyphs by HarfBuzz
 *   (electron/pdfFont/). They are embedded as they are, and take precedence
 *   over Helvetica so the whole page is set in one typeface.
 * - `fontBytes`: a whole TTF/OTF/TTC, embedded whole. @pdf-lib/fontkit 1.1.1
 *   (the fork pdf-lib uses) writes broken subsets of CJK fonts (CID-keyed CFF
 *   rejected by viewers, TrueType glyphs lost), which is why its own
 *   subsetting is never used.
 * When no font has a character, it is replaced with '?' and the export says
 * so, so the PDF never silently drops text.
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
  /**
   * Fonts holding the glyphs of `text` (the distinct characters of the page), best first, already
   * subset; called only when Helvetica cannot show some text. Preferred over `fontBytes`.
   */
  loadFonts?: (text: string) => Promise<SubsetFontFace[]>;
}

/** A font already cut down to the glyphs a PDF uses, with its bold face when there is one. */
export interface SubsetFontFace {
  regular: Uint8Array;
  bold: Uint8Array | null;
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

/** Fonts of one PDF: Helvetica, and Unicode fonts on demand (see the module comment for which comes first). */
export class PdfFonts {
  private cache = new Map<string, ResolvedText>();
  /** Unicode faces, best first: one whole supplied font, or the subset faces main made. */
  private unicode: { regular: Face; bold: Face }[] = [];
  /** Subset faces set the whole page; a whole supplied font only fills in where Helvetica cannot. */
  private unicodeFirst = false;

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
    return this.unicode.length > 0;
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
    const regular = await embed(options.fontBytes);
    this.unicode = [{ regular, bold: options.boldFontBytes ? await embed(options.boldFontBytes) : regular }];
    this.unicodeFirst = false;
    this.cache.clear();
  }

  /** Embed fonts that are already subset (as they are: pdf-lib's own subsetting is never used). */
  async addSubsetFaces(faces: SubsetFontFace[]): Promise<void> {
    if (!faces.length) return;
    this.doc.registerFontkit(fontkit);
    const embed = async (bytes: Uint8Array): Promise<Face> => {
      const font = await this.doc.embedFont(bytes, { subset: false });
      return { font, chars: new Set(font.getCharacterSet()) };
    };
    this.unicode = [];
    for (const face of faces) {
      const regular = await embed(face.regular);
      this.unicode.push({ regular, bold: face.bold ? await embed(face.bold) : regular });
    }
    this.unicodeFirst = true;
    this.cache.clear();
  }

  /** The font for a text: Helvetica when it has every character, else the Unicode font. */
  resolve(text: string, weight: FontWeight): ResolvedText {
    const key = `${weight}|${text}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const isBold = weight >= 600;
    const standard = isBold ? this.bold : this.regular;
    const unicode = this.unicode.map((u) => (isBold ? u.bold : u.regular));
    const order = this.unicodeFirst ? [...unicode, standard] : [standard, ...unicode];
    const face = order.find((f) => covers(f, text));
    let result: ResolvedText;
    if (face) result = { font: face.font, text, replaced: false };
    else {
      // No face has every character (a line mixing scripts of different fonts): the one missing fewest.
      const missing = (f: Face) => [...text].filter((ch) => !f.chars.has(ch.codePointAt(0) ?? 0)).length;
      const best = unicode.reduce<Face | null>((a, f) => (a && missing(a) <= missing(f) ? a : f), null) ?? standard;
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
