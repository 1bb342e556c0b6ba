/**
 * The PDF export in every language: fonts subset in main by HarfBuzz, checked
 * with poppler (pdftotext reads the text back; pdftoppm draws the glyphs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { PdfFontService } from '../../electron/pdfFont/pdfFontService';
import { createHandlers } from '../../electron/handlers';
import { Channels, validateRequest } from '../../shared/ipc';
import { renderJourneyPdf } from '../../shared/formats/pdf';
import { REPLACEMENT_CHAR } from '../../shared/formats/pdfFonts';
import { readCmap } from '../../shared/formats/sfntCmap';
import { PDF_LANGUAGES, supermarketIn } from '../support/pdfLanguages';
import { folderTrash } from '../e2e/harness';

const dir = mkdtempSync(join(tmpdir(), 'tm-pdf-lang-'));
const service = new PdfFontService();
const loadFonts = (text: string) => service.subsetFor(text);

function pdftotext(pdf: Uint8Array): string {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Dark pixels of the page's top band (the title), rendered by poppler in grey. */
function titleInk(pdf: Uint8Array): number {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  // 72 dpi: one pixel per point; the title's 16 pt line sits between 28 and 52 pt from the top.
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-x', '0', '-y', '24', '-W', '842', '-H', '32', file, `${file}-p`]);
  const pgm = readFileSync(`${file}-p-1.pgm`);
  // P5 header: "P5\n<w> <h>\n255\n", then one byte per pixel.
  let newlines = 0;
  let at = 0;
  while (newlines < 3) if (pgm[at++] === 0x0a) newlines++;
  let dark = 0;
  for (let i = at; i < pgm.length; i++) if (pgm[i] < 128) dark++;
  return dark;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('PDF export in each language', () => {
  for (const language of PDF_LANGUAGES) {
    it(`embeds only the used glyphs and reads back every title (${language})`, { timeout: 60_000 }, async () => {
      const project = supermarketIn(language);
      const { pdf, warnings } = await renderJourneyPdf(project, {
        paper: 'A4',
        includeTitle: true,
        includeLegend: true,
        loadFonts,
      });
      expect(warnings.filter((w) => w.includes(REPLACEMENT_CHAR))).toEqual([]);
      expect(pdf.length).toBeLessThan(1000 * 1024);
      const text = pdftotext(pdf);
      // The title block is the first line, exactly the project's name.
      expect(text.split('\n')[0]).toBe(project.name);
      const all = squash(text);
      for (const step of project.steps) expect(all).toContain(squash(step.title));
      for (const stage of project.stages) expect(all).toContain(squash(stage.name));
      expect(text).not.toContain(REPLACEMENT_CHAR);
      // The title is drawn: ink where it stands (blank glyphs would leave the band white).
      expect(titleInk(pdf)).toBeGreaterThan(200);
    });
  }

  it('cuts the shipped Noto Sans SC down to a few dozen kilobytes for a Chinese map', async () => {
    const project = supermarketIn('zh');
    const { pdf } = await renderJourneyPdf(project, { paper: 'A4', loadFonts });
    // The shipped face is 2.3 MB and a system CJK font about 16 MB; the whole page stays far below either.
    expect(pdf.length).toBeLessThan(250 * 1024);
  });

  it('gives every character a glyph with an outline: no blank or tofu glyphs through pdf-lib', async () => {
    const text = '进超市 拿货框 选择商品 付款 Fizetés őszintén, űrlap Ąžuolas, čekis Šokolaad, Žürii ėųūį õäö';
    const faces = await service.subsetFor(text);
    // Noto Sans for the Latin lines, Noto Sans SC (which has no ő, ą, č, š...) for the Chinese ones.
    expect(faces).toHaveLength(2);
    const fonts = faces
      .flatMap((f) => [f.regular, f.bold!])
      .map((bytes) => {
        expect(bytes.length).toBeLessThan(60 * 1024);
        return fontkit.create(bytes);
      });
    const [latin, latinBold, chinese, chineseBold] = fonts;
    const outline = (font: (typeof fonts)[number], ch: string) => {
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      return glyph.id !== 0 && (glyph.path as unknown as { commands: unknown[] }).commands.length > 0;
    };
    for (const ch of new Set('Fizetésőszinténűrlap Ąžuolasčekis ŠokolaadŽürii ėųūįõäö'.replace(/\s/g, ''))) {
      expect(outline(latin, ch), ch).toBe(true);
      expect(outline(latinBold, ch), ch).toBe(true);
    }
    for (const ch of new Set('进超市拿货框选择商品付款')) {
      expect(outline(chinese, ch), ch).toBe(true);
      expect(outline(chineseBold, ch), ch).toBe(true);
    }
    // Only the glyphs asked for: the Chinese face has no hanzi the text lacks.
    expect([...readCmap(faces[1].regular).keys()].filter((cp) => cp >= 0x4e00 && cp <= 0x9fff)).toHaveLength(
      new Set('进超市拿货框选择商品付款').size,
    );
  });

  it('draws a line no one face has whole in the face missing fewest, and says what was replaced', async () => {
    const project = supermarketIn('zh');
    project.steps[4].title = '拿货框 ő'; // ő is in Noto Sans only, the hanzi in Noto Sans SC only
    const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A4', loadFonts });
    expect(warnings.join(' ')).toContain('拿货框 ő');
    const text = squash(pdftotext(pdf));
    expect(text).toContain('拿货框?');
    for (const step of project.steps.filter((_, i) => i !== 4)) expect(text).toContain(squash(step.title));
  });

  it('falls back to a system font for characters the shipped font lacks, else to none', async () => {
    // Hebrew is in DejaVu Sans, not in the shipped font; U+E000 (private use) in neither.
    const faces = await service.subsetFor('付款 שלום \ue000');
    expect(faces).toHaveLength(2);
    expect(readCmap(faces[0].regular).has(0x4ed8)).toBe(true);
    expect(readCmap(faces[1].regular).has(0x05e9)).toBe(true);
    expect(readCmap(faces[1].regular).has(0x4ed8)).toBe(false);
    expect(faces.some((f) => readCmap(f.regular).has(0xe000))).toBe(false);
  });

  it('serves the fonts through the IPC handler, validating the request', async () => {
    const handlers = createHandlers({ dataDir: dir, trash: folderTrash(dir), log: () => {} });
    const result = await handlers[Channels.getPdfFont]({ text: 'Ąžuolas, čekis' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(1);
    expect(result.value[0].regular.length).toBeLessThan(30 * 1024);
    expect(validateRequest(Channels.getPdfFont, { text: 'x'.repeat(300_000) }).ok).toBe(false);
    expect(validateRequest(Channels.getPdfFont, undefined).ok).toBe(false);
  });
});
