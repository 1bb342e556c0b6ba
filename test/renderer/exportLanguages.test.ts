// @vitest-environment jsdom
/**
 * Exports written in a language other than the app's (issue G items 1, 2 and 5): the supermarket
 * template exported from an English UI in Hungarian and Chinese, through the export builder the
 * dialog uses. Every fixed text (legend, report headings, CSV headers, the PDF title block) comes
 * from that language's catalogue and no English fixed text is left; CSV and Mermaid read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfFontService } from '../../electron/pdfFont/pdfFontService';
import { buildExport, DEFAULT_CHOICES, type ExportChoices } from '../../renderer/export/buildExport';
import { CSV_COLUMNS, readContactMomentsCsv } from '../../shared/formats/csv';
import { exportLanguage } from '../../shared/formats/exportLanguage';
import { importMermaidJourney } from '../../shared/formats/mermaid';
import { REPLACEMENT_CHAR } from '../../shared/formats/pdfFonts';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { drawingLabels } from '../../shared/i18n/labels';
import { formatDate } from '../../shared/i18n/format';
import { en } from '../../shared/i18n/catalogues';
import { buildTemplate } from '../../shared/templates';
import type { Project } from '../../shared/model/types';

// jsdom has no canvas: the export's text measuring falls back to its own estimate, as it would without one.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });

const NOW = new Date('2026-03-03T12:00:00Z');
const LANGS = ['hu', 'zh-CN'] as const;

function supermarket(): Project {
  return buildTemplate('supermarket', { id: 'p-shop', name: 'Supermarket', now: NOW.toISOString() });
}

async function exportIn(language: Language, format: ExportChoices['format'], extra: Partial<ExportChoices> = {}) {
  const out = await buildExport(
    supermarket(),
    { ...DEFAULT_CHOICES, format, language, includeDate: true, includeLegend: true, includeTitle: true, ...extra },
    { selection: [], lens: 'risk', lensSense: 'sight', now: NOW, uiLanguage: 'en' },
  );
  return out;
}

/** Leaves of an English catalogue subtree, for "no English fixed text left" checks. */
function leaves(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return Object.values(node as Record<string, unknown>).flatMap(leaves);
}

/** English texts whose translation differs (a text the same in both, like "PDF", cannot be told apart). */
function englishOnly(lng: Language, keys: string[]): string[] {
  const t = exportLanguage(lng).t;
  const english = exportLanguage('en').t;
  return keys.map((k) => english(k)).filter((text, i) => text !== t(keys[i]));
}

describe.each(LANGS)('exports written in %s from an English UI', (lng) => {
  const { t } = exportLanguage(lng);

  it('SVG: legend words, the dated title block, in that language only', async () => {
    const { data } = await exportIn(lng, 'svg');
    const svg = String(data);
    const labels = drawingLabels(t);
    const expected = [
      t('exportText.dated', { date: formatDate(lng, NOW) }),
      labels.flows.main,
      labels.contactMoment,
      labels.momentOfTruth,
      labels.riskTitle,
      labels.riskLevels.high,
    ];
    for (const text of expected) expect(svg).toContain(text.replace(/&/g, '&amp;'));
    expect(svg).not.toContain('>Exported ');
    const english = englishOnly(lng, [
      'domain.flowKinds.main',
      'domain.contactMoment',
      'domain.momentOfTruth',
      'lens.riskTitle',
      'lens.riskLevels.high',
    ]);
    for (const text of english) expect(svg).not.toContain(`>${text}<`);
  });

  it('CSV: the header row in that language, the rows read back to the same steps', async () => {
    const { data } = await exportIn(lng, 'csv');
    const csv = String(data);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header[0]).toBe(t('csv.stage'));
    expect(header).toContain(t('csv.riskLikelihood'));
    expect(header).toContain(t('csv.momentOfTruth'));
    for (const english of leaves(en.csv).filter((h) => !h.includes('{{'))) expect(header).not.toContain(english);
    expect(header.filter((h) => CSV_COLUMNS.includes(h))).toEqual([]);

    const records = readContactMomentsCsv(
      csv,
      LANGUAGES.map((l) => exportLanguage(l)),
    );
    const project = supermarket();
    // A row per contact moment, and (issue H) per other step with thoughts: the template's start,
    // rides and "prepare to pay" carry what the shopper thinks.
    const rowed = project.steps.filter((s) => s.moment || s.thoughts?.length);
    expect(rowed.length).toBeGreaterThan(project.steps.filter((s) => s.moment).length);
    expect(records.map((r) => r.step).sort()).toEqual(rowed.map((s) => s.title).sort());
    expect(records.map((r) => r.thoughts)).not.toContain('');
    for (const record of records) expect(Object.keys(record)).toEqual([...CSV_COLUMNS]);
  });

  it('Markdown: headings and table heads in that language', async () => {
    const { data } = await exportIn(lng, 'md');
    const md = String(data);
    for (const heading of ['report.journey', 'report.momentsOfTruth', 'report.risks', 'report.servqualGaps'])
      expect(md).toContain(`\n## ${t(heading)}\n`);
    expect(md).toContain(t('report.negativeGap'));
    expect(md).toContain(`| ${t('report.columns.score')} | ${t('report.columns.level')} |`);
    for (const heading of ['Journey', 'Moments of truth', 'Risks', 'SERVQUAL gaps'])
      expect(md).not.toContain(`## ${heading}\n`);
    for (const english of ['| score | level |', 'A negative gap', '**Senses**', 'overall (mean)', 'likelihood '])
      expect(md).not.toContain(english);
  });

  it('Mermaid: imports back to the same stages and steps', async () => {
    const project = supermarket();
    project.steps[1].title = ''; // written as the language's "untitled step"
    const out = await buildExport(
      project,
      { ...DEFAULT_CHOICES, format: 'mermaid', language: lng },
      { selection: [], lens: 'none', lensSense: 'sight', uiLanguage: 'en' },
    );
    const text = String(out.data);
    expect(text).toContain(t('exportText.untitledStep'));
    expect(text).not.toContain('Untitled');
    const back = importMermaidJourney(text, { id: 'back', name: 'back', now: NOW.toISOString() });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.project.stages.map((s) => s.name)).toEqual(project.stages.map((s) => s.name));
    expect(back.project.steps.map((s) => s.title).sort()).toEqual(
      project.steps.map((s) => s.title || t('exportText.untitledStep')).sort(),
    );
  });
});

