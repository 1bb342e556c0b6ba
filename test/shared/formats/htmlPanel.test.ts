/** The HTML map's side panel: every annotation of a step, in words and numbers of the export's language. */
import { describe, expect, it } from 'vitest';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { panelStep, waitText, type PanelSection } from '../../../shared/formats/htmlPanel';
import type { Step } from '../../../shared/model';
import { buildTemplate } from '../../../shared/templates';

const project = buildTemplate('supermarket', { id: 'p1', name: 'Shop', now: '2026-01-01T00:00:00.000Z' });
const en = exportLanguage('en');

function annotated(): Step {
  const step = structuredClone(project.steps.find((s) => s.moment?.momentOfTruth)!);
  const m = step.moment!;
  step.thoughts = ['Will the card work?'];
  m.risk = { likelihood: 4, impact: 5, description: 'The card reader fails', mitigation: 'A spare reader' };
  m.servqual.reliability = { expectation: 7, perception: 4 };
  m.servqual.empathy = { expectation: 5, perception: null };
  m.standard = {
    ordinary: 'Greet',
    quality: 'Greet within 10 s',
    measures: [
      { id: 'm1', text: 'Eye contact', done: true },
      { id: 'm2', text: 'Smile', done: false },
    ],
  };
  m.waitSeconds = 300;
  m.painPoints = ['Long queue'];
  m.opportunities = ['Second till'];
  m.notes = 'Observed on Saturday';
  m.senses.smell = { engaged: true, valence: -1, note: 'Fish counter' };
  return step;
}

const section = (sections: PanelSection[], heading: string) => sections.find((s) => s.heading === heading);

describe('panelStep', () => {
  it('gives every annotation of a contact moment', () => {
    const step = annotated();
    const panel = panelStep(project, step, en);
    expect(panel.title).toBe(step.title);
    expect(panel.place).toMatch(/^Stage: /);
    expect(panel.tags).toEqual(['Contact moment', 'Moment of truth', 'Risk: critical']);
    const s = panel.sections;
    expect(section(s, 'Thoughts')).toEqual({ heading: 'Thoughts', items: ['Will the card work?'] });
    expect(section(s, 'Risk')).toEqual({
      heading: 'Risk',
      fields: [
        ['Likelihood × impact', '4 × 5 = 20 (critical)'],
        ['Description', 'The card reader fails'],
        ['Mitigation', 'A spare reader'],
      ],
    });
    const touch = section(s, 'Contact moment') as { fields: [string, string][] };
    expect(touch.fields).toContainEqual(['Moment of truth', 'Yes']);
    expect(touch.fields).toContainEqual(['Wait time', '5 minutes']);
    expect(section(s, 'Senses')).toMatchObject({
      fields: expect.arrayContaining([['Smell', 'Negative: Fish counter']]),
    });
    const table = section(s, 'SERVQUAL') as { table: { head: string[]; rows: string[][] } };
    expect(table.table.head).toEqual(['Dimension', 'Expectation', 'Perception', 'Gap']);
    expect(table.table.rows).toContainEqual(['Reliability', '7', '4', '-3']);
    expect(table.table.rows).toContainEqual(['Empathy', '5', '–', '–']);
    expect(section(s, 'SERVQUAL gap')).toMatchObject({
      fields: expect.arrayContaining([['Evidence', expect.any(String)]]),
    });
    expect(section(s, 'Measure')).toEqual({
      heading: 'Measure',
      summary: 'Measures done: 1 of 2',
      checks: [
        { text: 'Eye contact', done: true, state: 'done' },
        { text: 'Smile', done: false, state: 'open' },
      ],
    });
    expect(section(s, 'Service standard')).toEqual({
      heading: 'Service standard',
      fields: [
        ['Ordinary standard', 'Greet'],
        ['Quality standard', 'Greet within 10 s'],
      ],
    });
    expect(section(s, 'Pain points')).toEqual({ heading: 'Pain points', items: ['Long queue'] });
    expect(section(s, 'Opportunities')).toEqual({ heading: 'Opportunities', items: ['Second till'] });
    expect(section(s, 'Notes')).toEqual({ heading: 'Notes', text: 'Observed on Saturday' });
  });

  it('says a step that is not a contact moment has no more to show', () => {
    const plain = { ...annotated(), moment: undefined, thoughts: undefined, description: 'Just walking' };
    const panel = panelStep(project, plain, en);
    expect(panel.tags).toEqual([]);
    expect(panel.sections).toEqual([
      { heading: 'Description', text: 'Just walking' },
      { heading: 'Contact moment', text: expect.stringMatching(/not a contact moment/) },
    ]);
  });

  it('writes in the export’s language, with its numbers', () => {
    const panel = panelStep(project, annotated(), exportLanguage('hu'));
    expect(panel.tags).toContain('Az igazság pillanata');
    expect(section(panel.sections, 'Kockázat')).toMatchObject({
      fields: expect.arrayContaining([['Valószínűség × hatás', '4 × 5 = 20 (kritikus)']]),
    });
    expect(waitText(en, 2.5 * 3600)).toBe('2.5 hours');
    expect(waitText(exportLanguage('zh-CN'), 45)).toBe('45秒钟');
  });
});

