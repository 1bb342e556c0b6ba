/**
 * The journey as a graph: adjacency built once, in O(steps + flows), for the analyses
 * that walk it (emotion path, lint). Flows whose ends do not exist are left out here;
 * lint reports them separately.
 */
import type { Flow, FlowKind, Project, Step } from '../model/types';

export interface JourneyGraph {
  steps: ReadonlyMap<string, Step>;
  /** Outgoing flows per step id, in document order, only between existing steps. */
  outgoing: ReadonlyMap<string, readonly Flow[]>;
  /** Number of incoming flows per step id (same restriction). */
  incomingCount: ReadonlyMap<string, number>;
  /** Position of each stage in journey order. */
  stageIndex: ReadonlyMap<string, number>;
}

export function buildGraph(project: Project): JourneyGraph {
  const steps = new Map<string, Step>();
  const outgoing = new Map<string, Flow[]>();
  const incomingCount = new Map<string, number>();
  for (const step of project.steps) {
    steps.set(step.id, step);
    outgoing.set(step.id, []);
    incomingCount.set(step.id, 0);
  }
  for (const flow of project.flows) {
    const out = outgoing.get(flow.from);
    if (!out || !steps.has(flow.to)) continue;
    out.push(flow);
    incomingCount.set(flow.to, (incomingCount.get(flow.to) ?? 0) + 1);
  }
  const stageIndex = new Map(project.stages.map((s, i) => [s.id, i]));
  return { steps, outgoing, incomingCount, stageIndex };
}

/**
 * Journey order for steps that the flows do not order: stage column, then left to right,
 * then top to bottom. Steps in a stage that does not exist go last.
 */
export function byStageThenPosition(graph: JourneyGraph): (a: Step, b: Step) => number {
  const stage = (s: Step) => graph.stageIndex.get(s.stageId) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => stage(a) - stage(b) || a.position.x - b.position.x || a.position.y - b.position.y;
}

/**
 * Where the journey begins: the steps of kind 'start', or, when there are none, the steps
 * no flow leads to. Sorted in journey order.
 */
export function entrySteps(graph: JourneyGraph): Step[] {
  const all = [...graph.steps.values()];
  let entries = all.filter((s) => s.kind === 'start');
  if (entries.length === 0) entries = all.filter((s) => graph.incomingCount.get(s.id) === 0);
  // Array.prototype.sort is stable, so ties keep document order.
  return entries.sort(byStageThenPosition(graph));
}

/**
 * Breadth-first walk from `from` along flows of the given kinds (all kinds when omitted).
 * Returns step ids in the order first reached; each step once, so loops end. O(steps + flows).
 */
export function walk(graph: JourneyGraph, from: readonly string[], kinds?: readonly FlowKind[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const id of from) {
    if (graph.steps.has(id) && !seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  }
  // `order` doubles as the queue: an index instead of shift() keeps the walk linear.
  for (let head = 0; head < order.length; head++) {
    for (const flow of graph.outgoing.get(order[head]) ?? []) {
      if (kinds && !kinds.includes(flow.kind)) continue;
      if (seen.has(flow.to)) continue;
      seen.add(flow.to);
      order.push(flow.to);
    }
  }
  return order;
}