describe('PDF title block and legend in the export language', () => {
  const service = new PdfFontService();
  const dir = mkdtempSync(join(tmpdir(), 'tm-pdf-export-lang-'));
  const pdftotext = (pdf: Uint8Array) => {
    const file = join(dir, `p-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  };
  const squash = (s: string) => s.replace(/\s+/g, '');

  for (const lng of LANGS) {
    it(`writes the dated line and legend words in ${lng}, never '?'`, { timeout: 60_000 }, async () => {
      const { t } = exportLanguage(lng);
      // The template's own question marks (thoughts such as "Who can I ask?") go, so a '?' in the
      // PDF can only be a character the fonts lacked.
      const project = JSON.parse(JSON.stringify(supermarket()).replaceAll('?', '.')) as ReturnType<typeof supermarket>;
      const out = await buildExport(
        project,
        { ...DEFAULT_CHOICES, format: 'pdf', language: lng, includeDate: true, includeLegend: true },
        {
          selection: [],
          lens: 'risk',
          lensSense: 'sight',
          now: NOW,
          uiLanguage: 'en',
          loadPdfFonts: (text) => service.subsetFor(text),
        },
      );
      expect(out.warnings.filter((w) => w.includes(REPLACEMENT_CHAR))).toEqual([]);
      const text = pdftotext(out.data as Uint8Array);
      expect(text).not.toContain('?');
      const lines = text.split('\n');
      expect(lines[0]).toBe('Supermarket');
      expect(lines[1]).toBe(t('exportText.dated', { date: formatDate(lng, NOW) }));
      const all = squash(text);
      const labels = drawingLabels(t);
      for (const word of [labels.flows.main, labels.contactMoment, labels.riskTitle])
        expect(all).toContain(squash(word));
      expect(all).not.toContain('Exported');
    });
  }
});

describe('English stays the default', () => {
  it('writes English when the app is in English and no language is chosen', async () => {
    const out = await buildExport(
      supermarket(),
      { ...DEFAULT_CHOICES, format: 'md' },
      { selection: [], lens: 'none', lensSense: 'sight', uiLanguage: 'en' },
    );
    expect(String(out.data)).toContain('\n## Moments of truth\n');
  });

  it('follows the app language when the choice is "ui"', async () => {
    const out = await buildExport(
      supermarket(),
      { ...DEFAULT_CHOICES, format: 'md', language: 'ui' },
      { selection: [], lens: 'none', lensSense: 'sight', uiLanguage: 'hu' },
    );
    expect(String(out.data)).toContain(`\n## ${exportLanguage('hu').t('report.momentsOfTruth')}\n`);
  });
});

describe('warnings are shown in the app, so in its language', () => {
  it('words a warning in the app language while the file is in another', async () => {
    for (const uiLanguage of ['en', 'zh-CN'] as const) {
      const out = await buildExport(
        supermarket(),
        { ...DEFAULT_CHOICES, format: 'svg', scope: 'selection', language: 'hu' },
        { selection: ['no-such-step'], lens: 'none', lensSense: 'sight', uiLanguage },
      );
      expect(out.warnings).toEqual([exportLanguage(uiLanguage).t('exportText.noSelection')]);
      expect(String(out.data)).toContain(drawingLabels(exportLanguage('hu').t).flows.main);
    }
  });
});