describe('the panel: metrics and personas (format 4)', () => {
  const withEvidence = (): { step: Step; p: typeof project } => {
    const p = structuredClone(project);
    p.personas = [
      { id: 'p-a', name: 'Anna <admin>', customerType: 'regular', description: '' },
      { id: 'p-b', name: 'Bert', customerType: 'demanding', description: '' },
    ];
    const step = structuredClone(p.steps.find((s) => s.moment)!);
    step.moment!.emotion = 1;
    step.metrics = [
      {
        id: 'k1',
        kind: 'waitTime',
        name: '',
        value: 6,
        unit: 'min',
        target: 3,
        direction: 'lower',
        source: 'Queue system',
        date: null,
        evidence: 'measured',
      },
      {
        id: 'k2',
        kind: 'csat',
        name: 'CSAT (app)',
        value: 4.25,
        unit: '',
        target: 4,
        direction: 'higher',
        source: '',
        date: null,
        evidence: 'assumed',
      },
    ];
    step.personaOverrides = [
      { personaId: 'p-b', emotion: -2, thoughts: ['Why so slow?', 'I will complain'] },
      { personaId: 'gone', emotion: 2 },
    ];
    return { step, p };
  };

  it('lists each metric with value and unit, target with its direction, and marks the one off target in words', () => {
    const { step, p } = withEvidence();
    const section = panelStep(p, step, en).sections.find((s) => s.heading === 'Metrics');
    expect(section).toEqual({
      heading: 'Metrics',
      table: {
        head: ['Metric', 'Value', 'Target', 'Status'],
        rows: [
          ['Waiting time', '6 min', '≤ 3 min', '⚠ off target'],
          ['CSAT (app)', '4.25', '≥ 4', 'on target'],
        ],
        marked: [0],
      },
    });
  });

  it('gives each persona that differs its own emotion and thoughts, and skips a persona no longer in the project', () => {
    const { step, p } = withEvidence();
    const section = panelStep(p, step, en).sections.find((s) => s.heading === 'Personas');
    expect(section).toEqual({
      heading: 'Personas',
      fields: [['Bert', 'Emotion: -2 (Very negative)\nThoughts: Why so slow?\nI will complain']],
    });
    const hu = panelStep(p, step, exportLanguage('hu')).sections.map((s) => s.heading);
    expect(hu).toContain('Perszónák');
  });

  it('has no metrics or personas section on a step without them', () => {
    const plain = structuredClone(project.steps.find((s) => !s.metrics?.length && !s.personaOverrides?.length)!);
    const headings = panelStep(project, plain, en).sections.map((s) => s.heading);
    expect(headings).not.toContain('Metrics');
    expect(headings).not.toContain('Personas');
  });
});
