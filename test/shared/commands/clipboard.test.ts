import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  instantiateClipboard,
  parseClipboard,
  prepareClipboard,
  scoresConvertedByPaste,
} from '../../../shared/commands';
import { SERVQUAL_DIMENSIONS } from '../../../shared/model/schema';
import { convertScore, servqualScores } from '../../../shared/model/servqualScale';
import type { Project } from '../../../shared/model/types';
import { applyAndCheck, expectRejected, stepOf, supermarket } from './fixtures';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

describe('prepareClipboard', () => {
  it('takes the selected steps in document order and only the flows between them', () => {
    const clip = prepareClipboard(supermarket(), ['ask', 'browse', 'ghost']);
    expect(clip.steps.map((s) => s.id)).toEqual(['browse', 'ask']);
    expect(clip.flows.map((f) => f.id)).toEqual(['f3', 'f4']);
  });
});

describe('instantiateClipboard', () => {
  it('gives fresh ids, remaps flows, shifts positions and can retarget the stage', () => {
    const clip = prepareClipboard(supermarket(), ['browse', 'ask', 'queue']);
    const out = instantiateClipboard(clip, counter('n'), { x: 24, y: 10 }, 'leave');
    expect(out.steps.map((s) => s.id)).toEqual(['n1', 'n2', 'n3']);
    expect(out.steps.map((s) => s.stageId)).toEqual(['leave', 'leave', 'leave']);
    expect(out.steps[1].position).toEqual({ x: 64, y: 50 });
    expect(out.steps[1].moment).toEqual(stepOf(supermarket(), 'ask').moment);
    // f3 browse->ask, f4 ask->browse, f5 browse->queue, all renamed after the three steps.
    expect(out.flows.map((f) => [f.id, f.from, f.to])).toEqual([
      ['n4', 'n1', 'n2'],
      ['n5', 'n2', 'n1'],
      ['n6', 'n1', 'n3'],
    ]);
  });

  it('drops flows whose ends were not copied', () => {
    const clip = { steps: [stepOf(supermarket(), 'browse')], flows: supermarket().flows };
    expect(instantiateClipboard(clip, counter('n'), { x: 0, y: 0 }).flows).toEqual([]);
  });
});

describe('parseClipboard', () => {
  it('accepts a clipboard that went through JSON and rejects anything else', () => {
    const clip = prepareClipboard(supermarket(), ['browse', 'ask']);
    expect(parseClipboard(JSON.parse(JSON.stringify(clip)))).toEqual(clip);
    expect(parseClipboard({ steps: [{ id: 'x' }], flows: [] })).toBeNull();
    expect(parseClipboard('hello')).toBeNull();
  });
});

describe('paste', () => {
  it('adds the pasted steps with the flows between them', () => {
    const clip = prepareClipboard(supermarket(), ['browse', 'ask']);
    const { steps, flows } = instantiateClipboard(clip, counter('c'), { x: 30, y: 30 });
    const { project } = applyAndCheck(supermarket(), { type: 'paste', steps, flows });
    expect(project.steps.slice(-2).map((s) => s.id)).toEqual(['c1', 'c2']);
    expect(project.flows.slice(-2)).toEqual([
      { id: 'c3', from: 'c1', to: 'c2', label: 'cannot find', kind: 'alternative' },
      { id: 'c4', from: 'c2', to: 'c1', label: 'choose again', kind: 'alternative' },
    ]);
  });

  it('keeps only flows between pasted steps, dropping the others', () => {
    const steps = instantiateClipboard(prepareClipboard(supermarket(), ['queue', 'checkout']), counter('c'), {
      x: 0,
      y: 0,
    }).steps;
    const flows = [
      { id: 'k1', from: 'c1', to: 'c2', label: '', kind: 'main' as const },
      { id: 'k2', from: 'c2', to: 'exit', label: '', kind: 'main' as const },
      { id: 'k3', from: 'c1', to: 'c2', label: 'twice', kind: 'main' as const },
    ];
    const { project } = applyAndCheck(supermarket(), { type: 'paste', steps, flows });
    expect(project.flows.map((f) => f.id)).toEqual([...supermarket().flows.map((f) => f.id), 'k1']);
  });

  it('puts steps from another project into the first stage and clears unknown lanes', () => {
    const step = { ...stepOf(supermarket(), 'browse'), id: 'x1', stageId: 'elsewhere', laneId: 'kitchen' };
    const { project } = applyAndCheck(supermarket(), { type: 'paste', steps: [step], flows: [] });
    const pasted = stepOf(project, 'x1');
    expect(pasted.stageId).toBe('arrive');
    expect('laneId' in pasted).toBe(false);
  });

  it('refuses ids already in the document, and an empty paste', () => {
    const p = supermarket();
    const clip = prepareClipboard(p, ['browse', 'ask']);
    expectRejected(p, { type: 'paste', ...clip }, 'duplicate-id');
    const fresh = instantiateClipboard(clip, counter('c'), { x: 0, y: 0 });
    expectRejected(p, { type: 'paste', steps: fresh.steps, flows: [{ ...fresh.flows[0], id: 'f1' }] }, 'duplicate-id');
    expectRejected(p, { type: 'paste', steps: [], flows: [] }, 'invalid-value');
  });
});

