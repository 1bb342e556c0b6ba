import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type AriaLabelConfig,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { GRID, locateDrop } from '../../shared/layout/grid';
import { useLanguage } from '../i18n';
import { useDocument } from '../state/documentStore';
import { useMatchingSteps, useViewedProject } from '../state/filters';
import { newId } from '../state/ids';
import { useUi } from '../state/uiStore';
import { useViewRequests } from '../state/viewRequests';
import { noteViewport, useProjectViewport } from '../state/viewState';
import { addStep } from './actions';
import { buildEdges, buildNodes, DIMMED, gridOf, type FlowEdgeType, type JourneyNode } from './flowModel';
import { LaneNode, StageNode } from './StageNode';
import { StepNode } from './StepNode';
import { FlowEdge } from './FlowEdge';
import { FarOutLayer, farOutGeometry, stepAt, stepsInside } from './FarOutLayer';
import { PALETTES } from '../../shared/look/tokens';
import { useTheme } from '../look/theme';
import { RowsBand } from './rows/RowsBand';
import { StickyHeaders } from './rows/StickyHeaders';
import { PeerPointers } from '../workshop/PeerPointers';

// Declared once at module level so React Flow never re-mounts node components.
const nodeTypes = { step: StepNode, stage: StageNode, lane: LaneNode };
const edgeTypes = { flow: FlowEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP: [number, number] = [8, 8];
// A small map is shown at its real size, not blown up to fill the screen.
const FIT_OPTIONS = { maxZoom: 1, padding: 0.1 };
export const SIMPLIFY_BELOW_ZOOM = 0.45;
/**
 * Far out, a map with at least this many steps is drawn on one canvas layer (FarOutLayer)
 * instead of React Flow nodes and edges; a smaller one stays DOM nodes (cheap at that size),
 * so its steps can still be dragged and reached by role far out.
 */
export const FAR_OUT_LAYER_MIN_STEPS = 200;
const READABLE_ZOOM = 0.7;

/**
 * The view of a project opened for the first time: the whole map if it fits
 * at a readable zoom, otherwise the start of the journey (left) at the
 * smallest zoom where titles stay readable, never the whole map shrunk to dots.
 */
function firstView(grid: { width: number; height: number } | null): Viewport {
  const width = Math.max(400, window.innerWidth - 380);
  const height = Math.max(300, window.innerHeight - 280);
  if (!grid) return { x: 24, y: 24, zoom: 1 };
  const fit = Math.min(width / (grid.width + 48), height / (grid.height + 48));
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
  return { x: 24, y: 24, zoom };
}

/** Steps stand out in the minimap (those the filters dim, faintly); stage columns are a faint band, lanes are not drawn. */
function minimapColour(node: JourneyNode): string {
  // The theme's token variables (shared/look/css.ts): the minimap draws its nodes with a style fill.
  if (node.type === 'step')
    return node.selected
      ? 'var(--color-accent)'
      : node.className === DIMMED
        ? 'var(--color-border)'
        : 'var(--color-step-stroke)';
  if (node.type === 'stage')
    return node.data.index % 2 ? 'var(--color-stage-fill-alt)' : 'var(--color-stage-header-fill)';
  return 'transparent';
}

/** Apply React Flow's select changes to a list of selected ids, keeping order. */
function applySelect(current: string[], picks: { id: string; selected: boolean }[]): string[] {
  const set = new Set(current);
  for (const p of picks) {
    if (p.selected) set.add(p.id);
    else set.delete(p.id);
  }
  return [...set];
}

/**
 * Space or Enter on a focused flow that is not the selection selects it (alone), so a
 * keyboard user can pick any flow, also one drawn under another. Enter on the selected
 * flow is left to the editor's shortcuts (it inserts a step on it). True when handled.
 */
function selectFocusedFlow(e: React.KeyboardEvent): boolean {
  if (e.key !== ' ' && e.key !== 'Enter') return false;
  const id = (e.target as Element).closest?.('.react-flow__edge')?.getAttribute('data-id');
  if (!id) return false;
  const { selection, select } = useDocument.getState();
  const alone = selection.stepIds.length === 0 && selection.flowIds.length === 1 && selection.flowIds[0] === id;
  if (alone && e.key === 'Enter') return false;
  e.preventDefault();
  e.stopPropagation();
  if (!alone) select({ stepIds: [], flowIds: [id] });
  return true;
}

const isFarOut = (s: { transform: [number, number, number] }) => s.transform[2] < SIMPLIFY_BELOW_ZOOM;
const isBoxSelecting = (s: { userSelectionActive: boolean }) => s.userSelectionActive;

/** React Flow's own labels and screen-reader hints, in the UI language. */
function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.stepHint'),
      'node.a11yDescription.keyboardDisabled': t('canvas.stepHint'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }) => t('canvas.moved', { x, y }),
      'edge.a11yDescription.default': t('canvas.flowHint'),
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
      'controls.interactive.ariaLabel': t('canvas.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    // `t` is the same function across languages: the language is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

export function Canvas() {
  const { t } = useTranslation();
  const language = useLanguage();
  const ariaLabels = useAriaLabels();
  const project = useViewedProject();
  const selection = useDocument((s) => s.selection);
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  const theme = useTheme((s) => s.theme);
  // Far out, steps and flows are drawn on one canvas layer (FarOutLayer), not as React Flow nodes and edges.
  const farOut = useStore(isFarOut) && (project?.steps.length ?? 0) >= FAR_OUT_LAYER_MIN_STEPS;
  const grid = useMemo(() => (project ? gridOf(project) : null), [project]);
  const selectedIds = useMemo(() => new Set([...selection.stepIds, ...selection.flowIds]), [selection]);
  // The steps the map filters let through (null: no filter); the rest are dimmed. Computed once
  // per change of the project or the filters, never per drag frame.
  const bright = useMatchingSteps();

  const nodeCache = useRef(new Map<string, JourneyNode>());
  const edgeCache = useRef(new Map<string, FlowEdgeType>());
  const [nodes, setNodes] = useState<JourneyNode[]>([]);

  const derivedNodes = useMemo(() => {
    if (!project || !grid) return [];
    const built = buildNodes(project, grid, selectedIds, nodeCache.current, bright);
    nodeCache.current = new Map(built.map((n) => [n.id, n]));
    return built;
  }, [project, grid, selectedIds, bright]);

  const edges = useMemo(() => {
    if (!project || !grid) return [];
    const built = buildEdges(project, grid, selectedIds, edgeCache.current, bright);
    edgeCache.current = new Map(built.map((e) => [e.id, e]));
    return built;
    // The flows' names are said in the UI language: built again when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, grid, selectedIds, language, bright]);

  // The document is the truth; local node state only carries the in-flight drag.
  useEffect(() => setNodes(derivedNodes), [derivedNodes]);

  // Far out, React Flow gets only the stage columns and lanes; the layer draws the rest.
  const shownNodes = useMemo(() => (farOut ? nodes.filter((n) => n.type !== 'step') : nodes), [farOut, nodes]);
  const shownEdges = useMemo(() => (farOut ? [] : edges), [farOut, edges]);
  const geometry = useMemo(
    () => (farOut && project && grid ? farOutGeometry(project, grid, lens, sense, bright, PALETTES[theme]) : null),
    [farOut, project, grid, lens, sense, bright, theme],
  );
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;

  // Box selection far out: the steps wholly inside React Flow's selection rectangle.
  const boxSelecting = useStore(isBoxSelecting);
  const storeApi = useStoreApi();
  // Set while a box selection is made: the click that ends it is not a click on the pane.
  const boxed = useRef(false);
  useEffect(() => {
    if (!boxSelecting) return;
    return storeApi.subscribe((state) => {
      const g = geometryRef.current;
      const rect = state.userSelectionRect;
      if (!g || !rect || !state.userSelectionActive) return;
      const [tx, ty, zoom] = state.transform;
      const inside = stepsInside(g, {
        x: (rect.x - tx) / zoom,
        y: (rect.y - ty) / zoom,
        width: rect.width / zoom,
        height: rect.height / zoom,
      });
      boxed.current = true;
      const current = useDocument.getState().selection;
      if (current.flowIds.length || inside.join() !== current.stepIds.join())
        useDocument.getState().select({ stepIds: inside, flowIds: [] });
    });
  }, [boxSelecting, storeApi]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    // Sizes are fixed (see flowModel); only positions of an in-flight drag are kept locally.
    const relevant = changes.filter((c) => c.type === 'position');
    if (relevant.length) setNodes((current) => applyNodeChanges(relevant, current));
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length) {
      const { selection, select } = useDocument.getState();
      select({ stepIds: applySelect(selection.stepIds, picks) });
    }
  }, []);

  // Edge removal goes through commands; only selection is taken from React Flow.
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdgeType>[]) => {
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length) {
      const { selection, select } = useDocument.getState();
      select({ flowIds: applySelect(selection.flowIds, picks) });
    }
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: JourneyNode, dragged: JourneyNode[]) => {
      const state = useDocument.getState();
      if (!state.project) return;
      const g = gridOf(state.project);
      const moves = dragged
        .filter((n) => n.type === 'step')
        .map((n) => {
          const target = locateDrop(g, n.position, GRID.defaultStepSize);
          return target && { stepId: n.id, ...target };
        })
        .filter((m): m is NonNullable<typeof m> => m !== null);
      if (!moves.length || !state.dispatch({ type: 'moveSteps', moves })) setNodes(derivedNodes);
    },
    [derivedNodes],
  );

  // The viewport is view state (library settings), never written into the project. A project
  // never viewed here opens where an older file's `view` says, or at its first view.
  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => noteViewport(viewport), []);
  const openAt = useProjectViewport(project?.id, () => project?.view ?? firstView(grid));

  // Level of detail: far out, steps are plain boxes (titles are unreadable there anyway).
  const onMove = useCallback((_event: unknown, viewport: Viewport) => {
    useDocument.getState().setSimplified(viewport.zoom < SIMPLIFY_BELOW_ZOOM);
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    useDocument.getState().dispatch({
      type: 'connect',
      flow: { id: newId('flow'), from: c.source, to: c.target, label: '', kind: 'main' },
    });
  }, []);

  const flow = useReactFlow();
  const fitRequest = useUi((s) => s.fitRequest);
  useEffect(() => {
    if (fitRequest) void flow.fitView({ ...FIT_OPTIONS, duration: 0 });
  }, [fitRequest, flow]);

  // Bring a newly added step into view (keeping the zoom) when it landed off screen. A step
  // just added reaches React Flow one render later (the nodes are set in an effect), so a
  // request waits until its node is there; each request is handled once.
  const reveal = useViewRequests((s) => s.reveal);
  const revealed = useRef<typeof reveal>(null);
  useEffect(() => {
    if (!reveal || revealed.current === reveal) return;
    const internal = flow.getInternalNode(reveal.stepId);
    const el = document.querySelector('.react-flow');
    if (!internal || !el) return;
    revealed.current = reveal;
    const { x, y, zoom } = flow.getViewport();
    const { width, height } = el.getBoundingClientRect();
    const p = internal.internals.positionAbsolute;
    const size = GRID.defaultStepSize;
    const sx = p.x * zoom + x;
    const sy = p.y * zoom + y;
    if (sx < 0 || sy < 0 || sx + size.width * zoom > width || sy + size.height * zoom > height)
      void flow.setCenter(p.x + size.width / 2, p.y + size.height / 2, { zoom, duration: 0 });
  }, [reveal, flow, nodes]);

  // Double-click a step to rename it in place.
  const onNodeDoubleClick = useCallback((_event: React.MouseEvent, node: JourneyNode) => {
    if (node.type === 'step') useUi.getState().setRenaming(node.id);
  }, []);

  // Far out, a click on a drawn step selects it (Shift, Cmd or Ctrl: adds it, or takes it out);
  // a click on the empty pane clears the selection. React Flow's pane handles the rest (panning).
  const onClickCapture = useCallback(
    (e: React.MouseEvent) => {
      const g = geometryRef.current;
      if (boxed.current || !g || !(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const id = stepAt(g, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      const { selection, select } = useDocument.getState();
      if (!id) {
        select({ stepIds: [], flowIds: [] });
        return;
      }
      e.stopPropagation();
      if (e.shiftKey || e.metaKey || e.ctrlKey) {
        const has = selection.stepIds.includes(id);
        select({ stepIds: has ? selection.stepIds.filter((s) => s !== id) : [...selection.stepIds, id] });
      } else select({ stepIds: [id], flowIds: [] });
    },
    [flow],
  );

  const onDoubleClick = useCallback(
    (e: React.MouseEvent) => {
      if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const state = useDocument.getState();
      if (!state.project) return;
      const point = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Far out, a double-click on a drawn step is on that step, not on free space.
      if (geometryRef.current && stepAt(geometryRef.current, point)) return;
      const size = GRID.defaultStepSize;
      const target = locateDrop(
        gridOf(state.project),
        { x: point.x - size.width / 2, y: point.y - size.height / 2 },
        size,
      );
      if (target) addStep(target);
    },
    [flow],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (selectFocusedFlow(e)) return;
      const arrows: Record<string, [number, number]> = {
        ArrowLeft: [-1, 0],
        ArrowRight: [1, 0],
        ArrowUp: [0, -1],
        ArrowDown: [0, 1],
      };
      const dir = arrows[e.key];
      if (!dir || (e.target as HTMLElement).closest('input, textarea, select')) return;
      e.preventDefault();
      const state = useDocument.getState();
      const project = state.project;
      if (project && state.selection.stepIds.length) {
        // Nudge the selected steps; a run of nudges is one undo entry.
        const step = e.shiftKey ? 40 : 8;
        const ids = new Set(state.selection.stepIds);
        const moves = project.steps
          .filter((s) => ids.has(s.id))
          .map((s) => ({
            stepId: s.id,
            position: { x: Math.max(0, s.position.x + dir[0] * step), y: Math.max(0, s.position.y + dir[1] * step) },
          }));
        state.dispatch({ type: 'moveSteps', moves }, { coalesceKey: `nudge:${[...ids].join(',')}` });
      } else {
        const v = flow.getViewport();
        const by = e.shiftKey ? 400 : 80;
        void flow.setViewport({ x: v.x - dir[0] * by, y: v.y - dir[1] * by, zoom: v.zoom });
      }
    },
    [flow],
  );

  if (!project || !openAt) return null;
  return (
    <div
      className="canvas"
      aria-label={t('canvas.map')}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
      onClickCapture={onClickCapture}
      onPointerDownCapture={() => (boxed.current = false)}
    >
      <ReactFlow<JourneyNode, FlowEdgeType>
        key={project.id}
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onMoveEnd={onMoveEnd}
        onMove={onMove}
        onConnect={onConnect}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid
        snapGrid={SNAP}
        disableKeyboardA11y
        elevateEdgesOnSelect
        defaultViewport={openAt}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
        colorMode={theme}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} nodeColor={minimapColour} nodeStrokeWidth={0} />
        <Controls />
        {geometry && <FarOutLayer geometry={geometry} selected={selectedIds} />}
        <RowsBand />
        <StickyHeaders />
        <PeerPointers />
      </ReactFlow>
    </div>
  );
}
