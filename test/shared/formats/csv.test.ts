import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactMomentsCsv,
  CSV_COLUMNS,
  csvCell,
  parseCsv,
  readContactMomentsCsv,
  toCsv,
} from '../../../shared/formats/csv';
import { exportLanguage } from '../../../shared/formats/exportLanguage';
import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model';
import { makeProject, moment } from '../model/build';

function shop(): Project {
  const project = makeProject({
    stages: ['enter', 'pay'],
    steps: [
      // Listed out of journey order on purpose: the report sorts by stage, then x.
      { id: 'pay', stageId: 'pay', title: '+Pay', position: { x: 0, y: 0 }, moment: moment() },
      { id: 'walk', title: 'Walk in', position: { x: 400, y: 0 } },
      {
        id: 'ride',
        title: 'Ride the bike',
        position: { x: 0, y: 0 },
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.actor = 'Customer';
          m.senses.sight = { engaged: true, valence: 1, note: 'Bright, "clean" sign' };
          m.senses.hearing = { engaged: true, valence: -1, note: "=cmd|' /c calc'!A0" };
          m.risk = { likelihood: 4, impact: 5, description: 'Bike theft', mitigation: '-lock it' };
          m.emotion = -2;
          m.servqual.tangibles = { expectation: 6, perception: 4 };
          m.servqual.reliability = { expectation: 5, perception: null };
          m.servqual.empathy = { expectation: 3, perception: 7 };
          m.servqual.evidence = 'observed';
          m.standard = {
            ordinary: 'Quick',
            quality: 'Within 30 s\r\nsecond line',
            measures: [
              { id: 'm1', text: 'Lock provided', done: true },
              { id: 'm2', text: 'Camera', done: false },
            ],
          };
          m.waitSeconds = 30;
          m.painPoints = ['@rain', 'cold'];
          m.opportunities = ['+shelter'];
          m.notes = 'tab\tinside';
        }),
      },
    ],
  });
  project.stages[0].name = 'Enter 入口';
  project.stages[1].name = 'Pay';
  return project;
}

