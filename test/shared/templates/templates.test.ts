import { describe, expect, it } from 'vitest';
import { lintProject } from '../../../shared/analysis';
import { translator } from '../../../shared/i18n/translator';
import { TEMPLATE_IDS } from '../../../shared/ipc';
import { GRID, computeGrid } from '../../../shared/layout/grid';
import { blankProject, parseProject } from '../../../shared/model';
import type { Project, Step } from '../../../shared/model';
import { TEMPLATES, buildTemplate } from '../../../shared/templates';

const FIELDS = { id: 'proj-1', name: 'My journey', now: '2026-03-01T09:00:00.000Z' };

/** A contact moment with something filled in beyond the defaults. */
function isAnnotated(step: Step): boolean {
  const m = step.moment;
  if (!m) return false;
  return (
    Object.values(m.senses).some((s) => s.engaged) ||
    m.risk.likelihood !== null ||
    m.emotion !== null ||
    m.standard.measures.length > 0 ||
    m.servqual.reliability.expectation !== null
  );
}

function titleOf(project: Project, id: string): string {
  return project.steps.find((s) => s.id === id)!.title;
}

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  const project = buildTemplate(id, FIELDS);

  it('is a valid project that survives a save and reload unchanged', () => {
    const reloaded = parseProject(JSON.parse(JSON.stringify(project)));
    expect(reloaded).toEqual({ ok: true, project });
  });

  it('carries the given id, name and time', () => {
    expect(project.id).toBe('proj-1');
    expect(project.name).toBe('My journey');
    expect(project.createdAt).toBe(FIELDS.now);
    expect(project.updatedAt).toBe(FIELDS.now);
  });

  it('has flows only between existing steps and unique ids everywhere', () => {
    const stepIds = new Set(project.steps.map((s) => s.id));
    for (const flow of project.flows) {
      expect(stepIds.has(flow.from), flow.id).toBe(true);
      expect(stepIds.has(flow.to), flow.id).toBe(true);
    }
    const all = [...project.stages, ...project.lanes, ...project.steps, ...project.flows].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('builds the same project every time, and fresh objects each time', () => {
    const again = buildTemplate(id, FIELDS);
    expect(again).toEqual(project);
    again.stages[0].name = 'Changed';
    again.servqualWeights.reliability = 0;
    if (again.steps[0]) again.steps[0].position.x = 9999;
    const third = buildTemplate(id, FIELDS);
    expect(third).toEqual(project);
  });

  it('has no overlapping steps in any grid cell', () => {
    const { width, height } = GRID.defaultStepSize;
    const cells = new Map<string, Step[]>();
    for (const step of project.steps) {
      const key = `${step.stageId}/${step.laneId ?? ''}`;
      cells.set(key, [...(cells.get(key) ?? []), step]);
    }
    for (const steps of cells.values()) {
      for (let i = 0; i < steps.length; i++)
        for (let j = i + 1; j < steps.length; j++) {
          const [a, b] = [steps[i].position, steps[j].position];
          const overlap = Math.abs(a.x - b.x) < width && Math.abs(a.y - b.y) < height;
          expect(overlap, `${steps[i].id} / ${steps[j].id}`).toBe(false);
        }
    }
  });

  it('lints clean: every step reachable, no dead ends, every moment of truth with a standard', () => {
    expect(lintProject(project)).toEqual([]);
  });
});

describe('TEMPLATES', () => {
  it('lists every template id once, with a name and description in the catalogue', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    const t = translator('en');
    for (const tpl of TEMPLATES) {
      expect(t(tpl.nameKey)).not.toBe(tpl.nameKey);
      expect(t(tpl.descriptionKey)).not.toBe(tpl.descriptionKey);
    }
    expect(t('templates.supermarket.name')).toBe('Supermarket visit');
  });
});

describe('blank template', () => {
  it('is the blank project', () => {
    expect(buildTemplate('blank', FIELDS)).toEqual(blankProject(FIELDS));
  });
});

