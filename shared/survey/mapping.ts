/**
 * A first guess at a survey file's mapping, for the user to see and correct: which layout,
 * which columns are the expectation (E) and perception (P) of which statement, which
 * SERVQUAL dimension each statement belongs to, and the importance-point columns.
 */
import { SERVQUAL_DIMENSIONS } from '../model/schema';
import type { ServqualDimension, SurveyMapping, SurveyStatement } from '../model/types';
import type { SurveyTable } from './table';

type Side = 'expectation' | 'perception';

const SIDE = {
  expectation: '(?:e|exp|expect|expected|expectations?)',
  perception: '(?:p|perc|perceived|perceptions?)',
};
const ITEM = '(?:q|s|i|item|statement|question)?';
const SEP = '[\\s_.:-]*';

function sidePatterns(side: Side): RegExp[] {
  return [
    new RegExp(`^${SIDE[side]}${SEP}${ITEM}${SEP}(\\d{1,3})$`, 'i'),
    new RegExp(`^${ITEM}${SEP}(\\d{1,3})${SEP}${SIDE[side]}$`, 'i'),
  ];
}
const PATTERNS: Record<Side, RegExp[]> = {
  expectation: sidePatterns('expectation'),
  perception: sidePatterns('perception'),
};

/** A dimension named by a word or its start in a cell or header ("Tangibles", "tang", "Reliable"). */
export function dimensionFromText(text: string): ServqualDimension | null {
  const t = text.trim().toLowerCase();
  if (t.length < 3) return null;
  for (const dim of SERVQUAL_DIMENSIONS) {
    if (t.startsWith(dim.slice(0, 4)) || dim.startsWith(t)) return dim;
  }
  return null;
}

/**
 * The dimension of statement k (1-based) in the 22-statement SERVQUAL questionnaire of
 * Parasuraman, Zeithaml and Berry (1988): 1-4 tangibles, 5-9 reliability, 10-13
 * responsiveness, 14-17 assurance, 18-22 empathy.
 */
export function standardDimension(k: number): ServqualDimension | null {
  if (k >= 1 && k <= 4) return 'tangibles';
  if (k <= 9 && k >= 5) return 'reliability';
  if (k <= 13 && k >= 10) return 'responsiveness';
  if (k <= 17 && k >= 14) return 'assurance';
  if (k <= 22 && k >= 18) return 'empathy';
  return null;
}

const IMPORTANCE =
  /^(?:w|weight|weights|importance|imp|points|pts)[\s_.:-]*([a-z]+)$|^([a-z]+)[\s_.:-]*(?:w|weight|importance|imp|points|pts)$/i;
const LABEL = /^(statement|statements|item|items|question|attribute|dimension|dimensions|label|name)$/i;
const DIMENSION = /^(dimension|dim|servqual dimension)$/i;
const EXPECTATION = /^(e|exp|expectation|expectations|expected|mean e|e mean|expectation mean|mean expectation)$/i;
const PERCEPTION = /^(p|perc|perception|perceptions|perceived|mean p|p mean|perception mean|mean perception)$/i;
const RESPONDENTS = /^(n|count|respondents|responses)$/i;

/** Guess the mapping of a table. Every statement starts unmapped to moments and not reversed. */
export function guessMapping(table: SurveyTable): SurveyMapping {
  const h = table.headers;
  const importance = {} as SurveyMapping['importance'];
  for (const dim of SERVQUAL_DIMENSIONS) importance[dim] = null;

  const eCol = h.find((x) => EXPECTATION.test(x.trim()));
  const pCol = h.find((x) => PERCEPTION.test(x.trim()));
  if (eCol !== undefined && pCol !== undefined) {
    // One row per statement with its means.
    const labelCol = h.find((x) => LABEL.test(x.trim())) ?? h.find((x) => x !== eCol && x !== pCol) ?? eCol;
    const labelIndex = h.indexOf(labelCol);
    const dimIndex = h.findIndex((x) => DIMENSION.test(x.trim()));
    const statements: SurveyStatement[] = table.rows.map((row, i) => {
      const label = (row[labelIndex] ?? '').trim().slice(0, 500) || String(i + 1);
      const fromColumn = dimIndex >= 0 ? dimensionFromText(row[dimIndex] ?? '') : null;
      return {
        id: `s${i + 1}`,
        label,
        dimension:
          fromColumn ?? dimensionFromText(label) ?? (table.rows.length === 22 ? standardDimension(i + 1) : null),
        stepIds: [],
        reversed: false,
        expectation: null,
        perception: null,
        row: i,
      };
    });
    return {
      layout: 'statements',
      statements,
      importance,
      columns: { expectation: eCol, perception: pCol, respondents: h.find((x) => RESPONDENTS.test(x.trim())) ?? null },
    };
  }

  // One row per respondent: E and P columns per statement, numbered.
  const byNumber = new Map<number, { expectation: string | null; perception: string | null }>();
  for (const header of h) {
    const x = header.trim();
    for (const side of ['expectation', 'perception'] as const) {
      for (const re of PATTERNS[side]) {
        const m = re.exec(x);
        if (!m) continue;
        const k = Number(m[1]);
        const entry = byNumber.get(k) ?? { expectation: null, perception: null };
        if (entry[side] === null) entry[side] = header;
        byNumber.set(k, entry);
      }
    }
    const imp = IMPORTANCE.exec(x);
    if (imp) {
      const dim = dimensionFromText(imp[1] ?? imp[2] ?? '');
      if (dim && importance[dim] === null) importance[dim] = header;
    }
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const standard = numbers.length === 22 && numbers[0] === 1 && numbers[21] === 22;
  const statements: SurveyStatement[] = numbers.map((k) => ({
    id: `s${k}`,
    label: String(k),
    dimension: standard ? standardDimension(k) : null,
    stepIds: [],
    reversed: false,
    expectation: byNumber.get(k)!.expectation,
    perception: byNumber.get(k)!.perception,
    row: null,
  }));
  return { layout: 'respondents', statements, importance, columns: null };
}