describe('paste across SERVQUAL scales', () => {
  const onFive = (): Project => applyCommand(supermarket(), { type: 'setServqualScale', scale: 5 }).project;
  /** Copy `stepId` out of `from` and paste it (fresh ids) into `into`; the pasted step. */
  function copyPaste(from: Project, stepId: string, into: Project) {
    const clip = prepareClipboard(from, [stepId]);
    const fresh = instantiateClipboard(clip, counter('c'), { x: 24, y: 24 });
    const { project } = applyAndCheck(into, { type: 'paste', ...fresh });
    return { clip, fresh, project, step: stepOf(project, fresh.steps[0].id) };
  }
  const scoresOf = (p: Project, stepId: string) =>
    servqualScores({ steps: [stepOf(p, stepId)] }).map(({ dimension, field, value }) => ({ dimension, field, value }));

  it('the clipboard carries the scale it was copied on, through instantiation and JSON', () => {
    const clip = prepareClipboard(onFive(), ['ask']);
    expect(clip.servqualScale).toBe(5);
    const fresh = instantiateClipboard(clip, counter('n'), { x: 0, y: 0 });
    expect(fresh.servqualScale).toBe(5);
    expect(parseClipboard(JSON.parse(JSON.stringify(fresh)))?.servqualScale).toBe(5);
  });

  it('converts scores copied on 1-7 into a 1-5 project linearly, as setServqualScale does', () => {
    const seven = supermarket();
    const five = onFive();
    const before = scoresOf(seven, 'ask');
    expect(before.some((s) => s.value > 5)).toBe(true);
    const { step, fresh } = copyPaste(seven, 'ask', five);
    // The same figures as the step converted with the project (setServqualScale) has.
    expect(step.moment!.servqual).toEqual(stepOf(five, 'ask').moment!.servqual);
    const after = servqualScores({ steps: [step] });
    expect(after.map((s) => s.value)).toEqual(before.map((s) => convertScore(s.value, 7, 5)));
    expect(after.every((s) => s.value >= 1 && s.value <= 5)).toBe(true);
    expect(scoresConvertedByPaste(fresh.steps, fresh.servqualScale, 5)).toBe(before.length);
    // Respondents, evidence and everything else of the step travel unchanged.
    for (const dim of SERVQUAL_DIMENSIONS) {
      expect(step.moment!.servqual[dim].respondents).toEqual(stepOf(seven, 'ask').moment!.servqual[dim].respondents);
    }
    expect(step.moment!.servqual.evidence).toBe(stepOf(seven, 'ask').moment!.servqual.evidence);
    expect(step.title).toBe(stepOf(seven, 'ask').title);
  });

  it('converts scores copied on 1-5 into a 1-7 project', () => {
    const five = onFive();
    const before = scoresOf(five, 'ask');
    const { step, fresh } = copyPaste(five, 'ask', supermarket());
    expect(servqualScores({ steps: [step] }).map((s) => s.value)).toEqual(
      before.map((s) => convertScore(s.value, 5, 7)),
    );
    expect(scoresConvertedByPaste(fresh.steps, fresh.servqualScale, 7)).toBe(before.length);
  });

  it('a round trip 1-7 -> 1-5 -> 1-7 gives the scores back', () => {
    const seven = supermarket();
    const there = copyPaste(seven, 'ask', onFive());
    const back = copyPaste(there.project, there.step.id, supermarket());
    const original = scoresOf(seven, 'ask');
    const returned = servqualScores({ steps: [back.step] });
    expect(returned.map((s) => [s.dimension, s.field])).toEqual(original.map((s) => [s.dimension, s.field]));
    returned.forEach((s, i) => expect(s.value).toBeCloseTo(original[i]!.value, 12));
  });

  it('leaves scores on the same scale as they are, and counts nothing to tell', () => {
    const seven = supermarket();
    const { step, fresh } = copyPaste(seven, 'ask', supermarket());
    expect(step.moment!.servqual).toEqual(stepOf(seven, 'ask').moment!.servqual);
    expect(scoresConvertedByPaste(fresh.steps, fresh.servqualScale, 7)).toBe(0);
    expect(scoresConvertedByPaste(fresh.steps, undefined, 5)).toBe(0);
  });

  it('still refuses scores off the project scale when the clipboard does not say its scale', () => {
    const fresh = instantiateClipboard(prepareClipboard(supermarket(), ['ask']), counter('c'), { x: 0, y: 0 });
    expectRejected(onFive(), { type: 'paste', steps: fresh.steps, flows: fresh.flows }, 'invalid-value');
    // The same steps, their scale said, are converted and pasted.
    const { project } = applyAndCheck(onFive(), {
      type: 'paste',
      steps: fresh.steps,
      flows: fresh.flows,
      servqualScale: 7,
    });
    expect(stepOf(project, fresh.steps[0].id).moment!.servqual).toEqual(stepOf(onFive(), 'ask').moment!.servqual);
  });
});
