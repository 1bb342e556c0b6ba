import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJourneyDrawing } from '../../../shared/formats/drawing/buildDrawing';
import { drawInsightsPage } from '../../../shared/formats/drawing/insightsPage';
import { PAGE_SIZES, frameToPage, pagePixelSize, planTiles } from '../../../shared/formats/drawing/pages';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { renderJourneyPdf } from '../../../shared/formats/pdf';
import { renderJourneySvg } from '../../../shared/formats/svg';
import { drawingLabels } from '../../../shared/i18n/labels';
import { notesOf, NOTE_ROWS } from '../../../shared/model/rows';
import { ROW_KINDS } from '../../../shared/model/schema';
import { buildTemplate } from '../../../shared/templates';
import { generateJourney } from '../../support/generate';
import { elements, fixedMeasure, parseXml } from './drawing/support';

const supermarket = () =>
  buildTemplate('supermarket', { id: 'p', name: 'Weekly shop', now: new Date(0).toISOString() });

/** The text of each page, by pdftotext (poppler), whitespace removed. */
function pageTexts(pdf: Uint8Array, pages: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deliverable-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, pdf);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
}

describe('page presets', () => {
  it('are a 16:9 slide, A4 and A3 landscape, and the map itself', () => {
    expect(PAGE_SIZES.slide.width / PAGE_SIZES.slide.height).toBeCloseTo(16 / 9, 5);
    expect(PAGE_SIZES.A4).toEqual({ width: 841.89, height: 595.28 });
    expect(PAGE_SIZES.A3).toEqual({ width: 1190.55, height: 841.89 });
    expect(pagePixelSize('slide')).toEqual({ width: 1280, height: 720 });
    expect(pagePixelSize('map')).toBeNull();
  });

  it('pad a PNG/SVG picture to the page proportions, centred, without scaling it', () => {
    const drawing = buildJourneyDrawing(supermarket(), { measureText: fixedMeasure });
    const slide = frameToPage(drawing, 'slide');
    expect(slide.width / slide.height).toBeCloseTo(16 / 9, 2);
    expect(slide.width).toBeGreaterThanOrEqual(drawing.width);
    expect(slide.height).toBeGreaterThanOrEqual(drawing.height);
    expect(frameToPage(drawing, 'map')).toBe(drawing);
    const svg = renderJourneySvg(supermarket(), { measureText: fixedMeasure, page: 'A4' });
    expect(svg.width / svg.height).toBeCloseTo(841.89 / 595.28, 2);
  });
});

describe('planTiles', () => {
  const request = {
    width: 3000,
    height: 1400,
    areaWidth: 785,
    areaHeight: 500,
    headerStrip: { y: 24, height: 56 },
    overlap: 24,
    minScale: 7 / 13,
  };

  it('keeps one page when the map is readable on it', () => {
    const plan = planTiles({ ...request, width: 1000, height: 600 });
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBeCloseTo(0.785, 3);
  });

  it('tiles a large map at the readable scale, neighbours overlapping, covering all of it', () => {
    const plan = planTiles(request);
    expect(plan.scale).toBeCloseTo(7 / 13, 6);
    expect(plan.tiles.length).toBe(plan.columns * plan.rows);
    expect(plan.columns).toBeGreaterThan(1);
    expect(plan.rows).toBeGreaterThan(1);
    const row0 = plan.tiles.filter((t) => t.row === 0);
    for (let i = 1; i < row0.length; i++) expect(row0[i - 1].x + row0[i - 1].width - row0[i].x).toBeCloseTo(24, 6);
    const col0 = plan.tiles.filter((t) => t.column === 0);
    for (let i = 1; i < col0.length; i++) expect(col0[i - 1].y + col0[i - 1].height - col0[i].y).toBeCloseTo(24, 6);
    const last = plan.tiles[plan.tiles.length - 1];
    expect(last.x + last.width).toBeGreaterThanOrEqual(request.width);
    expect(last.y + last.height).toBeGreaterThanOrEqual(request.height);
    // Rows below the first repeat the stage headers and leave room for them.
    expect(col0[0].repeatHeaders).toBe(false);
    for (const t of col0.slice(1)) {
      expect(t.repeatHeaders).toBe(true);
      expect(t.height).toBeCloseTo(request.areaHeight / plan.scale - 56, 6);
    }
  });
});

