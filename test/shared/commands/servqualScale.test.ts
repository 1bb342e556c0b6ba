import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, describeCommand } from '../../../shared/commands';
import { projectServqual, servqualGaps } from '../../../shared/analysis/servqual';
import { servqualScores } from '../../../shared/model';
import { applyAndCheck, expectRejected, momentOf, supermarket } from './fixtures';

describe('setServqualScale', () => {
  it('moves every score linearly from 1-7 to 1-5 in one undo step, keeping full precision', () => {
    const project = supermarket();
    const before = servqualScores(project);
    expect(before.map((s) => s.value)).toEqual([6, 3]);
    const { project: next, inversePatches } = applyAndCheck(project, { type: 'setServqualScale', scale: 5 });
    expect(next.servqualScale).toBe(5);
    // 6 -> 1 + 5 x 4/6 = 4.333..., 3 -> 1 + 2 x 4/6 = 2.333...
    expect(momentOf(next, 'ask').servqual.responsiveness).toEqual({ expectation: 1 + 20 / 6, perception: 1 + 8 / 6 });
    // One undo entry: one set of inverse patches brings every score and the scale back.
    expect(applyPatchesToProject(next, inversePatches)).toStrictEqual(project);
    expect(describeCommand({ type: 'setServqualScale', scale: 5 }).key).toBe('evidence.commands.setServqualScale');
  });

  it('scales the gaps with the scale: a gap of -3 on 1-7 is -2 on 1-5', () => {
    const project = supermarket();
    const next = applyCommand(project, { type: 'setServqualScale', scale: 5 }).project;
    expect(servqualGaps(momentOf(next, 'ask').servqual, next.servqualWeights).perDimension.responsiveness).toBeCloseTo(
      -2,
      12,
    );
  });

  it('goes back to 1-7 onto the very same scores (ends map to ends)', () => {
    const project = supermarket();
    const five = applyCommand(project, { type: 'setServqualScale', scale: 5 }).project;
    const seven = applyCommand(five, { type: 'setServqualScale', scale: 7 }).project;
    const values = servqualScores(seven).map((s) => s.value);
    expect(values[0]).toBeCloseTo(6, 12);
    expect(values[1]).toBeCloseTo(3, 12);
  });

  it('changes nothing for the scale already set, and refuses any other scale', () => {
    const project = supermarket();
    const same = applyCommand(project, { type: 'setServqualScale', scale: 7 });
    expect(same.patches).toEqual([]);
    expect(same.rejected).toBeUndefined();
    expectRejected(project, { type: 'setServqualScale', scale: 10 as 7 }, 'invalid-value');
  });
});

describe('decimal SERVQUAL means through updateMoment', () => {
  it('takes 4.21 and 3.87 with n = 150 on a 1-5 project; the gap is -0.34 to two decimals', () => {
    const project = { ...supermarket(), servqualScale: 5 as const };
    project.steps = project.steps.map((s) =>
      s.moment
        ? {
            ...s,
            moment: {
              ...s.moment,
              servqual: { ...s.moment.servqual, responsiveness: { expectation: null, perception: null } },
            },
          }
        : s,
    );
    const { project: next } = applyAndCheck(project, {
      type: 'updateMoment',
      stepId: 'ask',
      changes: {
        servqual: { assurance: { expectation: 4.21, perception: 3.87, respondents: 150 }, evidence: 'measured' },
      },
    });
    const servqual = momentOf(next, 'ask').servqual;
    expect(servqual.assurance).toEqual({ expectation: 4.21, perception: 3.87, respondents: 150 });
    expect(servqual.evidence).toBe('measured');
    const gap = servqualGaps(servqual, next.servqualWeights).perDimension.assurance!;
    expect(gap.toFixed(2)).toBe('-0.34');
  });

  it('sets respondents on an entry written before format 4 (no respondents key)', () => {
    const project = supermarket();
    expect('respondents' in momentOf(project, 'ask').servqual.responsiveness).toBe(false);
    const { project: next } = applyAndCheck(project, {
      type: 'updateMoment',
      stepId: 'ask',
      changes: { servqual: { responsiveness: { respondents: 42 } } },
    });
    expect(momentOf(next, 'ask').servqual.responsiveness).toEqual({ expectation: 6, perception: 3, respondents: 42 });
    // Other entries gain no key.
    expect('respondents' in momentOf(next, 'ask').servqual.tangibles).toBe(false);
  });

  it("refuses a score outside the project's scale, and a respondents count below 1 or not whole", () => {
    const five = { ...supermarket(), servqualScale: 5 as const };
    five.steps = five.steps.map((s) =>
      s.moment
        ? {
            ...s,
            moment: {
              ...s.moment,
              servqual: { ...s.moment.servqual, responsiveness: { expectation: 4, perception: 2 } },
            },
          }
        : s,
    );
    const set = (expectation: number) =>
      ({ type: 'updateMoment', stepId: 'ask', changes: { servqual: { tangibles: { expectation } } } }) as const;
    expectRejected(five, set(5.01), 'invalid-value');
    expectRejected(five, set(0.99), 'invalid-value');
    applyAndCheck(five, set(5));
    applyAndCheck(supermarket(), set(6.5));
    const respondents = (n: number) =>
      ({ type: 'updateMoment', stepId: 'ask', changes: { servqual: { tangibles: { respondents: n } } } }) as const;
    expectRejected(five, respondents(0), 'invalid-value');
    expectRejected(five, respondents(1.5), 'invalid-value');
  });

  it('refuses a new or pasted step whose scores do not fit the scale', () => {
    const five = applyCommand(supermarket(), { type: 'setServqualScale', scale: 5 }).project;
    const ask = structuredClone(supermarket().steps.find((s) => s.id === 'ask')!);
    expectRejected(five, { type: 'addStep', step: { ...ask, id: 'new' } }, 'invalid-value');
    expectRejected(five, { type: 'paste', steps: [{ ...ask, id: 'new' }], flows: [] }, 'invalid-value');
  });
});

describe('analysis on a 1-5 scale', () => {
  it('keeps the definitions: gap = P - E, weighted = sum(w x gap) / sum(w) over dimensions with a gap', () => {
    const project = { ...supermarket(), servqualScale: 5 as const };
    project.servqualWeights = { tangibles: 0.1, reliability: 0.4, responsiveness: 0.2, assurance: 0.2, empathy: 0.1 };
    project.steps = project.steps.map((s) =>
      s.id === 'ask' && s.moment
        ? {
            ...s,
            moment: {
              ...s.moment,
              servqual: {
                ...s.moment.servqual,
                reliability: { expectation: 4.5, perception: 3.9, respondents: 150 },
                responsiveness: { expectation: 4.21, perception: 3.87, respondents: 150 },
                tangibles: { expectation: 3.2, perception: null },
              },
            },
          }
        : s,
    );
    const sq = projectServqual(project);
    expect(sq.perDimension.reliability).toBeCloseTo(-0.6, 12);
    expect(sq.perDimension.responsiveness).toBeCloseTo(-0.34, 12);
    expect(sq.perDimension.tangibles).toBeNull();
    expect(sq.mean).toBeCloseTo(-0.47, 12);
    expect(sq.weighted).toBeCloseTo((0.4 * -0.6 + 0.2 * -0.34) / 0.6, 12);
    expect(sq.weighted!.toFixed(2)).toBe('-0.51');
  });
});
