import { describe, expect, it } from 'vitest';
import { instantiateClipboard, parseClipboard, prepareClipboard } from '../../../shared/commands';
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
