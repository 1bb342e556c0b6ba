/**
 * Auto layout with ELK's layered algorithm, left to right. Stage order is kept
 * with ELK partitions (one partition per stage), then each step is placed back
 * relative to its own stage column and lane row, so nothing leaves its cell.
 */
import type { StepMove } from '../../shared/commands';
import type { Project } from '../../shared/model';
import { GRID } from '../../shared/layout/grid';

// ELK is large; it is loaded the first time a user asks for a layout, not at start-up.
let elkInstance: Promise<{ layout: (graph: ElkGraph) => Promise<ElkGraph> }> | null = null;
interface ElkGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children?: {
    id: string;
    width?: number;
    height?: number;
    x?: number;
    y?: number;
    layoutOptions?: Record<string, string>;
  }[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}
function elk() {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elkInstance;
}

export async function autoLayout(project: Project): Promise<StepMove[]> {
  if (project.steps.length === 0) return [];
  const stageIndex = new Map(project.stages.map((s, i) => [s.id, i]));
  const { width, height } = GRID.defaultStepSize;
  const stepIds = new Set(project.steps.map((s) => s.id));
  const graph = await (
    await elk()
  ).layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: project.steps.map((s) => ({
      id: s.id,
      width,
      height,
      layoutOptions: { 'elk.partitioning.partition': String(stageIndex.get(s.stageId) ?? 0) },
    })),
    edges: project.flows
      .filter((f) => stepIds.has(f.from) && stepIds.has(f.to))
      .map((f) => ({ id: f.id, sources: [f.from], targets: [f.to] })),
  });
  const placed = new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  // Left edge per stage and top edge per lane, so positions become cell-relative.
  const minX = new Map<string, number>();
  const minY = new Map<string, number>();
  const laneOf = (laneId: string | undefined) => (project.lanes.length ? (laneId ?? project.lanes[0].id) : '');
  for (const s of project.steps) {
    const p = placed.get(s.id);
    if (!p) continue;
    minX.set(s.stageId, Math.min(minX.get(s.stageId) ?? Infinity, p.x));
    const lane = laneOf(s.laneId);
    minY.set(lane, Math.min(minY.get(lane) ?? Infinity, p.y));
  }
  return project.steps.map((s) => {
    const p = placed.get(s.id) ?? { x: 0, y: 0 };
    return {
      stepId: s.id,
      position: {
        x: Math.round(p.x - (minX.get(s.stageId) ?? 0) + GRID.padding),
        y: Math.round(p.y - (minY.get(laneOf(s.laneId)) ?? 0) + 48),
      },
    };
  });
}
