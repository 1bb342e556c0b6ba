/**
 * Generated journeys for benchmarks and stress tests: N annotated steps spread
 * over stages, a main path with branches and loops, every third step a contact
 * moment with senses, risk, SERVQUAL, emotion and a standard. Deterministic for
 * a given size.
 */
import { blankProject, defaultMoment, SENSES, SERVQUAL_DIMENSIONS, type Project, type Step } from '../../shared/model';

export function generateJourney(stepCount: number, options: { stages?: number; id?: string } = {}): Project {
  const stageCount = options.stages ?? Math.max(3, Math.min(20, Math.round(stepCount / 50)));
  const project = blankProject({
    id: options.id ?? `gen-${stepCount}`,
    name: `Generated journey (${stepCount} steps)`,
    now: '2026-01-01T00:00:00.000Z',
  });
  project.stages = Array.from({ length: stageCount }, (_, i) => ({ id: `st${i}`, name: `Stage ${i + 1}` }));
  const perStage = Math.ceil(stepCount / stageCount);
  const rows = Math.max(1, Math.ceil(Math.sqrt(perStage / 2)));
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const steps: Step[] = [];
  for (let i = 0; i < stepCount; i++) {
    const stage = Math.min(stageCount - 1, Math.floor(i / perStage));
    const k = i - stage * perStage;
    const step: Step = {
      id: `s${i}`,
      stageId: `st${stage}`,
      title: `Step ${i + 1}: ${['Greet', 'Queue', 'Pay', 'Browse', 'Ask for help', 'Wait'][i % 6]} the customer`,
      description: '',
      kind: i === 0 ? 'start' : i === stepCount - 1 ? 'end' : 'step',
      position: { x: 32 + Math.floor(k / rows) * 224, y: 48 + (k % rows) * 120 },
    };
    if (i % 3 === 0) {
      const m = defaultMoment();
      m.momentOfTruth = i % 15 === 0;
      for (const s of SENSES) {
        m.senses[s].engaged = rand() < 0.5;
        m.senses[s].valence = ([-1, 0, 1] as const)[Math.floor(rand() * 3)];
        m.senses[s].note = m.senses[s].engaged ? `Note on ${s}` : '';
      }
      m.risk = {
        likelihood: 1 + Math.floor(rand() * 5),
        impact: 1 + Math.floor(rand() * 5),
        description: 'Something may go wrong here',
        mitigation: i % 2 ? 'Train staff' : '',
      };
      m.emotion = Math.floor(rand() * 5) - 2;
      for (const d of SERVQUAL_DIMENSIONS) {
        m.servqual[d] = { expectation: 1 + Math.floor(rand() * 7), perception: 1 + Math.floor(rand() * 7) };
      }
      m.standard = {
        ordinary: 'Greet the customer quickly',
        quality: 'Greet the customer within 30 seconds',
        measures: [{ id: `m${i}`, text: 'Greeted within 30 seconds', done: rand() < 0.5 }],
      };
      step.moment = m;
    }
    steps.push(step);
  }
  project.steps = steps;
  project.flows = [];
  for (let i = 1; i < stepCount; i++)
    project.flows.push({ id: `f${i}`, from: `s${i - 1}`, to: `s${i}`, label: '', kind: 'main' });
  for (let i = 10; i < stepCount; i += 25)
    project.flows.push({ id: `b${i}`, from: `s${i - 5}`, to: `s${i}`, label: 'shortcut', kind: 'alternative' });
  return project;
}
