import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatchesToProject, type MomentChanges } from '../../../shared/commands';
import { defaultMoment } from '../../../shared/model';
import { applyAndCheck, expectRejected, momentOf, stepOf, supermarket } from './fixtures';

describe('setContactMoment', () => {
  it('on gives the step the default moment', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'setContactMoment', stepId: 'browse', on: true });
    expect(stepOf(project, 'browse').moment).toEqual(defaultMoment());
  });

  it('off removes the annotations, and undo brings every one of them back', () => {
    const start = supermarket();
    const off = applyAndCheck(start, { type: 'setContactMoment', stepId: 'ask', on: false });
    expect('moment' in stepOf(off.project, 'ask')).toBe(false);
    const undone = applyPatchesToProject(off.project, off.inversePatches);
    expect(momentOf(undone, 'ask').risk).toEqual({
      likelihood: 3,
      impact: 4,
      description: 'Nobody around',
      mitigation: '',
    });
    expect(momentOf(undone, 'ask').standard.measures.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('is a no-op when the step already is (or is not) a moment', () => {
    const p = supermarket();
    for (const command of [
      { type: 'setContactMoment', stepId: 'ask', on: true },
      { type: 'setContactMoment', stepId: 'browse', on: false },
    ] as const) {
      const result = applyCommand(p, command);
      expect(result.project).toBe(p);
      expect(result.patches).toEqual([]);
      expect(result.rejected).toBeUndefined();
    }
    expectRejected(p, { type: 'setContactMoment', stepId: 'ghost', on: true }, 'not-found');
  });
});

describe('updateMoment', () => {
  it('merges deeply, leaving sibling fields alone', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateMoment',
      stepId: 'ask',
      changes: {
        senses: { sight: { valence: 1 } },
        risk: { likelihood: 5 },
        servqual: { reliability: { expectation: 7 }, evidence: 'observed' },
        standard: { quality: 'Greet within 5 seconds' },
        emotion: -2,
      },
    });
    const m = momentOf(project, 'ask');
    expect(m.senses.sight).toEqual({ engaged: false, valence: 1, note: '' });
    expect(m.risk).toEqual({ likelihood: 5, impact: 4, description: 'Nobody around', mitigation: '' });
    expect(m.servqual.reliability).toEqual({ expectation: 7, perception: null });
    expect(m.servqual.responsiveness).toEqual({ expectation: 6, perception: 3 });
    expect(m.servqual.evidence).toBe('observed');
    expect(m.standard).toMatchObject({ ordinary: 'Help customers', quality: 'Greet within 5 seconds' });
    expect(m.standard.measures).toHaveLength(3);
    expect(m.emotion).toBe(-2);
  });

  it('replaces arrays whole and sets nullable values back to null', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateMoment',
      stepId: 'ask',
      changes: { painPoints: ['Queue', 'Noise'], opportunities: [], risk: { likelihood: null } },
    });
    const m = momentOf(project, 'ask');
    expect(m.painPoints).toEqual(['Queue', 'Noise']);
    expect(m.risk.likelihood).toBeNull();
    expect(m.risk.impact).toBe(4);
  });

  it('writes only the changed leaves into the patches', () => {
    const result = applyAndCheck(supermarket(), {
      type: 'updateMoment',
      stepId: 'ask',
      changes: { risk: { mitigation: 'Call button in every aisle' } },
    });
    expect(result.patches).toEqual([
      { op: 'replace', path: ['steps', 3, 'moment', 'risk', 'mitigation'], value: 'Call button in every aisle' },
    ]);
  });

  it('refuses out-of-range values as a whole, changing nothing', () => {
    const p = supermarket();
    const bad: MomentChanges[] = [
      { risk: { likelihood: 6 } },
      { risk: { impact: 0 } },
      { risk: { likelihood: 2.5 } },
      { servqual: { tangibles: { perception: 8 } } },
      { senses: { smell: { valence: 2 as 1 } } },
      { emotion: 3 },
      { waitSeconds: -1 },
      { notes: 'x'.repeat(10_001) },
      { channel: 'pigeon' as 'web' },
      // A valid part does not rescue an invalid one.
      { notes: 'fine', risk: { likelihood: 9 } },
      { risk: 3 as unknown as MomentChanges['risk'] },
    ];
    for (const changes of bad) expectRejected(p, { type: 'updateMoment', stepId: 'ask', changes }, 'invalid-value');
  });

  it('ignores keys that are not part of a moment', () => {
    const changes = JSON.parse('{"notes":"ok","__proto__":{"polluted":true},"extra":1}') as MomentChanges;
    const { project } = applyAndCheck(supermarket(), { type: 'updateMoment', stepId: 'ask', changes });
    const m = momentOf(project, 'ask') as unknown as Record<string, unknown>;
    expect(m.notes).toBe('ok');
    expect(Object.hasOwn(m, 'extra')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('needs a contact moment', () => {
    expectRejected(supermarket(), { type: 'updateMoment', stepId: 'browse', changes: { notes: 'x' } }, 'no-moment');
    expectRejected(supermarket(), { type: 'updateMoment', stepId: 'ghost', changes: { notes: 'x' } }, 'not-found');
  });
});

describe('measures', () => {
  const measureIds = (p: ReturnType<typeof supermarket>) => momentOf(p, 'ask').standard.measures.map((m) => m.id);

  it('addMeasure appends or inserts at an index', () => {
    const measure = { id: 'm4', text: 'Exit survey', done: false };
    let p = applyAndCheck(supermarket(), { type: 'addMeasure', stepId: 'ask', measure }).project;
    expect(measureIds(p)).toEqual(['m1', 'm2', 'm3', 'm4']);
    p = applyAndCheck(p, { type: 'addMeasure', stepId: 'ask', measure: { ...measure, id: 'm0' }, index: 0 }).project;
    expect(measureIds(p)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(momentOf(p, 'ask').standard.measures[0]).toEqual({ id: 'm0', text: 'Exit survey', done: false });
  });

  it('addMeasure refuses taken ids, bad indexes and steps without a moment', () => {
    const p = supermarket();
    const measure = { id: 'm1', text: 'Again', done: false };
    expectRejected(p, { type: 'addMeasure', stepId: 'ask', measure }, 'duplicate-id');
    expectRejected(
      p,
      { type: 'addMeasure', stepId: 'ask', measure: { ...measure, id: 'm9' }, index: 4 },
      'invalid-value',
    );
    expectRejected(p, { type: 'addMeasure', stepId: 'browse', measure: { ...measure, id: 'm9' } }, 'no-moment');
  });

  it('updateMeasure changes text and done', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'updateMeasure',
      stepId: 'ask',
      measureId: 'm1',
      changes: { done: true, text: 'Monthly mystery shopper' },
    });
    expect(momentOf(project, 'ask').standard.measures[0]).toEqual({
      id: 'm1',
      text: 'Monthly mystery shopper',
      done: true,
    });
    expectRejected(supermarket(), { type: 'updateMeasure', stepId: 'ask', measureId: 'zz', changes: {} }, 'not-found');
  });

  it('removeMeasure removes one measure', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removeMeasure', stepId: 'ask', measureId: 'm2' });
    expect(measureIds(project)).toEqual(['m1', 'm3']);
  });

  it('moveMeasure reorders, and refuses indexes outside the list', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'moveMeasure', stepId: 'ask', from: 0, to: 2 });
    expect(measureIds(project)).toEqual(['m2', 'm3', 'm1']);
    const back = applyAndCheck(project, { type: 'moveMeasure', stepId: 'ask', from: 2, to: 0 }).project;
    expect(measureIds(back)).toEqual(['m1', 'm2', 'm3']);
    expectRejected(supermarket(), { type: 'moveMeasure', stepId: 'ask', from: 0, to: 3 }, 'invalid-value');
    expectRejected(supermarket(), { type: 'moveMeasure', stepId: 'ask', from: -1, to: 0 }, 'invalid-value');
  });
});
