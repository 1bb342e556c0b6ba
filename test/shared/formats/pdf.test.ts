import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAPER_SIZES, renderJourneyPdf } from '../../../shared/formats/pdf';
import { generateJourney } from '../../support/generate';
import { CJK_TITLE, sampleProject } from './drawing/support';
import { embeddedFontFiles, readPdf } from './pdfSupport';

/** DejaVu Sans ships with practically every Linux desktop (fonts-dejavu-core); it covers Greek and Cyrillic. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function latinProject() {
  const project = sampleProject();
  project.steps[4].title = 'Queue at the till';
  return project;
}

describe('renderJourneyPdf', () => {
  it('writes one landscape A4 page with the title on top and every step title as text', async () => {
    const project = latinProject();
    // At 6 pt titles this map fits A4 (at the default 7 pt it is tiled: see pdfTiles.test.ts).
    const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A4', minTitlePt: 6 });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const { doc, pages } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page.mediaBox).toEqual([0, 0, 841.89, 595.28]);
    expect(doc.getTitle()).toBe('Shop & <pay>');
    // The title is the first text on the page, in bold, larger than anything in the map.
    expect(page.runs[0]).toMatchObject({ text: 'Shop & <pay>', font: 'Helvetica-Bold' });
    expect(Math.max(...page.runs.slice(1).map((r) => r.size))).toBeLessThan(page.runs[0].size);
    const allText = page.runs
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, '');
    for (const step of project.steps) expect(allText).toContain(step.title.replace(/\s+/g, ''));
    expect(allText).toContain('Park&lock<it>');
    expect(warnings).toEqual([]);
  });

  it('makes an A3 page of the A3 size', async () => {
    const { pdf } = await renderJourneyPdf(latinProject(), { paper: 'A3' });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0].mediaBox).toEqual([0, 0, 1190.55, 841.89]);
    expect(PAPER_SIZES.A3).toEqual({ width: 1190.55, height: 841.89 });
  });

  it('draws flows and shapes as vector paths, not images', async () => {
    const { pdf } = await renderJourneyPdf(latinProject(), { paper: 'A4' });
    const { pages } = await readPdf(pdf);
    const ops = pages[0].operators;
    expect(ops).not.toMatch(/\bDo\b|\bBI\b/); // no XObjects or inline images
    // Seven flows: seven paths stroked 1.5 px wide, cubic curves (and, for a flow that
    // goes back and detours below the steps, straight stretches between rounded corners).
    const flow = (dash: string) =>
      new RegExp(`RG 1\\.5 w ${dash}-?[\\d.]+ -?[\\d.]+ m(?:(?: -?[\\d.]+){2} l|(?: -?[\\d.]+){6} c)+ S Q`, 'g');
    expect(ops.match(flow('(\\[[\\d ]+\\] 0 d )?(1 J )?'))).toHaveLength(7);
    // Alternative flows dashed 6 4, failure flows dotted 2 3 with round caps.
    expect(ops.match(flow('\\[6 4\\] 0 d '))).toHaveLength(2);
    expect(ops.match(flow('\\[2 3\\] 0 d 1 J '))).toHaveLength(1);
  });

  it('prints the date under the title and the legend when asked', async () => {
    const { pdf } = await renderJourneyPdf(latinProject(), {
      paper: 'A4',
      includeDate: true,
      date: '3 March 2026',
      includeLegend: true,
      lens: 'risk',
    });
    const texts = (await readPdf(pdf)).pages[0].runs.map((r) => r.text);
    expect(texts.slice(0, 2)).toEqual(['Shop & <pay>', '3 March 2026']);
    expect(texts).toEqual(expect.arrayContaining(['Main flow', 'Critical 20-25']));
  });

  it('replaces characters the built-in font lacks and says so when no font is supplied', async () => {
    const project = sampleProject(); // one title in Chinese
    const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A3' });
    const texts = (await readPdf(pdf)).pages[0].runs.map((r) => r.text);
    expect(texts).toContain('?'.repeat(Array.from(CJK_TITLE).length));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(CJK_TITLE);
    expect(warnings[0]).toMatch(/Supply a Unicode font/);
  });

  it('uses a supplied Unicode font for text Helvetica cannot show, and only then embeds it', async () => {
    const fontBytes = new Uint8Array(readFileSync(DEJAVU));
    const project = latinProject();
    project.steps[4].title = 'Ωμέγα Привет';

    const { pdf, warnings } = await renderJourneyPdf(project, { paper: 'A3', fontBytes });
    expect(warnings).toEqual([]);
    const { doc, pages } = await readPdf(pdf);
    const unicodeRuns = pages[0].runs.filter((r) => r.font.includes('DejaVuSans'));
    // Identity-H: two bytes per glyph, 12 characters on one line or split over two.
    expect(unicodeRuns.map((r) => r.hex.length / 4).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(11);
    expect(pages[0].runs.some((r) => r.text === 'Queue at the till')).toBe(false);
    expect(embeddedFontFiles(doc)).toEqual(['FontFile2']);

    // Nothing needs it: the font stays out of the file.
    const latin = await renderJourneyPdf(latinProject(), { paper: 'A3', fontBytes });
    const read = await readPdf(latin.pdf);
    expect(embeddedFontFiles(read.doc)).toEqual([]);
    expect(read.pages[0].runs.every((r) => r.font.startsWith('Helvetica'))).toBe(true);
    expect(latin.pdf.length).toBeLessThan(pdf.length / 5);
  });

  it('tiles a generated 300-step journey across A3 pages at a readable size instead of shrinking it', async () => {
    const project = generateJourney(300);
    const { pdf, warnings, mapPages } = await renderJourneyPdf(project, { paper: 'A3', includeLegend: true });
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(mapPages).toBe(pages.length);
    // Every page draws the map at 7/13 pt per px: 13 px step titles print at 7 pt.
    for (const page of pages) {
      const scales = [...page.operators.matchAll(/q ([\d.]+) 0 0 -([\d.]+) -?[\d.]+ -?[\d.]+ cm/g)].map((m) =>
        Number(m[1]),
      );
      expect(scales).toContain(Number((7 / 13).toFixed(3)));
    }
    expect(warnings.join(' ')).toMatch(new RegExp(`tiled across ${pages.length} pages at 54%`));
    expect(warnings.join(' ')).not.toMatch(/shrunk/);
    // Every step title is on some page (a few twice, in the overlaps).
    const titles = new Set(pages.flatMap((p) => p.runs.map((r) => r.text)).filter((t) => t.startsWith('Step ')));
    expect(titles.size).toBeGreaterThanOrEqual(300);
  });

  it('rejects an unknown paper size', async () => {
    await expect(renderJourneyPdf(latinProject(), { paper: 'Letter' as 'A4' })).rejects.toThrow(/paper/);
  });
});
