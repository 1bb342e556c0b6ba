import { describe, expect, it } from 'vitest';
import { senseCoverage } from '../../../shared/analysis';
import { makeProject, moment } from '../model/build';

describe('senseCoverage', () => {
  it('counts engaged senses and how they land, per sense', () => {
    const project = makeProject({
      steps: [
        {
          id: 'enter',
          moment: moment((m) => {
            m.senses.smell = { engaged: true, valence: 1, note: 'fresh bread smell at the entrance' };
            m.senses.sight = { engaged: true, valence: 0, note: '' };
          }),
        },
        {
          id: 'basket',
          moment: moment((m) => {
            m.senses.touch = { engaged: true, valence: -1, note: 'sticky basket handle' };
            m.senses.sight = { engaged: true, valence: 1, note: 'tidy stack' };
          }),
        },
        {
          id: 'queue',
          moment: moment((m) => {
            m.senses.hearing = { engaged: true, valence: -1, note: 'queue music too loud' };
            m.senses.sight = { engaged: true, valence: -1, note: 'long queue' };
            // Not engaged: its valence must not count anywhere.
            m.senses.taste = { engaged: false, valence: 1, note: '' };
          }),
        },
        { id: 'no-moment' },
      ],
    });
    expect(senseCoverage(project)).toEqual({
      moments: 3,
      senses: {
        sight: { engaged: 3, positive: 1, neutral: 1, negative: 1 },
        hearing: { engaged: 1, positive: 0, neutral: 0, negative: 1 },
        smell: { engaged: 1, positive: 1, neutral: 0, negative: 0 },
        taste: { engaged: 0, positive: 0, neutral: 0, negative: 0 },
        touch: { engaged: 1, positive: 0, neutral: 0, negative: 1 },
      },
    });
  });

  it('reports zero moments for a project with no contact moments', () => {
    const coverage = senseCoverage(makeProject({ steps: [{ id: 'a' }, { id: 'b' }] }));
    expect(coverage.moments).toBe(0);
    expect(coverage.senses.sight).toEqual({ engaged: 0, positive: 0, neutral: 0, negative: 0 });
  });
});
