import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emotionToScore, escapeMermaidText, projectToMermaid } from '../../../shared/formats/mermaidJourneyExport';
import { parseMermaidJourney } from '../../../shared/formats/mermaidJourney';
import { mermaidJourneyToProject } from '../../../shared/formats/mermaidJourneyImport';
import type { Channel, Project } from '../../../shared/model';
import { makeProject, moment, NOW } from '../model/build';

function shop(): Project {
  const project = makeProject({
    stages: ['enter', 'pay', 'empty'],
    steps: [
      {
        id: 'ride',
        title: 'Ride the bike',
        position: { x: 300, y: 0 },
        moment: moment((m) => {
          m.emotion = 1;
          m.actor = 'Customer';
        }),
      },
      { id: 'lock', title: 'Lock the bike', position: { x: 40, y: 0 } },
      {
        id: 'pay',
        stageId: 'pay',
        title: 'Pay',
        position: { x: 0, y: 0 },
        moment: moment((m) => {
          m.emotion = -2;
          m.actor = ' Cashier ,Manager,, ';
        }),
      },
      {
        id: 'card',
        stageId: 'pay',
        title: 'Card #2; PIN 100%',
        position: { x: 0, y: 100 },
        moment: moment((m) => {
          m.channel = 'web';
        }),
      },
    ],
  });
  project.name = 'Supermarket: weekly shop';
  project.description = 'Our shop';
  return project;
}

/** What the importer can give back of a name: line breaks as spaces, trimmed. */
const normalised = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').trim();

describe('projectToMermaid', () => {
  it('writes title, description, one section per stage and one task per step in position order', () => {
    expect(projectToMermaid(shop())).toBe(
      [
        'journey',
        '  title Supermarket: weekly shop',
        '  accDescr: Our shop',
        '  section ENTER',
        '    Lock the bike: 3',
        '    Ride the bike: 4: Customer, in person',
        '  section PAY',
        '    Pay: 1: Cashier, Manager, in person',
        '    Card #35;2#59; PIN 100#37;: 3: web',
        '  section EMPTY',
        '',
      ].join('\n'),
    );
  });

  it('maps emotion -2..+2 to scores 1..5 and no emotion to 3', () => {
    expect([-2, -1, 0, 1, 2, null, undefined].map(emotionToScore)).toEqual([1, 2, 3, 4, 5, 3, 3]);
  });

  it('writes a multi-line description as an accDescr block', () => {
    const project = shop();
    project.description = 'First line\r\n\r\n  Second {line}';
    const text = projectToMermaid(project);
    expect(text).toContain('  accDescr {\n    First line\n    Second #123;line#125;\n  }\n');
    const parsed = parseMermaidJourney(text);
    expect(parsed.ok && parsed.journey.accDescr).toBe('First line\nSecond {line}');
  });

  it('escapes what would break the grammar and keeps it readable back', () => {
    const titles = [
      'Room: 12',
      'Tea # 2',
      'a; b',
      '50%% off',
      '%%{init: {}}%%',
      'Line\nbreak',
      '<script>alert(1)</script>',
      'Journey home',
      'journey',
      'Title page',
      'section break',
      'accDescr { x',
      'accTitle: y',
      '#58; literally',
      'Café 咖啡 ☕',
    ];
    const project = makeProject({
      steps: titles.map((title, i) => ({ id: `s${i}`, title, position: { x: i * 10, y: 0 } })),
    });
    const text = projectToMermaid(project);
    expect(text).toContain('    #74;ourney home: 3\n');
    expect(text).toContain('    #84;itle page: 3\n');
    expect(text).not.toContain('<script>');
    const parsed = parseMermaidJourney(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.journey.tasks.map((t) => t.task)).toEqual(titles.map(normalised));
    expect(parsed.warnings).toEqual([]);
  });

  it('escapes commas and colons inside actor names', () => {
    const project = makeProject({
      steps: [{ id: 'a', title: 'Ask', moment: moment((m) => (m.actor = 'Dr: Who')) }],
    });
    project.steps[0].moment!.channel = 'phone';
    expect(projectToMermaid(project)).toContain('    Ask: 3: Dr#58; Who, phone\n');
  });

  it('names empty stages and steps instead of writing what Mermaid rejects', () => {
    const project = makeProject({ steps: [{ id: 'x', title: '  ' }] });
    project.stages[0].name = '';
    const text = projectToMermaid(project);
    expect(text).toContain('  section Untitled stage\n    Untitled step: 3\n');
    expect(parseMermaidJourney(text).ok).toBe(true);
  });

  it('escapeMermaidText only touches what the place in the grammar needs', () => {
    expect(escapeMermaidText('a: b, c', 'title')).toBe('a: b, c');
    expect(escapeMermaidText('a: b, c', 'name')).toBe('a#58; b, c');
    expect(escapeMermaidText('a: b, c', 'actor')).toBe('a#58; b#44; c');
  });
});

