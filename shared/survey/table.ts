/**
 * A survey file as a table: a header row and data rows of text cells. CSV is read with
 * Papa Parse (delimiter sniffed among , ; tab and |, quoted fields, a byte-order mark
 * dropped); an .xlsx sheet arrives as cell values from the worker and is turned into the
 * same table. Nothing here throws: a file that is not a table comes back as problems.
 */
import Papa from 'papaparse';
import { MAX_LABEL, MAX_SURVEY_COLUMNS, MAX_SURVEY_ROWS } from '../model/schema';
import type { SurveyProblem } from './problems';

export interface SurveyTable {
  headers: string[];
  /** Data rows, each exactly as long as `headers`. */
  rows: string[][];
  /** Numbers are written with a decimal comma (4,21), as in a semicolon-separated file. */
  decimalComma: boolean;
}

export type TableResult = { ok: true; table: SurveyTable } | { ok: false; problems: SurveyProblem[] };

const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/;

/**
 * A number as a survey cell writes it: "4", "4.21", with a decimal comma "4,21" when the
 * file uses one; surrounding spaces allowed. Null for anything else (text, "", "1e3" is fine).
 */
export function parseNumber(cell: string, decimalComma: boolean): number | null {
  let s = cell.trim();
  if (s === '') return null;
  if (decimalComma && DECIMAL_COMMA.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Build the table from rows of cells (the first is the headers), checking its shape. */
export function tableFromRows(cells: unknown[][], decimalComma: boolean): TableResult {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    if (typeof v === 'boolean') return v ? '1' : '0';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
    return String(v);
  };
  const all = cells.map((row) => (Array.isArray(row) ? row.map(text) : []));
  // Blank rows (every cell empty) carry nothing: drop them, but remember file row numbers.
  const lines: { row: string[]; line: number }[] = [];
  all.forEach((row, i) => {
    if (row.some((c) => c.trim() !== '')) lines.push({ row, line: i + 1 });
  });
  if (lines.length === 0) return { ok: false, problems: [{ kind: 'empty' }] };
  const header = lines[0]!;
  const width = Math.max(...lines.map((l) => lastFilled(l.row)));
  if (width > MAX_SURVEY_COLUMNS || lines.length - 1 > MAX_SURVEY_ROWS) {
    return { ok: false, problems: [{ kind: 'tooLarge', rows: lines.length - 1, columns: width }] };
  }
  const problems: SurveyProblem[] = [];
  const headers: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const h = (header.row[c] ?? '').trim();
    if (h === '') problems.push({ kind: 'headerEmpty', row: header.line, column: c + 1 });
    else if (seen.has(h)) problems.push({ kind: 'headerDuplicate', row: header.line, column: c + 1, header: h });
    else seen.set(h, c);
    if (h.length > MAX_LABEL) problems.push({ kind: 'cellTooLong', row: header.line, column: c + 1, header: h });
    headers.push(h);
  }
  const rows: string[][] = [];
  for (const { row, line } of lines.slice(1)) {
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? '';
      if (cell.length > MAX_LABEL && problems.length < 50) {
        problems.push({ kind: 'cellTooLong', row: line, column: c + 1, header: headers[c] ?? '' });
      }
      out.push(cell);
    }
    rows.push(out);
  }
  if (rows.length === 0) problems.push({ kind: 'noRows' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, table: { headers, rows, decimalComma } };
}

function lastFilled(row: string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i]!.trim() !== '') return i + 1;
  return 0;
}

/**
 * Read CSV text into a table. The delimiter is sniffed (, ; tab |); with a semicolon or tab,
 * numbers written with a decimal comma are read as decimals.
 */
export function parseCsv(input: string): TableResult {
  if (typeof input !== 'string') return { ok: false, problems: [{ kind: 'empty' }] };
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problems: [{ kind: 'empty' }] };
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    return { ok: false, problems: [{ kind: 'quotes', row: typeof quote.row === 'number' ? quote.row + 1 : 1 }] };
  }
  const delimiter = parsed.meta.delimiter;
  let decimalComma = false;
  if (delimiter !== ',') {
    outer: for (const row of parsed.data) {
      for (const cell of row) {
        if (DECIMAL_COMMA.test(cell)) {
          decimalComma = true;
          break outer;
        }
      }
    }
  }
  return tableFromRows(parsed.data, decimalComma);
}

/** A column's letters as a spreadsheet shows them: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
