/**
 * The contact-moment report as CSV, made to open cleanly in Excel, LibreOffice and Google
 * Sheets, and a small RFC 4180 reader for it. A row per contact moment, and per other step the
 * customer has thoughts on or that has metrics (see {@link contactMomentsCsv}).
 *
 * - UTF-8 with a byte order mark (U+FEFF first), so Excel does not read CJK or accents as
 *   mojibake; rows end in CRLF, the last one included.
 * - RFC 4180 quoting: a cell is put in double quotes, with inner quotes doubled, when it holds a
 *   comma, a quote or a line break, and also a semicolon (the separator in many European
 *   Excel locales). Line breaks inside a cell are kept.
 * - Formula injection: a TEXT cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return would be run as a formula by a spreadsheet, so it gets a leading `'` (the
 *   spreadsheet convention for "this is text"): a step titled `=HYPERLINK(...)` is written
 *   `'=HYPERLINK(...)`. NUMBER cells (emotion -2, valence -1, a gap of -3) are written as
 *   plain numbers, so spreadsheets can still sum and sort them; they are never user text.
 * - The header row is in the export's language ({@link csvHeaders}); {@link csvColumnKeys} reads
 *   the headers of every language back to the columns' data codes. Cell values are data codes
 *   (channel `in person`, risk level `high`, `yes` / `no`), the same in every language, so a
 *   file reads back whatever language wrote it; a value not set is an empty cell.
 */
import { riskLevel, riskScore } from '../analysis/risk';
import { servqualGap } from '../analysis/servqual';
import { buildGraph, byStageThenPosition } from '../analysis/graph';
import { SENSES, SERVQUAL_DIMENSIONS } from '../model/schema';
import { metricStatus, offTargetMetrics } from '../model/metrics';
import type { Metric, Moment, Project, SenseName, ServqualDimension, Step } from '../model/types';
import { exportLanguage, inline, type ExportLanguage } from './exportLanguage';

/** A cell before writing: text is neutralised and quoted as needed, numbers are written as they are. */
export type CsvValue = string | number | null;

/** A row of the report: a step, and its contact moment when it has one. */
interface StepRow {
  stage: string;
  step: Step;
  moment?: Moment;
}

/** A row whose step is a contact moment: what the moment's columns read. */
interface Row extends StepRow {
  moment: Moment;
}

