import { describe, expect, it } from 'vitest';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { markdownBlock, markdownInline, markdownReport } from '../../../shared/formats/markdown';
import type { Project } from '../../../shared/model';
import { makeProject, moment } from '../model/build';

function shop(): Project {
  const project = makeProject({
    stages: ['enter', 'pay', 'leave'],
    steps: [
      {
        id: 'ride',
        title: 'Ride | bike',
        position: { x: 0, y: 0 },
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.channel = 'in person';
          m.actor = 'Guard';
          m.emotion = 1;
          m.waitSeconds = 30;
          m.senses.sight = { engaged: true, valence: -1, note: 'Dark | wet' };
          m.risk = { likelihood: 4, impact: 5, description: 'Theft', mitigation: 'Locks' };
          m.servqual.tangibles = { expectation: 6, perception: 4 };
          m.servqual.empathy = { expectation: 3, perception: 7 };
          m.servqual.evidence = 'observed';
          m.standard = {
            ordinary: 'Greet quickly',
            quality: 'Greet within 30 seconds',
            measures: [
              { id: 'm1', text: 'Lock provided', done: true },
              { id: 'm2', text: 'Camera', done: false },
            ],
          };
          m.painPoints = ['No roof'];
          m.opportunities = ['Shelter'];
          m.notes = 'First\nSecond';
        }),
      },
      { id: 'walk', title: '<script>alert(1)</script>', position: { x: 300, y: 0 } },
      {
        id: 'queue',
        stageId: 'pay',
        title: '- Queue',
        position: { x: 0, y: 0 },
        moment: moment((m) => {
          m.risk = { likelihood: 3, impact: 3, description: '', mitigation: '' };
          m.servqual.tangibles = { expectation: 5, perception: 6 };
        }),
      },
      {
        id: 'pay',
        stageId: 'pay',
        title: '1. Pay',
        position: { x: 300, y: 0 },
        moment: moment((m) => (m.risk = { likelihood: 3, impact: 3, description: '', mitigation: 'More tills' })),
      },
    ],
  });
  project.name = 'Weekly shop # 2';
  project.description = 'Line one\n# not a heading\n\nSecond paragraph';
  project.stages.forEach((s, i) => (s.name = ['Enter', 'Pay', 'Leave'][i]));
  return project;
}

const report = markdownReport(shop());
const lines = report.split('\n');

