import { describe, expect, it } from 'vitest';
import { parseMermaidJourney } from '../../../shared/formats/mermaidJourney';
import type { MermaidJourney } from '../../../shared/formats/mermaidJourney';
import { mermaidJourneyToProject, scoreToEmotion } from '../../../shared/formats/mermaidJourneyImport';
import { parseProject } from '../../../shared/model';
import { loadMermaidCorpus } from './mermaidCorpus';

const options = { id: 'imported', name: 'Fallback name', now: '2026-02-03T04:05:06.000Z' };

function journeyOf(text: string): MermaidJourney {
  const result = parseMermaidJourney(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.journey;
}

describe('mermaidJourneyToProject', () => {
  const shopping = loadMermaidCorpus().find((entry) => entry.name === '10')!;
  const project = mermaidJourneyToProject(journeyOf(shopping.source), options);

  it('makes a valid project named after the title', () => {
    const checked = parseProject(project);
    expect(checked.ok).toBe(true);
    expect(project).toMatchObject({
      id: 'imported',
      name: 'Go shopping',
      description: '',
      createdAt: options.now,
      updatedAt: options.now,
    });
  });

  it('makes one stage per section and one step per task, in order', () => {
    expect(project.stages.map((s) => s.name)).toEqual(['Get to the shops', 'Do shopping', 'Go home']);
    const byStage = project.stages.map((stage) =>
      project.steps.filter((step) => step.stageId === stage.id).map((step) => step.title),
    );
    expect(byStage).toEqual([
      ['Get car keys', 'Get into car', 'Really drive to supermarket'],
      ['Do actual shop', 'Get in the way', 'Pay'],
      ['Lose keys', 'Get cross', 'Find keys', 'Get into car', 'Drive home'],
    ]);
  });

  it('lays steps out left to right in their column: x = index * 224 + 32, y = 48', () => {
    const home = project.steps.filter((step) => step.stageId === project.stages[2].id);
    expect(home.map((s) => s.position)).toEqual([
      { x: 32, y: 48 },
      { x: 256, y: 48 },
      { x: 480, y: 48 },
      { x: 704, y: 48 },
      { x: 928, y: 48 },
    ]);
  });

  it('joins the steps in task order with main flows, across stages', () => {
    expect(project.flows).toHaveLength(project.steps.length - 1);
    project.flows.forEach((flow, i) => {
      expect(flow).toMatchObject({ from: project.steps[i].id, to: project.steps[i + 1].id, kind: 'main', label: '' });
    });
  });

  it('makes each task a contact moment with emotion from the score and the people as actor', () => {
    const getIntoCar = project.steps[1];
    expect(getIntoCar.moment).toMatchObject({ emotion: 2, actor: 'Dad, Mum, Child 1, Child 2', channel: 'in person' });
    expect(project.steps.map((s) => s.moment?.emotion)).toEqual([2, 2, 0, 0, -1, -1, 0, -2, 1, 1, 0]);
  });

  it('maps scores to emotions, clamping and rounding, and keeps a missing score as no emotion', () => {
    expect([1, 2, 3, 4, 5, 0, 7, 2.5, 3.4, -10, null].map(scoreToEmotion)).toEqual([
      -2,
      -1,
      0,
      1,
      2,
      -2,
      2,
      0,
      0,
      -2,
      null,
    ]);
  });

  it('puts tasks before the first section into a "Journey" stage and keeps repeated sections apart', () => {
    const p = mermaidJourneyToProject(journeyOf('journey\n  Wake: 3\nsection A\n  B: 2\nsection A\n  C: 4\n'), options);
    expect(p.stages.map((s) => s.name)).toEqual(['Journey', 'A', 'A']);
    expect(p.steps.map((s) => [s.title, p.stages.findIndex((st) => st.id === s.stageId)])).toEqual([
      ['Wake', 0],
      ['B', 1],
      ['C', 2],
    ]);
    expect(parseProject(p).ok).toBe(true);
  });

  it('reads an actor that names a channel as the channel (the last one wins)', () => {
    const p = mermaidJourneyToProject(journeyOf('journey\n  Call: 2: Agent, Web, PHONE\n  Visit: 4: Web\n'), options);
    expect(p.steps[0].moment).toMatchObject({ channel: 'phone', actor: 'Agent, Web' });
    expect(p.steps[1].moment).toMatchObject({ channel: 'web', actor: '' });
  });

  it('falls back to accTitle, then to the given name, and uses accDescr as description', () => {
    expect(mermaidJourneyToProject(journeyOf('journey\naccTitle: Acc\naccDescr: About\n'), options)).toMatchObject({
      name: 'Acc',
      description: 'About',
    });
    const empty = mermaidJourneyToProject(journeyOf('journey\n'), options);
    expect(empty.name).toBe('Fallback name');
    expect(empty.stages.map((s) => s.name)).toEqual(['Journey']);
    expect(parseProject(empty).ok).toBe(true);
  });

  it('shortens names longer than the project allows, without splitting a surrogate pair', () => {
    const long = `${'x'.repeat(499)}🛒tail`;
    const p = mermaidJourneyToProject(journeyOf(`journey\nsection ${long}\n  ${long}: 3: ${long}\n`), options);
    expect(p.stages[0].name).toBe('x'.repeat(499));
    expect(p.steps[0].title).toBe('x'.repeat(499));
    expect(parseProject(p).ok).toBe(true);
  });
});
