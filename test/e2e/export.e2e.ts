/**
 * Export through the UI, then check each file as its reader would: PNG size,
 * pixels of every step and flow, the project inside; SVG as XML with every
 * title as text; PDF pages; CSV rows and values; Mermaid re-imported;
 * Markdown sections; and an exported image opened again as a project.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskScore } from '../../shared/analysis';
import { parseCsv } from '../../shared/formats/csv';
import { importMermaidJourney } from '../../shared/formats/mermaid';
import { PNG_PROJECT_KEYWORD, readPngSize, readPngText } from '../../shared/formats/pngMeta';
import { deserializeProject } from '../../shared/formats/touchmapFile';
import type { Project } from '../../shared/model';
import { Channels } from '../../shared/ipc';
import { samplePng } from './exportChecks';
import { launchApp, onlyProjectId, type App } from './harness';

const CJK_TITLE = '在收银台付款';
const HOSTILE_TITLE = '<script>alert(1)</script> a & b ]]>';

let app: App;
let out: string;
let project: Project;

async function exportAs(format: string, options: Record<string, string | boolean> = {}) {
  const { page } = app;
  const ext = { mermaid: 'mmd' }[format] ?? format;
  const path = join(out, `map-${format}-${Object.values(options).join('-') || 'default'}.${ext}`);
  app.dialogs.exportPath = path;
  await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption(format);
  for (const [label, value] of Object.entries(options)) {
    if (typeof value === 'boolean') await dialog.getByLabel(label).setChecked(value);
    // A select's accessible name is its label followed by the option shown.
    else await dialog.getByRole('combobox', { name: new RegExp(`^${label}`) }).selectOption(value);
  }
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const result = page.getByRole('status', { name: 'Export result' });
  await result.waitFor();
  expect(await result.innerText()).toContain(path);
  await result.getByRole('button', { name: 'Dismiss' }).click();
  return path;
}

/** Step titles of an SVG as drawn: the text of each step group, lines joined. */
function svgStepTexts(svg: string): string[] {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`SVG is not well-formed: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const groups = Array.from(doc.getElementsByTagName('g')).filter((g) =>
    /\bstep\b/.test(g.getAttribute('class') ?? ''),
  );
  // The first text of a step group is its title (markers, senses and emotion follow).
  return groups.map((g) => {
    const t = g.getElementsByTagName('text')[0];
    if (!t) return '';
    const spans = Array.from(t.getElementsByTagName('tspan'));
    return spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
  });
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'touchmap-exports-'));
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Export check');
  await page.getByRole('radio', { name: /Supermarket/ }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  // A CJK title and a hostile one, added through the UI.
  for (const title of [CJK_TITLE, HOSTILE_TITLE]) {
    await page.getByRole('button', { name: 'Add step' }).click();
    const input = page.getByRole('textbox', { name: 'Step title' });
    await input.fill(title);
    await input.press('Enter');
  }
  await page.getByLabel('Overlay').selectOption('risk');
  await page
    .locator('.save-status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  const opened = await app.handlers[Channels.openProject]({ id: await onlyProjectId(app) });
  if (!opened.ok) throw new Error(opened.error);
  project = opened.value;
  expect(project.steps.map((s) => s.title)).toContain(CJK_TITLE);
});

afterAll(async () => {
  await app?.close();
});

describe('export', () => {
  let svgText = '';

  it('SVG: well-formed XML, real text for every title (CJK and hostile ones too), no foreignObject or script', async () => {
    svgText = await readFile(await exportAs('svg'), 'utf8');
    expect(svgText).not.toMatch(/foreignObject/i);
    expect(svgText).not.toMatch(/<script/i);
    expect(svgText).not.toMatch(/<image/i);
    const texts = svgStepTexts(svgText);
    expect(texts).toHaveLength(project.steps.length);
    for (const step of project.steps)
      expect(texts.some((t) => t === step.title || t.replace(/ /g, '') === step.title.replace(/ /g, ''))).toBe(true);
    // The project is inside, and it is this project.
    const { extractProjectFromSvg } = await import('../../shared/formats/svgMeta');
    const inside = deserializeProject(extractProjectFromSvg(svgText) ?? '');
    expect(inside.ok && inside.project.steps).toEqual(project.steps);
  });

  it('PNG 2x: the size of the drawing at that scale, every step and flow visible, the project inside', async () => {
    const png = await readFile(await exportAs('png', { Scale: '2' }));
    const width = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    const height = Number(/height="([\d.]+)"/.exec(svgText)![1]);
    expect(readPngSize(png)).toEqual({ width: Math.ceil(width * 2 - 1e-6), height: Math.ceil(height * 2 - 1e-6) });
    const report = await samplePng(app.page, png, svgText, 2);
    expect(report.checkedSteps).toBe(project.steps.length);
    expect(report.checkedFlows).toBe(project.flows.length);
    expect(report.missingSteps).toEqual([]);
    expect(report.missingFlows).toEqual([]);
    const inside = deserializeProject(readPngText(png, PNG_PROJECT_KEYWORD) ?? '');
    expect(inside.ok).toBe(true);
    if (inside.ok) {
      expect(inside.project.steps).toEqual(project.steps);
      expect(inside.project.flows).toEqual(project.flows);
      expect(inside.project.stages).toEqual(project.stages);
    }
    await app.page.screenshot({ path: join(out, 'after-png.png') });
  });

  it('PNG with a transparent background at 1x is half the 2x size and has transparent corners', async () => {
    const png = await readFile(await exportAs('png', { Scale: '1', Background: 'transparent' }));
    const size = readPngSize(png);
    const alpha = await app.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(1, c.height - 2, 1, 1).data[3];
    }, png.toString('base64'));
    expect(alpha).toBe(0);
    const width = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    expect(size.width).toBe(Math.ceil(width - 1e-6));
  });

  it('PDF: vector pages of the chosen paper size, text kept as text', async () => {
    const path = await exportAs('pdf', { Page: 'A3' });
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    // With the project's rows shown under the steps this map is tiled at a readable size (see deliverable.e2e.ts).
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    for (const p of pdf.getPages()) {
      const { width, height } = p.getSize();
      expect(Math.round(width)).toBe(1191);
      expect(Math.round(height)).toBe(842);
    }
    // The Chinese title reads back as itself (no '?'), from a font cut down to the glyphs used:
    // a whole CJK font would add megabytes.
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain(CJK_TITLE);
    expect(text).not.toMatch(/\?{2,}/);
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  it("a picture keeps the map's own proportions while the PDF keeps its paper: two remembered choices", async () => {
    const { page } = app;
    await page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const pageChoice = dialog.getByRole('combobox', { name: /^Page/ });
    await dialog.getByLabel('Format').selectOption('png');
    await expect.poll(() => pageChoice.inputValue()).toBe('map');
    await pageChoice.selectOption('slide');
    await dialog.getByLabel('Format').selectOption('pdf');
    // The PDF test above chose A3; choosing a slide for the PNG did not change it.
    await expect.poll(() => pageChoice.inputValue()).toBe('A3');
    await dialog.getByLabel('Format').selectOption('svg');
    await expect.poll(() => pageChoice.inputValue()).toBe('slide');
    await pageChoice.selectOption('map');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // The default SVG is the map's own size: not padded to a page's proportions.
    const svg = await readFile(await exportAs('svg'), 'utf8');
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
    const slide = await readFile(await exportAs('svg', { Page: 'slide' }), 'utf8');
    const slideWidth = Number(/width="([\d.]+)"/.exec(slide)![1]);
    const slideHeight = Number(/height="([\d.]+)"/.exec(slide)![1]);
    expect(slideWidth / slideHeight).toBeCloseTo(16 / 9, 2);
    expect(Math.abs(width / height - 16 / 9)).toBeGreaterThan(0.05);
    await exportAs('svg', { Page: 'map' });
  });

  it('CSV: one row per contact moment (and per other step with thoughts) with the right values, spreadsheet-safe', async () => {
    const text = await readFile(await exportAs('csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    const moments = project.steps.filter((s) => s.moment);
    // Issue H: a step with thoughts gets a row too (the template's start, rides, "prepare to pay").
    const rowed = project.steps.filter((s) => s.moment || s.thoughts?.length);
    expect(rowed.length).toBeGreaterThan(moments.length);
    expect(rows).toHaveLength(rowed.length);
    const col = (name: string) => header.indexOf(name);
    for (const step of rowed) {
      const row = rows.find((r) => r[col('step')] === step.title)!;
      expect(row[col('contact moment')], step.title).toBe(step.moment ? 'yes' : 'no');
      expect(row[col('thoughts')], step.title).toBe((step.thoughts ?? []).join('; '));
    }
    for (const step of moments) {
      const row = rows.find((r) => r[col('step')] === step.title);
      expect(row, step.title).toBeDefined();
      const m = step.moment!;
      expect(row![col('stage')]).toBe(project.stages.find((s) => s.id === step.stageId)!.name);
      expect(row![col('risk likelihood')]).toBe(m.risk.likelihood === null ? '' : String(m.risk.likelihood));
      const score = riskScore(m.risk);
      expect(row![col('risk score')]).toBe(score === null ? '' : String(score));
      expect(row![col('emotion')]).toBe(m.emotion === null ? '' : String(m.emotion));
      expect(row![col('moment of truth')]).toBe(m.momentOfTruth ? 'yes' : 'no');
    }
  });

  it('Mermaid: re-imports to the same stages and steps', async () => {
    const text = await readFile(await exportAs('mermaid'), 'utf8');
    const back = importMermaidJourney(text, { id: 'back', name: 'back', now: new Date(0).toISOString() });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.project.stages.map((s) => s.name)).toEqual(project.stages.map((s) => s.name));
    for (const stage of project.stages) {
      const titles = (p: Project, stageId: string) =>
        p.steps
          .filter((s) => s.stageId === stageId)
          .sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)
          .map((s) => s.title);
      const backStage = back.project.stages.find((s) => s.name === stage.name)!;
      expect(titles(back.project, backStage.id)).toEqual(titles(project, stage.id));
    }
  });

  it('Markdown: the journey by stage, moments of truth, risks and SERVQUAL gaps', async () => {
    const text = await readFile(await exportAs('md'), 'utf8');
    expect(text).toMatch(/^# Export check/m);
    for (const stage of project.stages) expect(text).toContain(stage.name);
    expect(text.toLowerCase()).toMatch(/moments? of truth/);
    expect(text.toLowerCase()).toMatch(/risk/);
    expect(text).toMatch(/SERVQUAL/);
    // The thoughts row, quoted under each step.
    expect(text).toContain('\n## Thoughts\n');
    const thought = project.steps.find((s) => s.thoughts?.length)!.thoughts![0];
    expect(text).toContain(`> “${thought}”`);
  });

  it('PNG 1x on white is what README shows', async () => {
    const path = await exportAs('png', { Scale: '1', Background: 'white' });
    const png = await readFile(path);
    expect(readPngSize(png).width).toBe(Math.ceil(Number(/width="([\d.]+)"/.exec(svgText)![1]) - 1e-6));
    await copyFile(path, 'docs/export.png');
  });

  it('opening an exported PNG (File > Open) opens its project again', async () => {
    const pngPath = join(out, 'map-png-2.png');
    const { page } = app;
    await page
      .getByRole('button', { name: /Projects/ })
      .first()
      .click();
    app.dialogs.openPath = pngPath;
    await page.getByRole('button', { name: 'Open file…' }).click();
    await page.getByRole('group', { name: CJK_TITLE, exact: true }).waitFor({ state: 'attached' });
    const list = await page.evaluate(() => window.touchmap.listProjects());
    expect(list.ok && list.value.projects.length).toBe(2);
  });

  it('dropping an exported PNG on the window opens its project as a new copy', async () => {
    const { page } = app;
    const before = await page.evaluate(() => window.touchmap.listProjects());
    const png = await readFile(join(out, 'map-png-2.png'));
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped map.png', { type: 'image/png' }));
      const target = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, png.toString('base64'));
    const count = async () => {
      const list = await page.evaluate(() => window.touchmap.listProjects());
      return list.ok ? list.value.projects.length : -1;
    };
    await expect.poll(count).toBe(before.ok ? before.value.projects.length + 1 : -2);
    await page.getByRole('group', { name: CJK_TITLE, exact: true }).waitFor({ state: 'attached' });
  });
});
