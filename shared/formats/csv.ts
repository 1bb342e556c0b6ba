/**
 * The contact-moment report as CSV, made to open cleanly in Excel, LibreOffice and Google
 * Sheets, and a small RFC 4180 reader for it.
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
 * - Yes/no fields are written `yes` / `no`; a value not set is an empty cell.
 */
import { riskLevel, riskScore } from '../analysis/risk';
import { servqualGap } from '../analysis/servqual';
import { buildGraph, byStageThenPosition } from '../analysis/graph';
import { SENSES, SERVQUAL_DIMENSIONS } from '../model/schema';
import type { Moment, Project, Step } from '../model/types';

/** A cell before writing: text is neutralised and quoted as needed, numbers are written as they are. */
export type CsvValue = string | number | null;

interface Row {
  stage: string;
  step: Step;
  moment: Moment;
}

interface Column {
  header: string;
  value: (row: Row) => CsvValue;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const COLUMNS: readonly Column[] = [
  { header: 'stage', value: (r) => r.stage },
  { header: 'step', value: (r) => r.step.title },
  { header: 'channel', value: (r) => r.moment.channel },
  { header: 'actor', value: (r) => r.moment.actor },
  { header: 'moment of truth', value: (r) => yesNo(r.moment.momentOfTruth) },
  ...SENSES.flatMap((sense): Column[] => [
    { header: `${sense} engaged`, value: (r) => yesNo(r.moment.senses[sense].engaged) },
    { header: `${sense} valence`, value: (r) => r.moment.senses[sense].valence },
    { header: `${sense} note`, value: (r) => r.moment.senses[sense].note },
  ]),
  { header: 'risk likelihood', value: (r) => r.moment.risk.likelihood },
  { header: 'risk impact', value: (r) => r.moment.risk.impact },
  { header: 'risk score', value: (r) => riskScore(r.moment.risk) },
  { header: 'risk level', value: (r) => riskLevel(riskScore(r.moment.risk)) },
  { header: 'risk description', value: (r) => r.moment.risk.description },
  { header: 'risk mitigation', value: (r) => r.moment.risk.mitigation },
  { header: 'emotion', value: (r) => r.moment.emotion },
  ...SERVQUAL_DIMENSIONS.flatMap((dim): Column[] => [
    { header: `${dim} E`, value: (r) => r.moment.servqual[dim].expectation },
    { header: `${dim} P`, value: (r) => r.moment.servqual[dim].perception },
    { header: `${dim} gap`, value: (r) => servqualGap(r.moment.servqual[dim]) },
  ]),
  { header: 'evidence', value: (r) => r.moment.servqual.evidence },
  { header: 'standard (ordinary)', value: (r) => r.moment.standard.ordinary },
  { header: 'standard (quality)', value: (r) => r.moment.standard.quality },
  {
    header: 'measures',
    value: (r) => r.moment.standard.measures.map((m) => `${m.done ? '[x]' : '[ ]'} ${m.text}`).join('; '),
  },
  { header: 'wait seconds', value: (r) => r.moment.waitSeconds },
  { header: 'pain points', value: (r) => r.moment.painPoints.join('; ') },
  { header: 'opportunities', value: (r) => r.moment.opportunities.join('; ') },
  { header: 'notes', value: (r) => r.moment.notes },
];

/** The report's header row, in order. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map((c) => c.header);

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
 * One row per contact moment (steps with a `moment`), in journey order (stage, then left to
 * right, then top to bottom), with the columns of {@link CSV_COLUMNS}.
 */
export function contactMomentsCsv(project: Project): string {
  const stageNames = new Map(project.stages.map((s) => [s.id, s.name]));
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  const ordered = project.steps.filter((s) => s.moment).sort(byStageThenPosition(buildGraph(project)));
  for (const step of ordered) {
    const row: Row = { stage: stageNames.get(step.stageId) ?? '', step, moment: step.moment! };
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
