import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters, computeSurvey, guessMapping, parseCsv, parseNumber } from '../../../shared/survey';
import type { ServqualWeights } from '../../../shared/model/types';

const EVEN: ServqualWeights = { tangibles: 1, reliability: 1, responsiveness: 1, assurance: 1, empathy: 1 };

describe('parseCsv', () => {
  it('reads a comma file with quoted fields and a byte-order mark', () => {
    const r = parseCsv('\uFEFFid,"E 1",P1\n1,"7",5\n2,6,"4"\n');
    expect(r).toEqual({
      ok: true,
      table: {
        headers: ['id', 'E 1', 'P1'],
        rows: [
          ['1', '7', '5'],
          ['2', '6', '4'],
        ],
        decimalComma: false,
      },
    });
  });

  it('sniffs a semicolon and reads the decimal comma', () => {
    const r = parseCsv('Statement;E;P;n\r\nTangibles;4,44;4,19;386\r\nReliability;4,49;4,36;386\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.headers).toEqual(['Statement', 'E', 'P', 'n']);
    expect(r.table.decimalComma).toBe(true);
    expect(parseNumber(r.table.rows[0]![1]!, r.table.decimalComma)).toBe(4.44);
  });

  it('reads tab-separated files and a quoted field with the delimiter and a newline inside', () => {
    const r = parseCsv('label\tE1\tP1\n"Clean, bright\nlobby"\t5\t4\n');
    expect(r.ok && r.table.rows[0]).toEqual(['Clean, bright\nlobby', '5', '4']);
  });

  it('drops blank lines and pads short rows', () => {
    const r = parseCsv('E1,P1,E2,P2\n\n7,5\n,,,\n6,4,3,3\n');
    expect(r.ok && r.table.rows).toEqual([
      ['7', '5', '', ''],
      ['6', '4', '3', '3'],
    ]);
  });

  it('names the header row and column of an empty or repeated header', () => {
    expect(parseCsv('E1,,P1\n1,2,3\n')).toEqual({ ok: false, problems: [{ kind: 'headerEmpty', row: 1, column: 2 }] });
    expect(parseCsv('E1,P1,E1\n1,2,3\n')).toEqual({
      ok: false,
      problems: [{ kind: 'headerDuplicate', row: 1, column: 3, header: 'E1' }],
    });
    // A cell right of the last header has no header either.
    expect(parseCsv('E1,P1\n1,2,3\n')).toEqual({ ok: false, problems: [{ kind: 'headerEmpty', row: 1, column: 3 }] });
  });

  it('says when a file is empty, has no data rows, or leaves a quote open', () => {
    expect(parseCsv('')).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
    expect(parseCsv('\uFEFF \n\n')).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
    expect(parseCsv('E1,P1\n')).toEqual({ ok: false, problems: [{ kind: 'noRows' }] });
    const open = parseCsv('E1,P1\n1,"2\n3,4\n');
    expect(open.ok).toBe(false);
    expect(!open.ok && open.problems[0]!.kind).toBe('quotes');
  });

  it('refuses more columns than a project keeps', () => {
    const header = Array.from({ length: 501 }, (_, i) => `c${i}`).join(',');
    const r = parseCsv(`${header}\n1\n`);
    expect(r).toEqual({ ok: false, problems: [{ kind: 'tooLarge', rows: 1, columns: 501 }] });
  });
});

describe('parseNumber', () => {
  it('reads plain and decimal numbers, a decimal comma only when the file uses one', () => {
    expect(parseNumber(' 4.21 ', false)).toBe(4.21);
    expect(parseNumber('4,21', false)).toBeNull();
    expect(parseNumber('4,21', true)).toBe(4.21);
    expect(parseNumber('seven', false)).toBeNull();
    expect(parseNumber('', false)).toBeNull();
    expect(parseNumber('Infinity', false)).toBeNull();
    expect(parseNumber('0x10', false)).toBeNull();
  });
});

describe('columnLetters', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('malformed input (fast-check)', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '7',
      '4,5',
      '4.5',
      '0',
      '99',
      '-1',
      'x',
      '"',
      '""',
      ';',
      ',',
      '\t',
      '\n',
      '\r\n',
      '\uFEFF',
    ),
    fc.string({ maxLength: 6 }),
  );
  const csv = fc
    .tuple(
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([rows, sep, eol]) => rows.map((r) => r.join(sep)).join(eol));

  it('never throws: a file is a table with a guess that computes or says what is wrong, or a clear problem', () => {
    fc.assert(
      fc.property(fc.oneof(csv, fc.string({ maxLength: 200 })), (text) => {
        const parsed = parseCsv(text);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          return;
        }
        for (const row of parsed.table.rows) expect(row.length).toBe(parsed.table.headers.length);
        const mapping = guessMapping(parsed.table);
        const computed = computeSurvey({ ...parsed.table, scale: 7, mapping }, EVEN);
        if (computed.ok) {
          for (const d of Object.values(computed.result.dimensions)) {
            if (d.expectation !== null) expect(d.expectation).toBeGreaterThanOrEqual(1);
            if (d.expectation !== null) expect(d.expectation).toBeLessThanOrEqual(7);
          }
        } else {
          expect(computed.problems.length).toBeGreaterThan(0);
          for (const p of computed.problems) {
            if ('row' in p) expect(p.row).toBeGreaterThanOrEqual(1);
            if ('column' in p) expect(p.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