describe('Mermaid round trip', () => {
  const importOptions = { id: 'new', name: 'Fallback', now: NOW };

  function roundTrip(project: Project): Project {
    const parsed = parseMermaidJourney(projectToMermaid(project));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return mermaidJourneyToProject(parsed.journey, importOptions);
  }

  it('gives back stage names, step titles in order, emotions, actors and channels', () => {
    const project = makeProject({
      stages: ['a', 'b'],
      steps: [
        { id: 'p', title: 'Pay: card or cash', position: { x: 200, y: 0 }, moment: moment((m) => (m.emotion = -1)) },
        { id: 'q', title: '排队等候', position: { x: 0, y: 0 }, moment: moment((m) => (m.emotion = -2)) },
        {
          id: 'r',
          stageId: 'b',
          title: 'Ride home 🚲',
          moment: moment((m) => {
            m.emotion = 2;
            m.actor = 'Web team, Courier';
            m.channel = 'app';
          }),
        },
      ],
    });
    project.stages[0].name = '付款: Pay';
    project.stages[1].name = 'Leave';
    project.name = 'Weekly shop: 超市';
    const back = roundTrip(project);
    expect(back.name).toBe('Weekly shop: 超市');
    expect(back.stages.map((s) => s.name)).toEqual(['付款: Pay', 'Leave']);
    expect(back.steps.map((s) => s.title)).toEqual(['排队等候', 'Pay: card or cash', 'Ride home 🚲']);
    expect(back.steps.map((s) => s.moment?.emotion)).toEqual([-2, -1, 2]);
    expect(back.steps[2].moment).toMatchObject({ actor: 'Web team, Courier', channel: 'app' });
    expect(back.steps[0].moment).toMatchObject({ actor: '', channel: 'in person' });
  });

  it('gives back any stage name, step title and actor (property)', () => {
    const tricky = fc.constantFrom(
      ...'aZ :#;%,<>{}\n\r\t&é超🛒\uE000\uE001\u00a0\u2028'.split(''),
      'journey',
      'title ',
      'section ',
      'accDescr {',
      'accTitle:',
      '%%',
      '#58;',
      '---\n',
    );
    const text = fc.oneof(fc.string({ unit: tricky, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
    const channel = fc.constantFrom<Channel>('in person', 'phone', 'web', 'app', 'email', 'chat', 'mail', 'other');
    fc.assert(
      fc.property(
        text,
        text,
        text,
        channel,
        fc.integer({ min: -2, max: 2 }),
        (stageName, title, actor, ch, emotion) => {
          const project = makeProject({
            steps: [
              {
                id: 'x',
                title,
                moment: moment((m) => {
                  m.actor = actor;
                  m.channel = ch;
                  m.emotion = emotion;
                }),
              },
            ],
          });
          project.stages[0].name = stageName;
          const back = roundTrip(project);
          expect(back.stages.map((s) => s.name)).toEqual([normalised(stageName) || 'Untitled stage']);
          expect(back.steps.map((s) => s.title)).toEqual([normalised(title) || 'Untitled step']);
          const names = actor.split(',').map(normalised).filter(Boolean);
          expect(back.steps[0].moment).toMatchObject({ actor: names.join(', '), channel: ch, emotion });
        },
      ),
      { numRuns: 400 },
    );
  });
});
