import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, blankProject, checkIntegrity, parseProject } from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { NOW, makeProject, moment } from './build';
import { inWords } from '../formats/problemWords';

/** What a file on disk looks like: plain JSON, no shared references with the original. */
function asJson(project: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(project)) as Record<string, unknown>;
}

/** The problems as a screen shows them, in the English catalogue's words. */
function errorsOf(input: unknown): string[] {
  const result = parseProject(input);
  if (result.ok) throw new Error('expected the project to be rejected');
  return inWords(result.problems);
}

function annotated(): Project {
  return makeProject({
    stages: ['enter', 'pay'],
    steps: [
      { id: 'a', title: 'Start', kind: 'start' },
      { id: 'b', title: 'Take a basket', stageId: 'enter' },
      {
        id: 'c',
        title: 'Pay',
        stageId: 'pay',
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.risk = { likelihood: 3, impact: 4, description: 'Card reader fails', mitigation: 'Second till' };
          m.servqual.reliability = { expectation: 6, perception: 4 };
          m.senses.hearing = { engaged: true, valence: -1, note: 'queue music too loud' };
          m.emotion = -1;
          m.standard.measures = [{ id: 'm1', text: 'greeted within 30 seconds', done: false }];
        }),
      },
    ],
    flows: [
      ['a', 'b'],
      ['b', 'c'],
    ],
  });
}

describe('parseProject: valid documents', () => {
  it('accepts a blank project unchanged', () => {
    const blank = blankProject({ id: 'x', name: 'Blank', now: NOW });
    const result = parseProject(asJson(blank));
    expect(result).toEqual({ ok: true, project: blank });
  });

  it('accepts an annotated project and keeps every annotation', () => {
    const project = annotated();
    const result = parseProject(asJson(project));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project).toEqual(project);
    expect(result.project.steps[2].moment?.risk.likelihood).toBe(3);
    expect(result.project.steps[2].moment?.senses.hearing.note).toBe('queue music too loud');
    expect(result).not.toHaveProperty('migratedFrom');
  });
});