describe('supermarket template', () => {
  const project = buildTemplate('supermarket', FIELDS);

  it('has the five stages in journey order and no lanes', () => {
    expect(project.stages.map((s) => s.name)).toEqual(['Enter', 'Pick a basket', 'Choose', 'Pay', 'Leave']);
    expect(project.lanes).toEqual([]);
  });

  it("has exactly the sixteen steps of the seed, in the seed's order", () => {
    expect(project.steps.map((s) => s.title)).toEqual([
      'Start',
      'Ride the bike',
      'Find a parking spot',
      'Leave the bag at the locker',
      'Enter the supermarket',
      'Take a basket',
      'Look for directions',
      'Browse the snack aisle',
      'Choose goods',
      'Ask a sales assistant for help',
      'Prepare to pay',
      'Wait in the queue',
      'Pay',
      'Collect the bag',
      'Ride home',
      'End',
    ]);
    expect(project.steps[0].kind).toBe('start');
    expect(project.steps[15].kind).toBe('end');
  });

  it('puts the steps in their stages so that stage order follows step order', () => {
    const stageOf = (title: string) =>
      project.stages.findIndex((st) => st.id === project.steps.find((s) => s.title === title)!.stageId);
    expect(stageOf('Enter the supermarket')).toBe(0);
    expect(stageOf('Take a basket')).toBe(1);
    expect(stageOf('Choose goods')).toBe(2);
    expect(stageOf('Ask a sales assistant for help')).toBe(2);
    expect(stageOf('Pay')).toBe(3);
    expect(stageOf('Ride home')).toBe(4);
    const indices = project.steps.map((s) => project.stages.findIndex((st) => st.id === s.stageId));
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
  });

  it('reads left to right: within a stage, main-line steps follow the seed order in x', () => {
    for (const stage of project.stages) {
      const xs = project.steps.filter((s) => s.stageId === stage.id && s.position.y < 100).map((s) => s.position.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      for (const step of project.steps.filter((s) => s.stageId === stage.id)) {
        expect(step.position.x).toBeGreaterThanOrEqual(0);
        expect(step.position.y).toBeGreaterThanOrEqual(40);
      }
    }
    // The grid places the columns left to right in stage order.
    const grid = computeGrid(project);
    expect(grid.columns.map((c) => c.stageId)).toEqual(project.stages.map((s) => s.id));
  });

  it('joins consecutive steps with main flows, skipping only the help branch', () => {
    const main = project.flows
      .filter((f) => f.kind === 'main')
      .map((f) => `${titleOf(project, f.from)} -> ${titleOf(project, f.to)}`);
    const titles = project.steps.map((s) => s.title).filter((t) => t !== 'Ask a sales assistant for help');
    expect(main).toEqual(titles.slice(1).map((t, i) => `${titles[i]} -> ${t}`));
  });

  it('branches to "Ask a sales assistant for help" and back, and loops back to browsing', () => {
    const branch = project.flows
      .filter((f) => f.kind === 'alternative')
      .map((f) => `${titleOf(project, f.from)} -> ${titleOf(project, f.to)}`);
    expect(branch).toEqual([
      'Choose goods -> Ask a sales assistant for help',
      'Ask a sales assistant for help -> Choose goods',
      'Choose goods -> Browse the snack aisle',
    ]);
    expect(project.steps.find((s) => s.title === 'Choose goods')!.kind).toBe('decision');
  });

  it('annotates at least six contact moments, with the examples of DOMAIN.md', () => {
    expect(project.steps.filter(isAnnotated).length).toBeGreaterThanOrEqual(6);
    const notes = project.steps.flatMap((s) => (s.moment ? Object.values(s.moment.senses).map((x) => x.note) : []));
    expect(notes).toEqual(
      expect.arrayContaining(['Fresh bread smell at the entrance', 'Sticky basket handle', 'Queue music too loud']),
    );
    const measures = project.steps.flatMap((s) => s.moment?.standard.measures.map((m) => m.text) ?? []);
    expect(measures).toContain('Greeted within 30 seconds');
  });

  it('marks asking for help and paying as moments of truth', () => {
    const truths = project.steps.filter((s) => s.moment?.momentOfTruth).map((s) => s.title);
    expect(truths).toEqual(['Ask a sales assistant for help', 'Pay']);
  });

  it('reports no unreachable steps or dead ends', () => {
    const codes = lintProject(project).map((f) => f.code);
    expect(codes).not.toContain('unreachable');
    expect(codes).not.toContain('dead-end');
  });
});

describe('phone-call template', () => {
  const project = buildTemplate('phone-call', FIELDS);

  it('carries the phone checklist as measures on the contact moments it belongs to', () => {
    const measuresOf = (title: string) =>
      project.steps.find((s) => s.title === title)!.moment!.standard.measures.map((m) => m.text);
    expect(measuresOf('Answer within three rings')).toEqual(['Phone answered within three rings']);
    expect(measuresOf('Greet and name yourself')).toContain('Caller greeted politely');
    expect(measuresOf('Transfer the call')).toEqual(
      expect.arrayContaining(['Said who the call goes to', 'Transfer kept short', 'Apologised when a transfer failed']),
    );
    expect(measuresOf('Take a message')).toContain('Message returned by the end of the next working day');
    expect(measuresOf('Call back at the agreed time')).toEqual(['Customer called back at the agreed time']);
  });

  it('is a phone journey through every rule of DOMAIN.md', () => {
    const moments = project.steps.filter((s) => s.moment);
    expect(moments.length).toBeGreaterThanOrEqual(6);
    expect(moments.every((s) => s.moment!.channel === 'phone')).toBe(true);
    const titles = project.steps.map((s) => s.title);
    for (const t of [
      'Answer within three rings',
      'Greet and name yourself',
      'Ask how you can help',
      "Use the caller's name",
      'Put the caller on hold',
      'Transfer the call',
      'Take a message',
      'End the call',
    ])
      expect(titles).toContain(t);
  });
});

describe('hotel-stay template', () => {
  const project = buildTemplate('hotel-stay', FIELDS);

  it('is a service blueprint: four lanes, each used by some step', () => {
    expect(project.lanes.map((l) => l.name)).toEqual(['Customer', 'Front stage', 'Back stage', 'Support processes']);
    for (const lane of project.lanes)
      expect(
        project.steps.some((s) => s.laneId === lane.id),
        lane.name,
      ).toBe(true);
    // Back-stage and support work is not seen by the guest, so it is not a contact moment.
    const hidden = project.steps.filter((s) => s.laneId === project.lanes[2].id || s.laneId === project.lanes[3].id);
    expect(hidden.every((s) => s.moment === undefined)).toBe(true);
  });

  it('covers the hotel details of DOMAIN.md', () => {
    const text = project.steps.map((s) => `${s.title} ${s.description}`).join(' ');
    for (const word of [
      'Book',
      'entrance',
      'Greeted',
      'letter',
      'flowers',
      'fruit',
      'Turn-down',
      'instructions',
      'Wake-up',
      'Meal',
      'Complaint',
      'Check out',
    ])
      expect(text.toLowerCase()).toContain(word.toLowerCase());
  });
});
