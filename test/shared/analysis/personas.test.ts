import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../shared/templates';
import {
  effectiveEmotion,
  effectiveThoughts,
  emotionCurves,
  overrideCount,
  personaView,
} from '../../../shared/analysis/personas';
import { emotionalLows, lintProject } from '../../../shared/analysis';
import { stepOf, supermarket } from '../commands/fixtures';

describe('effective emotion and thoughts per persona', () => {
  it('uses the persona own where it has one and the default otherwise', () => {
    const p = supermarket();
    const checkout = stepOf(p, 'checkout');
    expect(effectiveEmotion(checkout, null)).toBe(1);
    expect(effectiveEmotion(checkout, 'bert')).toBe(-1);
    expect(effectiveEmotion(checkout, 'anna')).toBe(1);
    expect(effectiveThoughts(checkout, 'bert')).toEqual(['Why is only one till open?']);
    expect(effectiveThoughts(checkout, 'anna')).toEqual([]);
    // A step that is no contact moment has no emotion, whoever lives it.
    expect(effectiveEmotion(stepOf(p, 'browse'), 'bert')).toBeNull();
  });

  it('personaView shows the journey as the persona lives it and leaves the document alone', () => {
    const p = supermarket();
    const asBert = personaView(p, 'bert');
    expect(stepOf(asBert, 'checkout').moment?.emotion).toBe(-1);
    expect(stepOf(asBert, 'checkout').thoughts).toEqual(['Why is only one till open?']);
    expect(stepOf(p, 'checkout').moment?.emotion).toBe(1);
    // Untouched steps keep their identity; the same persona gives the same view.
    expect(stepOf(asBert, 'ask')).toBe(stepOf(p, 'ask'));
    expect(personaView(p, 'bert')).toBe(asBert);
    // No persona, an unknown one, or one without overrides: the project itself.
    expect(personaView(p, null)).toBe(p);
    expect(personaView(p, 'ghost')).toBe(p);
    expect(personaView(p, 'anna')).toBe(p);
  });

  it('lint and insights follow the chosen persona', () => {
    const p = supermarket();
    const lows = (project: typeof p) => emotionalLows(project).map((l) => [l.stepId, l.emotion]);
    expect(lows(p)).toEqual([['checkout', 1]]);
    expect(lows(personaView(p, 'bert'))).toEqual([['checkout', -1]]);
    expect(lintProject(personaView(p, 'bert'))).toEqual(lintProject(p));
  });

  it('emotionCurves gives the default then one curve per persona', () => {
    const p = supermarket();
    const curves = emotionCurves(p);
    expect(curves.map((c) => c.persona?.id ?? null)).toEqual([null, 'anna', 'bert']);
    const at = (i: number) => Object.fromEntries(curves[i].points.map((pt) => [pt.stepId, pt.emotion]));
    expect(at(0)).toEqual({ basket: null, checkout: 1, ask: null });
    expect(at(1)).toEqual({ basket: null, checkout: 1, ask: null });
    expect(at(2)).toEqual({ basket: null, checkout: -1, ask: null });
    expect(overrideCount(p, 'bert')).toBe(1);
    expect(overrideCount(p, 'anna')).toBe(0);
  });
});

describe('the templates personas', () => {
  it.each(['supermarket', 'phone-call', 'hotel-stay'] as const)('%s has two personas with different curves', (id) => {
    const project = buildTemplate(id, { id: 'p', name: 'x', now: '2026-01-01T00:00:00.000Z' });
    expect(project.personas).toHaveLength(2);
    const [base, a, b] = emotionCurves(project).map((c) => c.points.map((p) => p.emotion));
    expect(a).not.toEqual(base);
    expect(b).not.toEqual(base);
    expect(a).not.toEqual(b);
    for (const persona of project.personas) expect(persona.goals?.length).toBeGreaterThan(0);
  });
});
