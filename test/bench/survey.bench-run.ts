/**
 * npm run bench, the survey import: a respondent file of 1,000 respondents x 22 statements x 2
 * (expectation and perception) plus five importance-point columns, as CSV text, read with
 * Papa Parse, mapped by the guess and computed (statements, dimensions, moments, weighted
 * score per respondent): survey_import_ms, limit 500 ms. The engine is the one the import
 * dialog runs (shared/survey), measured here in Node; median of REPS runs after a warm-up.
 * Merges into test/bench/results.json.
 */
import { expect, it } from 'vitest';
import { computeSurvey, guessMapping, parseCsv } from '../../shared/survey';
import { median } from './measure';
import { RESPONDENTS, STATEMENTS, respondentCsv } from './surveyCsv';
import { Recorder, writeResults } from './results';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const LIMIT = 500;

it('survey import: parse and compute 1,000 x 22 x 2', async () => {
  const csv = respondentCsv();
  const weights = { tangibles: 1, reliability: 1, responsiveness: 1, assurance: 1, empathy: 1 };
  const run = () => {
    const t0 = performance.now();
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const mapping = guessMapping(parsed.table);
    for (const s of mapping.statements) s.stepIds = [`step${Number(s.label) % 6}`];
    const result = computeSurvey({ ...parsed.table, scale: 7, mapping }, weights);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.result.statements).toHaveLength(STATEMENTS);
    expect(result.result.respondents).toBe(RESPONDENTS);
    return performance.now() - t0;
  };
  run();
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) times.push(run());
  const rec = new Recorder();
  rec.add('survey_import_ms', RESPONDENTS, median(times), 'ms');
  await writeResults(
    'survey',
    'A seeded respondent CSV (1,000 respondents x 22 statements x E and P, semicolon-separated, five importance-point columns), parsed with Papa Parse, mapped by the guess and computed by shared/survey in Node; median of REPS runs after a warm-up. The "steps" column holds the respondents.',
    rec.results,
  );
  expect(rec.results[0]!.value).toBeLessThanOrEqual(LIMIT);
}, 120_000);