/** Parse the report back into one record per row, keyed by header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((row) => {
    expect(row).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  });
}

describe('contactMomentsCsv', () => {
  const csv = contactMomentsCsv(shop());

  it('is UTF-8 with a BOM and CRLF after every row', () => {
    expect(csv.startsWith('\uFEFFstage,step,contact moment,channel,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF: 3 rows, 3 CRLFs (one more sits inside a quoted cell).
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/\r\n/g)).toHaveLength(3);
  });

  it('has the columns the issue lists, in order', () => {
    const order = [
      'stage',
      'step',
      'channel',
      'moment of truth',
      'sight engaged',
      'sight valence',
      'sight note',
      'touch note',
      'risk likelihood',
      'risk impact',
      'risk score',
      'risk level',
      'risk mitigation',
      'emotion',
      'tangibles E',
      'tangibles P',
      'tangibles gap',
      'empathy gap',
      'evidence',
      'standard (ordinary)',
      'standard (quality)',
      'measures',
      'pain points',
      'opportunities',
    ];
    const positions = order.map((h) => CSV_COLUMNS.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has one row per contact moment, in journey order, with the right values', () => {
    const [ride, pay] = records(csv);
    expect(records(csv)).toHaveLength(2);
    expect(ride).toMatchObject({
      stage: 'Enter 入口',
      step: 'Ride the bike',
      channel: 'in person',
      actor: 'Customer',
      'moment of truth': 'yes',
      'sight engaged': 'yes',
      'sight valence': '1',
      'sight note': 'Bright, "clean" sign',
      'hearing valence': '-1',
      'smell engaged': 'no',
      'smell note': '',
      'risk likelihood': '4',
      'risk impact': '5',
      'risk score': '20',
      'risk level': 'critical',
      'risk description': 'Bike theft',
      emotion: '-2',
      'tangibles E': '6',
      'tangibles P': '4',
      'tangibles gap': '-2',
      'reliability E': '5',
      'reliability P': '',
      'reliability gap': '',
      'empathy gap': '4',
      evidence: 'observed',
      'standard (ordinary)': 'Quick',
      'standard (quality)': 'Within 30 s\r\nsecond line',
      measures: '[x] Lock provided; [ ] Camera',
      'wait seconds': '30',
      notes: 'tab\tinside',
    });
    expect(pay).toMatchObject({
      stage: 'Pay',
      'moment of truth': 'no',
      emotion: '',
      'risk score': '',
      'risk level': '',
    });
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const [ride, pay] = records(csv);
    expect(ride['hearing note']).toBe("'=cmd|' /c calc'!A0");
    expect(ride['risk mitigation']).toBe("'-lock it");
    expect(ride['pain points']).toBe("'@rain; cold");
    expect(ride.opportunities).toBe("'+shelter");
    expect(pay.step).toBe("'+Pay");
    // Numbers stay numbers: no quote, no apostrophe.
    expect(csv).toContain(',-2,');
    expect(csv).toContain(',yes,-1,');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csv).toContain(',"Bright, ""clean"" sign",');
    expect(csv).toContain(',"Within 30 s\r\nsecond line",');
  });

  it('writes only the header for a project without contact moments', () => {
    const csvEmpty = contactMomentsCsv(makeProject({ steps: [{ id: 'a' }] }));
    expect(parseCsv(csvEmpty)).toEqual([[...CSV_COLUMNS]]);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes text %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    [-2, '-2'],
    [0, '0'],
    [4.5, '4.5'],
    [null, ''],
    [Number.NaN, ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells, empty cells, and all three line endings', () => {
    expect(parseCsv('\uFEFFa,"b,1",\r\n"x ""y""\nz",,last\nc\rd')).toEqual([
      ['a', 'b,1', ''],
      ['x "y"\nz', '', 'last'],
      ['c'],
      ['d'],
    ]);
  });

  it('does not add a row for the final line break, and reads nothing as no rows', () => {
    expect(parseCsv('a,b\r\n')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('""')).toEqual([['']]);
  });

  it('reads back any cell it writes, neutralised (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'a=+-@\t\r\n,;" 中'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(neutral)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('thoughts in the CSV report', () => {
  /** A journey with thoughts on a contact moment, on a plain step, and a plain step without any. */
  function thinking(): Project {
    const project = makeProject({
      stages: ['enter', 'pay'],
      steps: [
        { id: 'start', title: 'Start', kind: 'start', position: { x: 0, y: 0 } },
        { id: 'ride', title: 'Ride the bike', position: { x: 300, y: 0 } },
        {
          id: 'queue',
          stageId: 'pay',
          title: 'Wait in the queue',
          position: { x: 0, y: 0 },
          moment: moment((m) => {
            m.emotion = -2;
            m.painPoints = ['Only two tills open'];
          }),
        },
      ],
    });
    // A thought that starts like a formula is neutralised like any text cell.
    project.steps[1].thoughts = ['=is it open?', "I hope it's quick, I haven't much time."];
    project.steps[2].thoughts = ['Again "only two" tills; really'];
    return project;
  }

  it('gives a step with thoughts a row even when it is not a contact moment, its moment cells empty', () => {
    const rows = records(contactMomentsCsv(thinking()));
    // Start has neither a moment nor thoughts: no row. Ride has thoughts only; the queue is a moment.
    expect(rows.map((r) => r.step)).toEqual(['Ride the bike', 'Wait in the queue']);
    const [ride, queue] = rows;
    expect(ride).toMatchObject({
      stage: 'ENTER',
      'contact moment': 'no',
      thoughts: "'=is it open?; I hope it's quick, I haven't much time.",
    });
    // Every column of the moment is empty on the plain step (not "no", not "in person").
    const momentKeys = CSV_COLUMNS.filter((k) => !['stage', 'step', 'contact moment', 'thoughts'].includes(k));
    for (const key of momentKeys) expect(ride[key], key).toBe('');
    expect(queue).toMatchObject({
      'contact moment': 'yes',
      channel: 'in person',
      'moment of truth': 'no',
      emotion: '-2',
      thoughts: 'Again "only two" tills; really',
      'pain points': 'Only two tills open',
    });
  });

  it('puts thoughts beside the pain points and opportunities, and marks contact moments after the step', () => {
    expect(CSV_COLUMNS.slice(0, 4)).toEqual(['stage', 'step', 'contact moment', 'channel']);
    const at = CSV_COLUMNS.indexOf('thoughts');
    expect(CSV_COLUMNS.slice(at, at + 3)).toEqual(['thoughts', 'pain points', 'opportunities']);
  });

  it('marks every contact moment yes, thoughts or not', () => {
    const rows = records(contactMomentsCsv(shop()));
    expect(rows.map((r) => [r.step, r['contact moment'], r.thoughts])).toEqual([
      ['Ride the bike', 'yes', ''],
      ["'+Pay", 'yes', ''],
    ]);
  });

  it.each(LANGUAGES)('reads back in %s: thoughts under the header of that language, every column', (lng) => {
    const text = exportLanguage(lng);
    const csv = contactMomentsCsv(thinking(), text);
    const header = parseCsv(csv)[0];
    expect(header).toContain(text.t('csv.thoughts'));
    expect(header).toContain(text.t('csv.contactMoment'));
    if (lng !== 'en') expect(header).not.toContain('thoughts');
    const back = readContactMomentsCsv(
      csv,
      LANGUAGES.map((l) => exportLanguage(l)),
    );
    expect(back.map((r) => Object.keys(r))).toEqual([[...CSV_COLUMNS], [...CSV_COLUMNS]]);
    expect(back.map((r) => [r.step, r['contact moment'], r.thoughts])).toEqual([
      ['Ride the bike', 'no', "'=is it open?; I hope it's quick, I haven't much time."],
      ['Wait in the queue', 'yes', 'Again "only two" tills; really'],
    ]);
  });
});
