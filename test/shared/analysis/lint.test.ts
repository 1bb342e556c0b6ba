import { describe, expect, it } from 'vitest';
import { lintProject } from '../../../shared/analysis';
import type { LintFinding } from '../../../shared/analysis';
import type { Moment } from '../../../shared/model';
import type { StepSpec } from '../model/build';
import { makeProject, moment } from '../model/build';

const codes = (findings: LintFinding[]) =>
  findings.map((f) => `${f.code}:${f.stepId ?? ''}${'flowId' in f ? f.flowId : ''}`);

describe('lintProject', () => {
  it('finds nothing in a connected journey from start to end', () => {
    const project = makeProject({
      steps: [{ id: 'start', kind: 'start' }, { id: 'a' }, { id: 'end', kind: 'end' }],
      flows: [
        ['start', 'a'],
        ['a', 'end'],
      ],
    });
    expect(lintProject(project)).toEqual([]);
  });

  it('reports steps no flow path leads to from the start, counting branch flows as paths', () => {
    const project = makeProject({
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'help', title: 'Ask for help' },
        { id: 'island', title: 'Read the leaflet' },
        { id: 'orphan', title: 'Fill in the survey' },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [
        ['start', 'help', 'alternative'],
        ['help', 'end'],
        ['island', 'orphan'],
        ['orphan', 'island'],
      ],
    });
    const unreachable = lintProject(project).filter((f) => f.code === 'unreachable');
    expect(unreachable).toEqual([
      { code: 'unreachable', stepId: 'island', params: { step: 'Read the leaflet' } },
      { code: 'unreachable', stepId: 'orphan', params: { step: 'Fill in the survey' } },
    ]);
  });

  it('without start steps, treats steps that nothing leads to as entries', () => {
    const project = makeProject({
      steps: [{ id: 'a' }, { id: 'b' }, { id: 'c', kind: 'end' }, { id: 'loop1' }, { id: 'loop2', kind: 'end' }],
      flows: [
        ['a', 'b'],
        ['b', 'c'],
        ['loop1', 'loop2'],
        ['loop2', 'loop1'],
      ],
    });
    // a is an entry; the loop has no way in.
    expect(codes(lintProject(project))).toEqual(['unreachable:loop1', 'unreachable:loop2']);
  });

  it('reports dead ends: steps with no way out that are not end steps', () => {
    const project = makeProject({
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'stuck', title: 'Wait in the queue' },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [
        ['start', 'stuck'],
        ['start', 'end'],
      ],
    });
    expect(lintProject(project)).toEqual([
      { code: 'dead-end', stepId: 'stuck', params: { step: 'Wait in the queue' } },
    ]);
  });

  it('reports flows to and from missing steps, naming the step that still exists', () => {
    const project = makeProject({
      steps: [
        { id: 'start', kind: 'start', title: 'Start' },
        { id: 'end', kind: 'end', title: 'End' },
      ],
      flows: [['start', 'end']],
    });
    project.flows.push(
      { id: 'f-to', from: 'start', to: 'gone', label: 'to the café', kind: 'alternative' },
      { id: 'f-from', from: 'gone', to: 'end', label: '', kind: 'main' },
      { id: 'f-none', from: 'x', to: 'y', label: '', kind: 'main' },
    );
    expect(lintProject(project)).toEqual([
      {
        code: 'missing-flow-target',
        flowId: 'f-to',
        stepId: 'start',
        params: { flow: 'to the café', end: 'from', step: 'Start' },
      },
      {
        code: 'missing-flow-target',
        flowId: 'f-from',
        stepId: 'end',
        params: { flow: '', end: 'to', step: 'End' },
      },
      { code: 'missing-flow-target', flowId: 'f-none', params: { flow: '', end: 'none' } },
    ]);
  });

  it('does not let a flow to a missing step count as a way out', () => {
    const project = makeProject({ steps: [{ id: 's', kind: 'start', title: 'Pay' }] });
    project.flows.push({ id: 'f', from: 's', to: 'gone', label: '', kind: 'main' });
    expect(codes(lintProject(project))).toEqual(['dead-end:s', 'missing-flow-target:sf']);
  });

  it('reports moments of truth with neither quality wording nor measures', () => {
    const step = (id: string, title: string, edit: (m: Moment) => void): StepSpec => ({
      id,
      title,
      kind: 'end',
      moment: moment((m) => {
        m.momentOfTruth = true;
        edit(m);
      }),
    });
    const project = makeProject({
      steps: [
        step('bare', 'Ask a sales assistant for help', (m) => (m.standard.ordinary = 'Staff are friendly')),
        step('blank', 'Pay', (m) => (m.standard.quality = '   ')),
        step('worded', 'Greet', (m) => (m.standard.quality = 'Greeted within 30 seconds')),
        step('measured', 'Answer', (m) => (m.standard.measures = [{ id: 'm', text: 'three rings', done: false }])),
        { id: 'plain', kind: 'end', moment: moment() },
      ],
    });
    expect(lintProject(project)).toEqual([
      { code: 'truth-without-standard', stepId: 'bare', params: { step: 'Ask a sales assistant for help' } },
      { code: 'truth-without-standard', stepId: 'blank', params: { step: 'Pay' } },
    ]);
  });

  it('reports high and critical risks without mitigation, and nothing below high', () => {
    const risky = (id: string, likelihood: number, impact: number, mitigation = ''): StepSpec => ({
      id,
      title: id,
      kind: 'end',
      moment: moment((m) => (m.risk = { likelihood, impact, description: 'Card reader fails', mitigation })),
    });
    const project = makeProject({
      steps: [
        risky('medium', 3, 3), // 9
        risky('high', 2, 5), // 10
        risky('critical', 5, 4), // 20
        risky('mitigated', 5, 5, 'Keep a second till open'),
        risky('blank-mitigation', 4, 4, '  '), // 16
      ],
    });
    expect(lintProject(project)).toEqual([
      { code: 'risk-without-mitigation', stepId: 'high', params: { step: 'high', level: 'high', score: 10 } },
      {
        code: 'risk-without-mitigation',
        stepId: 'critical',
        params: { step: 'critical', level: 'critical', score: 20 },
      },
      {
        code: 'risk-without-mitigation',
        stepId: 'blank-mitigation',
        params: { step: 'blank-mitigation', level: 'high', score: 16 },
      },
    ]);
  });

  it('reports SERVQUAL dimensions with only one of expectation and perception, one finding per step', () => {
    const project = makeProject({
      steps: [
        {
          id: 'pay',
          title: 'Pay',
          kind: 'end',
          moment: moment((m) => {
            m.servqual.reliability = { expectation: 6, perception: null };
            m.servqual.empathy = { expectation: null, perception: 3 };
            m.servqual.assurance = { expectation: 5, perception: 5 };
          }),
        },
        { id: 'ok', kind: 'end', moment: moment((m) => (m.servqual.tangibles = { expectation: 4, perception: 6 })) },
      ],
    });
    expect(lintProject(project)).toEqual([
      {
        code: 'servqual-incomplete',
        stepId: 'pay',
        params: {
          step: 'Pay',
          halves: [
            { dimension: 'reliability', missing: 'perception' },
            { dimension: 'empathy', missing: 'expectation' },
          ],
        },
      },
    ]);
  });

  it('gives an untitled step an empty title (the caller words it)', () => {
    const project = makeProject({ steps: [{ id: 'x', title: '  ', kind: 'start' }] });
    expect(lintProject(project)).toEqual([{ code: 'dead-end', stepId: 'x', params: { step: '' } }]);
  });

  it('holds no English: every finding is a code with facts, no sentence', () => {
    const project = makeProject({
      steps: [
        { id: 'a', title: 'Queue', kind: 'start', moment: moment((m) => (m.momentOfTruth = true)) },
        { id: 'b', title: 'Lost' },
      ],
    });
    const findings = lintProject(project);
    expect(findings.map((f) => f.code)).toEqual(['unreachable', 'dead-end', 'dead-end', 'truth-without-standard']);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(['code', 'params', 'stepId']);
      expect(JSON.stringify(finding.params)).not.toMatch(/reached|leads|moment of truth/);
    }
  });

  it('groups findings by rule in a fixed order', () => {
    const project = makeProject({
      steps: [
        { id: 'start', kind: 'start' },
        { id: 'lost', moment: moment((m) => (m.momentOfTruth = true)) },
      ],
    });
    expect(codes(lintProject(project))).toEqual([
      'unreachable:lost',
      'dead-end:start',
      'dead-end:lost',
      'truth-without-standard:lost',
    ]);
  });

  it('checks 2,000 steps with branches and loops in linear time', () => {
    const n = 2000;
    const steps: StepSpec[] = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      kind: i === 0 ? 'start' : i === n - 1 ? 'end' : 'step',
      moment: moment((m) => (m.risk = { likelihood: 5, impact: 5, description: '', mitigation: 'x' })),
    }));
    steps.push({ id: 'stray' });
    const flows: [string, string, 'main' | 'alternative'][] = [];
    for (let i = 0; i + 1 < n; i++) {
      flows.push([`s${i}`, `s${i + 1}`, 'main']);
      if (i % 7 === 6) flows.push([`s${i}`, `s${i - 6}`, 'alternative']);
    }
    const project = makeProject({ steps, flows });
    const started = performance.now();
    const findings = lintProject(project);
    const elapsed = performance.now() - started;
    expect(codes(findings)).toEqual(['unreachable:stray', 'dead-end:stray']);
    expect(elapsed).toBeLessThan(500);
  });
});
