/**
 * Turns the document into React Flow nodes and edges. Node objects are reused
 * when nothing about them changed, so React Flow (and the memoised node
 * components) re-render only what an edit touched.
 */
import { Position, type Edge, type Node } from '@xyflow/react';
import type { Flow, Project, Step } from '../../shared/model';
import { computeGrid, GRID, stepRects, type Grid } from '../../shared/layout/grid';
import { phrase } from './phrase';

export type StepNodeData = { step: Step };
export type StageNodeData = { stageId: string; name: string; colour?: string; index: number; height: number };
export type LaneNodeData = { laneId: string; name: string; width: number };
export type StepNodeType = Node<StepNodeData, 'step'>;
export type StageNodeType = Node<StageNodeData, 'stage'>;
export type LaneNodeType = Node<LaneNodeData, 'lane'>;
export type JourneyNode = StepNodeType | StageNodeType | LaneNodeType;
export type FlowEdgeType = Edge<{ flow: Flow }>;

const STEP_MEASURED = { width: GRID.defaultStepSize.width, height: GRID.defaultStepSize.height };
/**
 * Where a step's two handles are (React Flow's 6 px handles centred on the left
 * and right edges). Given up front, React Flow need not mount every node once to
 * measure them, so opening a large map renders only the steps in view.
 */