interface Column {
  /** The column's data code: the English header, the same in every language's file. */
  key: string;
  /** The header in the export's language. */
  header: (text: ExportLanguage) => string;
  /** The cell; a moment's column is empty on a step that is not a contact moment. */
  value: (row: StepRow) => CsvValue;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * One metric as data codes, the same in every language:
 * `CSAT: 3.9 / target >= 4.5 / off target / measured / Exit survey / 2026-03-01`
 * (the name is the metric's own or its kind's code; parts not set are left out).
 */
function metricCell(m: Metric): string {
  const unit = m.unit.trim() ? ` ${m.unit.trim()}` : '';
  const parts = [`${m.name.trim() || m.kind}: ${m.value === null ? '' : `${m.value}${unit}`}`.trim()];
  if (m.target !== null) {
    parts.push(`target ${m.direction === 'higher' ? '>=' : '<='} ${m.target}${unit}`);
    parts.push(metricStatus(m) === 'off' ? 'off target' : 'on target');
  }
  parts.push(m.evidence);
  if (m.source.trim()) parts.push(m.source.trim());
  if (m.date) parts.push(m.date);
  return parts.join(' / ');
}

/** A column of the step itself, filled on every row. */
const perStep = (key: string, catalogueKey: string, value: Column['value']): Column => ({
  key,
  header: ({ t }) => t(`csv.${catalogueKey}`),
  value,
});

/**
 * A SERVQUAL mean or gap rounded to two decimals, as every screen and export shows it (the
 * file keeps full precision): 3.87 - 4.21 is written -0.34, not -0.33999999999999986.
 */
function twoDecimals(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100 || 0;
}

/** A column of the contact moment's annotations: empty on the row of a step that is not one. */
const momentColumn = (key: string, header: Column['header'], value: (row: Row) => CsvValue): Column => ({
  key,
  header,
  value: (r) => (r.moment ? value(r as Row) : null),
});

/** A moment's column with a fixed header. */
const fixed = (key: string, catalogueKey: string, value: (row: Row) => CsvValue): Column =>
  momentColumn(key, ({ t }) => t(`csv.${catalogueKey}`), value);

const senseHeader = (sense: SenseName, catalogueKey: string) => (text: ExportLanguage) =>
  text.t(`csv.${catalogueKey}`, { sense: inline(text, `domain.senses.${sense}`) });

const dimensionHeader = (dim: ServqualDimension, catalogueKey: string) => (text: ExportLanguage) =>
  text.t(`csv.${catalogueKey}`, { dimension: inline(text, `domain.dimensions.${dim}`) });

const COLUMNS: readonly Column[] = [
  perStep('stage', 'stage', (r) => r.stage),
  perStep('step', 'step', (r) => r.step.title),
  perStep('contact moment', 'contactMoment', (r) => yesNo(Boolean(r.moment))),
  fixed('channel', 'channel', (r) => r.moment.channel),
  fixed('actor', 'actor', (r) => r.moment.actor),
  fixed('moment of truth', 'momentOfTruth', (r) => yesNo(r.moment.momentOfTruth)),
  ...SENSES.flatMap((sense): Column[] => [
    momentColumn(`${sense} engaged`, senseHeader(sense, 'senseEngaged'), (r) => yesNo(r.moment.senses[sense].engaged)),
    momentColumn(`${sense} valence`, senseHeader(sense, 'senseValence'), (r) => r.moment.senses[sense].valence),
    momentColumn(`${sense} note`, senseHeader(sense, 'senseNote'), (r) => r.moment.senses[sense].note),
  ]),
  fixed('risk likelihood', 'riskLikelihood', (r) => r.moment.risk.likelihood),
  fixed('risk impact', 'riskImpact', (r) => r.moment.risk.impact),
  fixed('risk score', 'riskScore', (r) => riskScore(r.moment.risk)),
  fixed('risk level', 'riskLevel', (r) => riskLevel(riskScore(r.moment.risk))),
  fixed('risk description', 'riskDescription', (r) => r.moment.risk.description),
  fixed('risk mitigation', 'riskMitigation', (r) => r.moment.risk.mitigation),
  fixed('emotion', 'emotion', (r) => r.moment.emotion),
  ...SERVQUAL_DIMENSIONS.flatMap((dim): Column[] => [
    momentColumn(`${dim} E`, dimensionHeader(dim, 'dimensionExpectation'), (r) =>
      twoDecimals(r.moment.servqual[dim].expectation),
    ),
    momentColumn(`${dim} P`, dimensionHeader(dim, 'dimensionPerception'), (r) =>
      twoDecimals(r.moment.servqual[dim].perception),
    ),
    momentColumn(`${dim} gap`, dimensionHeader(dim, 'dimensionGap'), (r) =>
      twoDecimals(servqualGap(r.moment.servqual[dim])),
    ),
  ]),
  fixed('evidence', 'evidence', (r) => r.moment.servqual.evidence),
  fixed('standard (ordinary)', 'standardOrdinary', (r) => r.moment.standard.ordinary),
  fixed('standard (quality)', 'standardQuality', (r) => r.moment.standard.quality),
  fixed('measures', 'measures', (r) =>
    r.moment.standard.measures.map((m) => `${m.done ? '[x]' : '[ ]'} ${m.text}`).join('; '),
  ),
  fixed('wait seconds', 'waitSeconds', (r) => r.moment.waitSeconds),
  perStep('thoughts', 'thoughts', (r) => (r.step.thoughts ?? []).join('; ')),
  fixed('pain points', 'painPoints', (r) => r.moment.painPoints.join('; ')),
  fixed('opportunities', 'opportunities', (r) => r.moment.opportunities.join('; ')),
  fixed('notes', 'notes', (r) => r.moment.notes),
  // The step's metrics (format 4), on any step: one cell for all, and the number off target.
  {
    key: 'metrics',
    header: ({ t }) => t('metrics.csv.metrics'),
    value: (r) => (r.step.metrics ?? []).map(metricCell).join('; '),
  },
  {
    key: 'metrics off target',
    header: ({ t }) => t('metrics.csv.offTarget'),
    value: (r) => (r.step.metrics?.length ? offTargetMetrics(r.step).length : null),
  },
];

/** The columns' data codes, in order (the English header row). */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map((c) => c.key);

/** The report's header row in an export language. */
export function csvHeaders(text: ExportLanguage = exportLanguage()): string[] {
  return COLUMNS.map((c) => c.header(text));
}

/**
 * The data code of each header cell, whatever language wrote the file (each of `languages`
 * is tried; a data code itself is accepted too); null for a header no language has.
 *
 * @example csvColumnKeys(['阶段', 'step'], LANGUAGES.map(exportLanguage)) // ['stage', 'step']
 */
export function csvColumnKeys(header: readonly string[], languages: readonly ExportLanguage[]): (string | null)[] {
  const byHeader = new Map<string, string>();
  for (const text of languages)
    COLUMNS.forEach((c) => byHeader.set(c.header(text).trim().toLocaleLowerCase(text.lng), c.key));
  const keys = new Set(CSV_COLUMNS);
  return header.map((cell) => {
    const trimmed = cell.trim();
    if (keys.has(trimmed)) return trimmed;
    for (const text of languages) {
      const key = byHeader.get(trimmed.toLocaleLowerCase(text.lng));
      if (key) return key;
    }
    return null;
  });
}

/**
 * A contact-moment CSV read back (any language's headers): one record per row, keyed by the
 * columns' data codes ({@link CSV_COLUMNS}); a column no language knows is left out.
 */
export function readContactMomentsCsv(csv: string, languages: readonly ExportLanguage[]): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  const keys = csvColumnKeys(header, languages);
  return rows.map((row) => {
    const record: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) record[key] = row[i] ?? '';
    });
    return record;
  });
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One cell as CSV text: numbers as plain numbers, text neutralised against formula injection
 * and quoted when needed (see the file comment).
 *
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell(-2) // '-2'
 * @example csvCell('a, "b"') // '"a, ""b"""'
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text: BOM first, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}