describe('tiled PDF', () => {
  it('cuts a large map on A4 into pages that each carry their columns’ stage headers, the title and page n of m', async () => {
    const project = generateJourney(300);
    const text = exportLanguage('en');
    const out = await renderJourneyPdf(project, {
      paper: 'A4',
      rows: [...ROW_KINDS],
      includeLegend: true,
      drawnLanguage: text,
      labels: drawingLabels(text.t, 'en'),
    });
    expect(out.mapPages).toBeGreaterThan(1);
    const pages = pageTexts(out.pdf, out.mapPages);
    const stageNames = project.stages.map((s) => s.name.replace(/\s+/g, ''));
    const columns = out.tileColumns;
    pages.forEach((page, i) => {
      expect(page).toContain(project.name.replace(/\s+/g, ''));
      expect(page).toContain(`Page${i + 1}of${out.mapPages}`);
      const shown = stageNames.filter((name) => page.includes(name));
      expect(shown.length, `page ${i + 1} shows stage headers`).toBeGreaterThan(0);
      // A page further down shows the same stage headers as the page above it: its columns' headers, repeated.
      if (i >= columns) {
        const above = stageNames.filter((name) => pages[i - columns].includes(name));
        expect(shown, `page ${i + 1}`).toEqual(above);
      }
    });
  }, 60_000);

  it('ends with the insights page when asked, in the export language', async () => {
    const project = supermarket();
    const text = exportLanguage('hu');
    const out = await renderJourneyPdf(project, {
      paper: 'A4',
      drawnLanguage: text,
      extraPages: ({ width, height, measure }) => [
        drawInsightsPage(project, { width: width - 57, height, measure, text }),
      ],
    });
    const all = pageTexts(out.pdf, out.mapPages + 1);
    const last = all[out.mapPages];
    expect(last).toContain(text.t('deliverable.pdf.insightsTitle').replace(/\s+/g, ''));
    expect(last).toContain(text.t('insightsView.sections.risk').replace(/\s+/g, ''));
    expect(last).toContain(text.t('insightsView.sections.lows').replace(/\s+/g, ''));
    expect(last).toContain(text.t('insightsView.sections.standards').replace(/\s+/g, ''));
  }, 60_000);
});

describe('the SVG journey map', () => {
  it('holds every pain point, opportunity and thought of the supermarket template as <text>, and the emotion curve as a path', () => {
    const project = supermarket();
    const { svg } = renderJourneySvg(project, { measureText: fixedMeasure, rows: [...ROW_KINDS] });
    const doc = parseXml(svg);
    const texts = elements(doc, 'text')
      .map((t) => t.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, '');
    const notes = project.steps.flatMap((step) => NOTE_ROWS.flatMap((row) => [...notesOf(step, row)]));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(texts, note).toContain(note.replace(/\s+/g, '').replace(/…$/, ''));
    const curves = elements(doc, 'path').filter((p) => /\bC/.test(p.getAttribute('d') ?? ''));
    expect(curves.length).toBeGreaterThan(0);
    // Without the rows chosen, none of it is drawn.
    const bare = renderJourneySvg(project, { measureText: fixedMeasure, rows: [] }).svg;
    expect(bare).not.toContain(notes[0]);
  });

  it('prints the project description under the title, wrapped', () => {
    const project = supermarket();
    project.description = 'Weekly shop from the list at home to the car park. '.repeat(6).trim();
    const { svg } = renderJourneySvg(project, { measureText: fixedMeasure, includeTitle: true });
    const doc = parseXml(svg);
    const description = elements(doc, 'text').find((t) => (t.textContent ?? '').startsWith('Weekly shop from'));
    expect(description).toBeDefined();
    expect(elements(description!, 'tspan').length).toBeGreaterThan(1);
  });
});