const HANDLE = 6;
const STEP_HANDLES: NonNullable<StepNodeType['handles']> = [
  {
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: GRID.defaultStepSize.height / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: 'source',
    position: Position.Right,
    x: GRID.defaultStepSize.width - HANDLE / 2,
    y: GRID.defaultStepSize.height / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

export function gridOf(project: Project): Grid {
  return computeGrid(project);
}

const sameSet = (a: Set<string>, id: string, prev: boolean | undefined) => a.has(id) === (prev ?? false);

export function buildNodes(
  project: Project,
  grid: Grid,
  selected: Set<string>,
  previous: ReadonlyMap<string, JourneyNode>,
): JourneyNode[] {
  const nodes: JourneyNode[] = [];
  project.stages.forEach((stage, index) => {
    const col = grid.columns[index];
    const id = `stage:${stage.id}`;
    const prev = previous.get(id) as StageNodeType | undefined;
    const d = prev?.data;
    if (
      prev &&
      d &&
      prev.position.x === col.x &&
      d.name === stage.name &&
      d.colour === stage.colour &&
      d.index === index &&
      d.height === grid.height &&
      prev.width === col.width
    ) {
      nodes.push(prev);
      return;
    }
    nodes.push({
      id,
      type: 'stage',
      position: { x: col.x, y: 0 },
      width: col.width,
      height: grid.height,
      measured: { width: col.width, height: grid.height },
      data: { stageId: stage.id, name: stage.name, colour: stage.colour, index, height: grid.height },
      domAttributes: roles().stage,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      zIndex: -2,
    });
  });
  if (project.lanes.length) {
    project.lanes.forEach((lane, index) => {
      const row = grid.rows[index];
      nodes.push({
        id: `lane:${lane.id}`,
        type: 'lane',
        position: { x: 0, y: row.y },
        width: grid.width,
        height: row.height,
        measured: { width: grid.width, height: row.height },
        data: { laneId: lane.id, name: lane.name, width: grid.width },
        domAttributes: roles().lane,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        zIndex: -1,
      });
    });
  }
  const rects = stepRects(project, grid);
  const stepRole = roles().step;
  for (const step of project.steps) {
    const rect = rects.get(step.id);
    if (!rect) continue;
    const prev = previous.get(step.id) as StepNodeType | undefined;
    if (
      prev &&
      prev.data.step === step &&
      prev.domAttributes === stepRole &&
      prev.position.x === rect.x &&
      prev.position.y === rect.y &&
      sameSet(selected, step.id, prev.selected)
    ) {
      nodes.push(prev);
      continue;
    }
    nodes.push({
      id: step.id,
      type: 'step',
      position: { x: rect.x, y: rect.y },
      data: { step },
      ariaLabel: step.title,
      domAttributes: stepRole,
      selected: selected.has(step.id),
      width: GRID.defaultStepSize.width,
      height: GRID.defaultStepSize.height,
      // Step boxes have a fixed size: telling React Flow so keeps it from re-measuring
      // (and re-rendering) every node whenever the node array is replaced.
      measured: STEP_MEASURED,
      handles: STEP_HANDLES,
    });
  }
  return nodes;
}

/** Flow colours are the theme's token variables (shared/look/css.ts), so they follow light and dark. */
const EDGE_STYLE: Record<Flow['kind'], React.CSSProperties> = {
  main: { stroke: 'var(--color-flow-main)', strokeWidth: 2 },
  alternative: { stroke: 'var(--color-flow-alternative)', strokeWidth: 2, strokeDasharray: '6 4' },
  failure: { stroke: 'var(--color-flow-failure)', strokeWidth: 2, strokeDasharray: '2 4' },
};

/**
 * A flow's accessible name in the UI language: its kind, its label if any, and the titles of
 * its two ends. Through `phrase` (the template looked up once per language), not i18next's t()
 * per flow: a 5,000-step journey names thousands of flows each time it opens.
 */
export function flowName(flow: Flow, titles: ReadonlyMap<string, string>): string {
  const from = titles.get(flow.from) ?? '';
  const to = titles.get(flow.to) ?? '';
  return flow.label
    ? phrase(`canvas.flowNameLabelled.${flow.kind}`, { label: flow.label, from, to })
    : phrase(`canvas.flowName.${flow.kind}`, { from, to });
}

/**
 * Flows in drawing order: the longest first, so a short flow is drawn over a long one that
 * starts or ends at the same handle and stays clickable; the long one is free further along.
 * Length is the distance between the flow's two ends (flows that go back are longer still).
 */
function drawingOrder(project: Project, grid: Grid): Flow[] {
  const rects = stepRects(project, grid);
  const length = (flow: Flow) => {
    const a = rects.get(flow.from);
    const b = rects.get(flow.to);
    if (!a || !b) return 0;
    const dx = b.x - (a.x + a.width);
    const dy = Math.abs(b.y + b.height / 2 - (a.y + a.height / 2));
    return (dx < 0 ? -2 * dx + a.height : dx) + dy;
  };
  const lengths = new Map(project.flows.map((f) => [f.id, length(f)]));
  return [...project.flows].sort((f, g) => (lengths.get(g.id) ?? 0) - (lengths.get(f.id) ?? 0));
}

/**
 * What a screen reader calls a step box and a flow (React Flow's own words are English
 * "node" and "edge"): one object per language, so a node built in the same language is
 * reused and a language switch rebuilds them.
 */
type Role = { 'aria-roledescription': string };
const roleCache = new Map<string, { step: Role; flow: Role; stage: Role; lane: Role }>();
function roles() {
  const words = [
    phrase('canvas.stepRole', {}),
    phrase('canvas.flowRole', {}),
    phrase('domain.stage', {}).toLocaleLowerCase(),
    phrase('domain.lane', {}).toLocaleLowerCase(),
  ];
  const key = words.join('\u0000');
  let found = roleCache.get(key);
  if (!found) {
    const [step, flow, stage, lane] = words.map((word) => ({ 'aria-roledescription': word }));
    found = { step: step!, flow: flow!, stage: stage!, lane: lane! };
    roleCache.set(key, found);
  }
  return found;
}

export function buildEdges(
  project: Project,
  grid: Grid,
  selected: Set<string>,
  previous: ReadonlyMap<string, FlowEdgeType>,
): FlowEdgeType[] {
  const titles = new Map(project.steps.map((s) => [s.id, s.title]));
  const flowRole = roles().flow;
  return drawingOrder(project, grid).map((flow) => {
    const prev = previous.get(flow.id);
    const ariaLabel = flowName(flow, titles);
    // Reused only when the name is the same too: renaming a step renames its flows.
    if (
      prev &&
      prev.data?.flow === flow &&
      prev.ariaLabel === ariaLabel &&
      prev.domAttributes === flowRole &&
      sameSet(selected, flow.id, prev.selected)
    )
      return prev;
    return {
      id: flow.id,
      type: 'flow',
      source: flow.from,
      target: flow.to,
      label: flow.label || undefined,
      data: { flow },
      selected: selected.has(flow.id),
      style: EDGE_STYLE[flow.kind],
      markerEnd: { type: 'arrowclosed', color: EDGE_STYLE[flow.kind].stroke as string },
      ariaLabel,
      domAttributes: flowRole,
      className: `flow flow-${flow.kind}`,
    } satisfies FlowEdgeType;
  });
}
