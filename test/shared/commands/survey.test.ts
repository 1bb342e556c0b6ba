import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { sampleSurvey } from '../survey/sample';
import { applyAndCheck, expectRejected, supermarket } from './fixtures';

const moment = (p: ReturnType<typeof supermarket>, id: string) => p.steps.find((s) => s.id === id)!.moment!;

describe('applySurvey', () => {
  it('keeps the survey and writes the means with n into the mapped moments, evidence measured, in one undoable step', () => {
    const before = supermarket();
    const next = applyAndCheck(before, {
      type: 'applySurvey',
      survey: sampleSurvey(['checkout']),
      useImportanceWeights: false,
    }).project;
    expect(next.surveys).toEqual([sampleSurvey(['checkout'])]);
    const m = moment(next, 'checkout');
    expect(m.servqual.tangibles).toEqual({ expectation: 6, perception: 5, respondents: 3 });
    expect(m.servqual.reliability).toEqual({ expectation: 6.5, perception: 5.5, respondents: 2 });
    expect(m.servqual.empathy).toEqual(moment(before, 'checkout').servqual.empathy);
    expect(m.servqual.evidence).toBe('measured');
    expect(moment(next, 'ask').servqual).toEqual(moment(before, 'ask').servqual);
    expect(next.servqualWeights).toEqual(before.servqualWeights);
  });

  it('offers the importance points as weights only when asked', () => {
    const next = applyCommand(supermarket(), {
      type: 'applySurvey',
      survey: sampleSurvey([]),
      useImportanceWeights: true,
    }).project;
    expect(next.servqualWeights).toEqual({
      tangibles: 0.4,
      reliability: 0.6,
      responsiveness: 0,
      assurance: 0,
      empathy: 0,
    });
  });

  it('replaces a survey with the same id', () => {
    const once = applyCommand(supermarket(), {
      type: 'applySurvey',
      survey: sampleSurvey([]),
      useImportanceWeights: false,
    });
    const twice = applyCommand(once.project, {
      type: 'applySurvey',
      survey: sampleSurvey(['ask']),
      useImportanceWeights: false,
    });
    expect(twice.project.surveys).toEqual([sampleSurvey(['ask'])]);
  });

  it('changes nothing for a survey with a bad cell, on another scale, or without importance points to use', () => {
    const bad = sampleSurvey(['checkout']);
    bad.rows[1]![1] = 'four';
    expectRejected(supermarket(), { type: 'applySurvey', survey: bad, useImportanceWeights: false }, 'invalid-value');
    expectRejected(
      supermarket(),
      { type: 'applySurvey', survey: { ...sampleSurvey(['checkout']), scale: 5 }, useImportanceWeights: false },
      'invalid-value',
    );
    const none = sampleSurvey([]);
    none.mapping.importance.tangibles = null;
    none.mapping.importance.reliability = null;
    expectRejected(supermarket(), { type: 'applySurvey', survey: none, useImportanceWeights: true }, 'invalid-value');
  });
});