/**
 * Whether a step has a row in the report: every contact moment, and every other step the
 * customer has thoughts on. The thoughts row of the journey map spans all steps ("I hope it's
 * quick" on the ride there), so leaving those steps out would silently drop what the user typed;
 * their `contact moment` cell says `no` and the moment's columns stay empty.
 */
const hasRow = (step: Step) =>
  Boolean(step.moment) || (step.thoughts ?? []).length > 0 || (step.metrics ?? []).length > 0;

/**
 * One row per contact moment (steps with a `moment`) and per other step with thoughts or metrics, in
 * journey order (stage, then left to right, then top to bottom), with the columns of
 * {@link CSV_COLUMNS}, headed in the export's language (cell values are data codes, the same in
 * every language). A list (thoughts, pain points, opportunities, measures) is one cell, its
 * entries joined by `; `.
 */
export function contactMomentsCsv(project: Project, text: ExportLanguage = exportLanguage()): string {
  const stageNames = new Map(project.stages.map((s) => [s.id, s.name]));
  const rows: CsvValue[][] = [csvHeaders(text)];
  const ordered = project.steps.filter(hasRow).sort(byStageThenPosition(buildGraph(project)));
  for (const step of ordered) {
    const row: StepRow = { stage: stageNames.get(step.stageId) ?? '', step, moment: step.moment };
    rows.push(COLUMNS.map((column) => column.value(row)));
  }
  return toCsv(rows);
}

/**
 * Read CSV (RFC 4180): a leading BOM is skipped; rows end in CRLF, LF or CR; quoted cells may
 * hold commas, doubled quotes and line breaks. A final line break does not start an empty row.
 * Lenient where RFC 4180 is not: a quote inside an unquoted cell is kept as text, and an
 * unterminated quoted cell runs to the end of the text. Cells are returned as written
 * (a neutralising `'` is not removed).
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let atCellStart = true;
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"' && atCellStart) {
      // Quoted cell: read to the closing quote, "" being one quote.
      i++;
      while (i < input.length) {
        if (input[i] === '"' && input[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (input[i] === '"') {
          i++;
          break;
        } else {
          cell += input[i++];
        }
      }
      atCellStart = false;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      atCellStart = false;
      i++;
    }
  }
  // The last row, unless the text ended with its line break.
  if (!atCellStart || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