describe('parseProject: readable rejections', () => {
  it('names the step by number and title when its risk likelihood is 9', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.risk.likelihood = 9;
    expect(errorsOf(doc)).toEqual(['Step 3 ("Pay"), risk likelihood: must be at most 5.']);
    // What the screen translates: a code, its parameters and the path as data.
    const result = parseProject(doc);
    expect(!result.ok && result.problems).toEqual([
      {
        code: 'reader.project.atMost',
        params: { max: 5 },
        path: [{ item: 'steps', n: 3, name: 'Pay' }, { field: 'likelihood' }],
      },
    ]);
    expect(!result.ok && inWords(result.problems, 'hu')).toEqual([
      '3. lépés („Pay”), kockázat valószínűsége: az érték legfeljebb 5 lehet.',
    ]);
  });

  it('explains a risk impact below the scale', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.risk.impact = 0;
    expect(errorsOf(doc)).toEqual(['Step 3 ("Pay"), risk impact: must be at least 1.']);
  });

  it('says a fractional risk score must be a whole number rather than "missing"', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.risk.likelihood = 1.5;
    expect(errorsOf(doc)).toEqual(['Step 3 ("Pay"), risk likelihood: must be a whole number.']);
  });

  it('keeps a SERVQUAL mean with decimals (format 4, survey means) and explains one above the scale', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.servqual.tangibles.expectation = 4.44;
    const kept = parseProject(doc);
    expect(kept.ok && kept.project.steps[2]!.moment!.servqual.tangibles.expectation).toBe(4.44);
    (doc.steps as Project['steps'])[2].moment!.servqual.tangibles.expectation = 7.5;
    expect(errorsOf(doc)).toEqual(['Step 3 ("Pay"), SERVQUAL, tangibles, expectation: must be at most 7.']);
  });

  it('reads a decimal SERVQUAL mean (format 4) and its respondents, keeping full precision', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.servqual.tangibles = {
      expectation: 4.2137,
      perception: 3.8666,
      respondents: 150,
    };
    const result = parseProject(doc);
    expect(result.ok && result.project.steps[2].moment?.servqual.tangibles).toEqual({
      expectation: 4.2137,
      perception: 3.8666,
      respondents: 150,
    });
  });

  it("refuses a SERVQUAL score outside the project's scale, naming the step, the dimension and E or P", () => {
    const doc = asJson({ ...annotated(), servqualScale: 5 });
    (doc.steps as Project['steps'])[2].moment!.servqual.reliability.expectation = 6.5;
    expect(errorsOf(doc)).toEqual([
      'Step 3 ("Pay"): the SERVQUAL Reliability expectation 6.5 lies outside the project\'s scale of 1 to 5.',
    ]);
    // The same file on 1-7 opens.
    expect(parseProject({ ...doc, servqualScale: 7 }).ok).toBe(true);
  });

  it('refuses a scale other than 1-5 or 1-7, and a respondents count that is not a whole number of at least 1', () => {
    expect(errorsOf({ ...asJson(annotated()), servqualScale: 10 })).toEqual(['servqualScale: must be one of 5, 7.']);
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.servqual.reliability.respondents = 0;
    expect(errorsOf(doc)[0]).toMatch(/Step 3 \("Pay"\).*respondents: must be at least 1/);
  });

  it('tells a missing field from a field of the wrong type', () => {
    const missing = asJson(annotated());
    delete (missing.steps as Record<string, unknown>[])[1].title;
    expect(errorsOf(missing)).toEqual(['Step 2, title: is missing.']);

    const wrong = asJson(annotated());
    wrong.stages = 'Enter, Pay';
    expect(errorsOf(wrong)).toEqual(['stages: must be a list.']);
  });

  it('lists the allowed values for a sense valence and a step kind', () => {
    const doc = asJson(annotated());
    const steps = doc.steps as Record<string, unknown>[];
    steps[0].kind = 'begin';
    (steps[2] as Project['steps'][number]).moment!.senses.smell.valence = 2 as 1;
    expect(errorsOf(doc)).toEqual([
      'Step 1 ("Start"), kind: must be one of "start", "step", "decision", "end".',
      'Step 3 ("Pay"), senses, smell, valence: must be one of -1, 0, 1.',
    ]);
  });

  it('gives items of an unnamed list the list name as context', () => {
    const doc = asJson(annotated());
    (doc.steps as Record<string, unknown>[])[2].moment = {
      ...(doc.steps as Project['steps'])[2].moment,
      painPoints: ['long queue', 42],
    };
    expect(errorsOf(doc)).toEqual(['Step 3 ("Pay"), pain points, Item 2: must be a string.']);
  });

  it('names a measure inside a standard', () => {
    const doc = asJson(annotated());
    (doc.steps as Project['steps'])[2].moment!.standard.measures[0].done = 'no' as unknown as boolean;
    expect(errorsOf(doc)).toEqual([
      'Step 3 ("Pay"), standard, Measure 1 ("greeted within 30 seconds"), done: must be a boolean.',
    ]);
  });

  it('rejects an empty project name and a malformed stage colour', () => {
    const doc = asJson(annotated());
    doc.name = '';
    (doc.stages as Project['stages'])[0].colour = 'red';
    expect(errorsOf(doc)).toEqual([
      'name: must not be empty.',
      'Stage 1 ("ENTER"), colour: must be a colour like #aabbcc.',
    ]);
    // The colour pattern has a message of its own, so it is translated like the rest.
    const result = parseProject(doc);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['reader.project.empty', 'reader.project.colour']);
  });

  it('caps the list of problems at twenty and says how many more there are', () => {
    const doc = asJson(makeProject({ steps: Array.from({ length: 25 }, (_, i) => ({ id: `s${i}` })) }));
    for (const step of doc.steps as Record<string, unknown>[]) step.kind = 'nope';
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('...and 5 more problems.');
  });

  it('refuses a file from a newer Touchmap with a message telling the user to update', () => {
    const doc = { ...asJson(annotated()), schemaVersion: SCHEMA_VERSION + 1 };
    const [error, ...rest] = errorsOf(doc);
    expect(rest).toEqual([]);
    expect(error).toContain('newer Touchmap');
    expect(error).toContain(`format version ${SCHEMA_VERSION + 1}`);
    expect(error).toContain('Update Touchmap');
  });

  it.each([
    ['no version', undefined],
    ['a text version', '1'],
    ['version zero', 0],
    ['a fractional version', 1.5],
  ])('refuses a document with %s as not a Touchmap project', (_label, version) => {
    expect(errorsOf({ ...asJson(annotated()), schemaVersion: version })).toEqual([
      'The file has no valid schema version: it is not a Touchmap project.',
    ]);
  });

  it.each([
    ['null', null],
    ['an array', [asJson(annotated())]],
    ['a string', '{"schemaVersion":1}'],
    ['a number', 42],
    ['undefined', undefined],
  ])('refuses %s as not a project', (_label, input) => {
    expect(errorsOf(input)).toEqual(['The file does not contain a Touchmap project.']);
  });
});