function section(heading: string): string {
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^##? /.test(l));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('markdownReport', () => {
  it('has title, description and the sections in order', () => {
    const order = [
      '# Weekly shop \\# 2',
      'Line one\\',
      '\\# not a heading',
      'Second paragraph',
      '## Journey',
      '### 1. Enter',
      '### 2. Pay',
      '### 3. Leave',
      '## Moments of truth',
      '## Risks',
      '## SERVQUAL gaps',
    ];
    const at = order.map((line) => lines.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(report.endsWith('\n')).toBe(true);
  });

  it('lists the journey by stage with contact moment and moment of truth markers', () => {
    expect(section('## Journey')).toContain(
      [
        '### 1. Enter',
        '',
        '- Ride \\| bike — contact moment, **moment of truth**',
        '- \\<script\\>alert(1)\\</script\\>',
        '',
        '### 2. Pay',
        '',
        '- \\- Queue — contact moment',
        '- 1\\. Pay — contact moment',
        '',
        '### 3. Leave',
        '',
        '_No steps._',
      ].join('\n'),
    );
  });

  it('gives each moment of truth, and only those, with its annotations', () => {
    const truths = section('## Moments of truth');
    expect(truths).toContain('### Ride \\| bike (Enter)');
    expect(truths).not.toContain('Queue');
    for (const line of [
      '- **Channel:** in person',
      '- **Actor:** Guard',
      '- **Emotion:** +1',
      '- **Wait:** 30 s',
      '- **Risk:** likelihood 4 × impact 5 = 20 (critical). Theft. Mitigation: Locks',
      '| sight | yes | negative | Dark \\| wet |',
      '| hearing | no | – |  |',
      '**SERVQUAL** (evidence: observed)',
      '| tangibles | 6.00 | 4.00 | -2.00 |',
      '| empathy | 3.00 | 7.00 | +4.00 |',
      '| reliability | – | – | – |',
      '- Ordinary: Greet quickly',
      '- Quality: Greet within 30 seconds',
      '- [x] Lock provided',
      '- [ ] Camera',
      '- No roof',
      '- Shelter',
      'First\\\nSecond',
    ]) {
      expect(truths).toContain(line);
    }
  });

  it('lists risks by score, highest first, equal scores in journey order', () => {
    const rows = section('## Risks')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| score') && !l.startsWith('| ---'));
    expect(rows).toEqual([
      '| 20 | critical | Ride \\| bike | Enter | 4 | 5 | Locks |',
      '| 9 | medium | \\- Queue | Pay | 3 | 3 | – |',
      '| 9 | medium | 1\\. Pay | Pay | 3 | 3 | More tills |',
    ]);
  });

  it('gives SERVQUAL gaps per dimension, mean and weighted (hand computed)', () => {
    const gaps = section('## SERVQUAL gaps');
    // tangibles: (-2 + 1) / 2 = -0.5 over 2 moments; empathy: +4 over 1.
    expect(gaps).toContain('| tangibles | 11% | 2 | -0.50 |');
    expect(gaps).toContain('| empathy | 16% | 1 | 4.00 |');
    expect(gaps).toContain('| reliability | 32% | 0 | – |');
    // mean: (-0.5 + 4) / 2 = 1.75; weighted: (0.11 * -0.5 + 0.16 * 4) / (0.11 + 0.16) = 0.585 / 0.27 = 2.1667.
    expect(gaps).toContain('| **overall (mean)** |  |  | 1.75 |');
    expect(gaps).toContain('| **overall (weighted)** |  |  | 2.17 |');
  });

  it('keeps every table row to its column count whatever the user typed', () => {
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const cells = line.replace(/\\\|/g, '').split('|').length;
      if (columns === 0) columns = cells;
      expect(cells).toBe(columns);
    }
  });

  it('says so when there is nothing to report', () => {
    const empty = markdownReport(makeProject({ steps: [{ id: 'a', title: 'Only step' }] }));
    expect(empty).toContain('_No step is marked as a moment of truth._');
    expect(empty).toContain('_No risk is scored yet._');
    expect(empty).toContain('| **overall (mean)** |  |  | – |');
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['*bold* _em_', '\\*bold\\* \\_em\\_'],
    ['[link](x)', '\\[link\\](x)'],
    ['<b>', '\\<b\\>'],
    ['# title ##', '\\# title \\#\\#'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=====', '\\====='],
    ['2024. Year', '2024\\. Year'],
    ['Wi-Fi 2.4', 'Wi-Fi 2.4'],
    ['&amp; & co', '\\&amp; & co'],
    ['line\nbreak', 'line break'],
    ['  超市  ', '超市'],
  ])('markdownInline(%j) is %j', (text, escaped) => {
    expect(markdownInline(text)).toBe(escaped);
  });

  it('markdownBlock keeps lines and paragraphs', () => {
    expect(markdownBlock('a\n- b\r\n\r\n\r\nc')).toBe('a\\\n\\- b\n\nc');
  });
});

describe('thoughts in the Markdown report', () => {
  function thinking(): Project {
    const project = shop();
    project.steps.find((s) => s.id === 'walk')!.thoughts = ['Is it *open*?', '- no | idea'];
    project.steps.find((s) => s.id === 'pay')!.thoughts = ['Cash or card?'];
    return project;
  }
  const md = markdownReport(thinking());
  const mdLines = md.split('\n');

  it('is a section after the journey, before the moments of truth', () => {
    const at = ['## Journey', '## Thoughts', '## Moments of truth'].map((h) => mdLines.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('gives each step with thoughts under its stage, every thought quoted in a block quote', () => {
    const start = mdLines.indexOf('## Thoughts');
    const end = mdLines.indexOf('## Moments of truth');
    expect(mdLines.slice(start, end).join('\n')).toBe(
      [
        '## Thoughts',
        '',
        'What the customer thinks or says at each step.',
        '',
        '### 1. Enter',
        '',
        '**\\<script\\>alert(1)\\</script\\>**',
        '',
        '> “Is it \\*open\\*?”',
        '>',
        '> “\\- no \\| idea”',
        '',
        '### 2. Pay',
        '',
        '**1\\. Pay**',
        '',
        '> “Cash or card?”',
        '',
      ].join('\n'),
    );
  });

  it('says so when no step has thoughts', () => {
    const plain = markdownReport(shop()).split('\n');
    const at = plain.indexOf('## Thoughts');
    expect(plain.slice(at, at + 3)).toEqual(['## Thoughts', '', '_No thoughts recorded yet._']);
  });

  it("quotes with the language's own marks and headings", () => {
    const hu = markdownReport(thinking(), exportLanguage('hu'));
    expect(hu).toContain('\n## Gondolatok\n');
    expect(hu).toContain('> „Cash or card?”');
    const zh = markdownReport(thinking(), exportLanguage('zh-CN'));
    expect(zh).toContain('\n## 想法\n');
    expect(zh).toContain('> “Cash or card?”');
  });
});
