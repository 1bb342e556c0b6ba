/**
 * Fonts for the PDF export, main side: the renderer sends the characters a
 * map draws; main answers with fonts cut down to exactly those glyphs.
 *
 * Where the glyphs come from, in order:
 * 1. Noto Sans, shipped with the app (resources/fonts, SIL OFL 1.1): Latin
 *    with Extended-A/B (Hungarian ő ű, Lithuanian ą č ė ų, Estonian õ š ž),
 *    Greek, Cyrillic.
 * 2. Noto Sans SC, shipped too: GB 2312's Simplified Chinese (and the Latin
 *    it has, so a Chinese line with digits or English words stays in one face).
 *    The shipped fonts do not depend on what the system has installed, so
 *    every platform writes the same PDF.
 * 3. A system font with TrueType outlines, for characters the shipped
 *    repertoire lacks (rare hanzi, other scripts). Fonts with CFF outlines
 *    (such as Linux's Noto Sans CJK .ttc) are skipped: pdf-lib writes them as
 *    CIDFontType0 with an OpenType font file, which poppler reports as a
 *    mismatch between font type and font file (it still draws them); only
 *    TrueType-outline fonts go into the PDF.
 * A text line is drawn in one face, the first that has all its characters;
 * what no face has whole is drawn with '?' by the PDF writer, with a warning.
 *
 * Subsetting is done with HarfBuzz (./harfbuzzSubset.ts); a map with a few
 * hundred distinct characters yields fonts of tens of kilobytes.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfFontFace } from '../../shared/ipc';
import { extractCollectionFace, isFontCollection } from '../../shared/formats/pdfFontFace';
import { hasCffOutlines, readCmap } from '../../shared/formats/sfntCmap';
import { subsetFont } from './harfbuzzSubset';
import { mt } from '../language';

/** A font family the export may take glyphs from: its regular face, and its bold face when there is one. */
export interface PdfFontFamily {
  regular: string;
  bold?: string;
}

const SHIPPED_PROBE = 'NotoSansSC-Regular.ttf';

/** The folder of the fonts the app ships: beside the app when packaged, else the repository's resources/fonts. */
export function shippedFontDir(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'fonts', SHIPPED_PROBE))) return join(packaged, 'fonts');
  // Sources (electron/pdfFont/) and the build (out/main/) both sit two folders below the root; search up to be safe.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, SHIPPED_PROBE))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(mt('storage.pdf.fontsMissing'));
}

/** System fonts with TrueType outlines that cover what the shipped font may lack, per platform. */
export const SYSTEM_PDF_FONTS: Record<string, PdfFontFamily[]> = {
  linux: [
    {
      regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    },
  ],
  win32: [
    { regular: 'C:\\Windows\\Fonts\\msyh.ttc', bold: 'C:\\Windows\\Fonts\\msyhbd.ttc' },
    { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf' },
  ],
  darwin: [{ regular: '/System/Library/Fonts/Supplemental/Arial Unicode.ttf' }],
};

export function defaultPdfFontFamilies(): PdfFontFamily[] {
  const dir = shippedFontDir();
  return [
    { regular: join(dir, 'NotoSans-Regular.ttf'), bold: join(dir, 'NotoSans-Bold.ttf') },
    { regular: join(dir, 'NotoSansSC-Regular.ttf'), bold: join(dir, 'NotoSansSC-Bold.ttf') },
    ...(SYSTEM_PDF_FONTS[process.platform] ?? []),
  ];
}

interface LoadedFont {
  bytes: Uint8Array;
  chars: Set<number>;
}

const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Subset fonts for the characters of a PDF, from the shipped font first, then system fonts. */
export class PdfFontService {
  private readonly loaded = new Map<string, Promise<LoadedFont | null>>();

  constructor(private readonly families: () => PdfFontFamily[] = defaultPdfFontFamilies) {}

  /** The font file as a single TrueType face with its characters; null when absent, unreadable or CFF. */
  private load(path: string): Promise<LoadedFont | null> {
    let hit = this.loaded.get(path);
    if (!hit) {
      hit = (async () => {
        try {
          const info = await stat(path);
          if (!info.isFile() || info.size > MAX_FONT_BYTES) return null;
          let bytes: Uint8Array = new Uint8Array(await readFile(path));
          if (isFontCollection(bytes)) bytes = extractCollectionFace(bytes, 0);
          if (hasCffOutlines(bytes)) return null;
          return { bytes, chars: new Set(readCmap(bytes).keys()) };
        } catch {
          return null; // not on this system, or not a font we can read: the next family is tried
        }
      })();
      this.loaded.set(path, hit);
    }
    return hit;
  }

  /**
   * Faces for the characters of `text`, best family first: a family is used
   * when it has a character no earlier one has, and then holds every character
   * of `text` it has (so whole lines fit in it). Empty when no font is found
   * (the PDF then uses its built-in Helvetica alone).
   *
   * @example const faces = await service.subsetFor('付款 Fizetés őszintén');
   */
  async subsetFor(text: string): Promise<PdfFontFace[]> {
    const all = new Set<number>();
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0x20) all.add(cp);
    }
    // The space is in every face (below), so it alone never calls for one.
    const remaining = new Set([...all].filter((cp) => cp !== 0x20));
    const faces: PdfFontFace[] = [];
    for (const family of this.families()) {
      if (remaining.size === 0) break;
      const regular = await this.load(family.regular);
      if (!regular) continue;
      const covered = [...remaining].filter((cp) => regular.chars.has(cp));
      if (covered.length === 0) continue;
      // The space always: the PDF writer measures and draws it with the same face as the words around it.
      const wanted = new Set([...all].filter((cp) => regular.chars.has(cp)).concat(0x20));
      const bold = family.bold ? await this.load(family.bold) : null;
      faces.push({
        regular: subsetFont(regular.bytes, wanted),
        bold: bold ? subsetFont(bold.bytes, wanted) : null,
      });
      for (const cp of covered) remaining.delete(cp);
    }
    return faces;
  }
}