describe('checkIntegrity', () => {
  it('finds nothing wrong in a consistent project', () => {
    expect(checkIntegrity(annotated())).toEqual([]);
  });

  it('rejects flows from and to steps that do not exist, naming the flow', () => {
    const project = annotated();
    project.flows.push({ id: 'f-bad', from: 'ghost', to: 'c', label: 'Back to start', kind: 'alternative' });
    project.flows.push({ id: 'f-bad2', from: 'c', to: 'nowhere', label: '', kind: 'main' });
    expect(inWords(checkIntegrity(project))).toEqual([
      'Flow 3 ("Back to start"): starts at a step that does not exist ("ghost").',
      'Flow 4: leads to a step that does not exist ("nowhere").',
    ]);
    expect(errorsOf(asJson(project))).toEqual(inWords(checkIntegrity(project)));
  });

  it('rejects a step in a missing stage or lane', () => {
    const project = annotated();
    project.steps[1].stageId = 'gone';
    project.steps[2].laneId = 'back-stage';
    expect(inWords(checkIntegrity(project))).toEqual([
      'Step 2 ("Take a basket"): its stage "gone" does not exist.',
      'Step 3 ("Pay"): its lane "back-stage" does not exist.',
    ]);
    expect(parseProject(asJson(project)).ok).toBe(false);
  });

  it('rejects ids used twice', () => {
    const project = annotated();
    project.stages.push({ id: 'pay', name: 'Pay again' });
    project.steps.push({ ...project.steps[0], title: 'Start again' });
    project.flows[1].id = project.flows[0].id;
    expect(inWords(checkIntegrity(project))).toEqual([
      'Stage 3 ("Pay again"): the id "pay" is used twice.',
      'Step 4 ("Start again"): the id "a" is used twice.',
      'Flow 2: the id "a->b" is used twice.',
    ]);
  });
});

describe('parseProject: dangerous keys', () => {
  it('drops __proto__ and constructor keys at every level without polluting Object.prototype', () => {
    const body = JSON.stringify(annotated());
    // Inject the keys into the top level, a step and a moment's risk, as a hostile file would.
    const text = body
      .replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"id":"a",', '"id":"a","__proto__":{"isAdmin":true},"constructor":"x",')
      .replace('"likelihood":3', '"__proto__":{"likelihood":5},"likelihood":3');
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(Object.hasOwn(raw, '__proto__')).toBe(true); // JSON.parse makes it an own key: the test is real

    const result = parseProject(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { project } = result;
    for (const obj of [project, project.steps[0], project.steps[2].moment!.risk]) {
      expect(Object.hasOwn(obj, '__proto__')).toBe(false);
      expect(Object.hasOwn(obj, 'constructor')).toBe(false);
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    }
    expect(project.steps[2].moment!.risk.likelihood).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops unknown keys', () => {
    const doc = { ...asJson(annotated()), extra: 'ignored' };
    const result = parseProject(doc);
    expect(result.ok && Object.keys(result.project)).not.toContain('extra');
  });
});

describe('files that carry a view (written before the viewport moved to the library settings)', () => {
  it('still open, the view left as the file has it (a save gives back the same bytes)', () => {
    const withView = { ...asJson(annotated()), view: { x: 10, y: -20, zoom: 0.5 } };
    const result = parseProject(withView);
    expect(result.ok && result.project.view).toEqual({ x: 10, y: -20, zoom: 0.5 });
    expect(result.ok && result.project.steps).toHaveLength(3);
  });

  it('open even when that view is out of range or malformed: the view is dropped, not the file', () => {
    for (const view of [{ x: 0, y: 0, zoom: 0 }, { x: 'left' }, null, 'top']) {
      const result = parseProject({ ...asJson(annotated()), view });
      expect(result.ok, JSON.stringify(view)).toBe(true);
      expect(result.ok && result.project.view).toBeUndefined();
      expect(JSON.stringify(result.ok && result.project)).not.toContain('"view"');
    }
  });

  it('open from format 1 too', () => {
    const v1: Record<string, unknown> = { ...asJson(annotated()), schemaVersion: 1, view: { x: 1, y: 2, zoom: 0 } };
    delete v1.writtenBy;
    const result = parseProject(v1);
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});
