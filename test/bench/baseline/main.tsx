/**
 * The bench baseline: bare React Flow with default nodes, the same graph and
 * the same React Flow settings as Touchmap's canvas, nothing else.
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

declare global {
  interface Window {
    __BENCH_GRAPH__?: {
      nodes: Node[];
      edges: Edge[];
      viewport: { x: number; y: number; zoom: number } | null;
      /** Same on-screen size and offset as Touchmap's canvas, so both draw the same area. */
      frame: { x: number; y: number; width: number; height: number };
    };
    __BASELINE_READY__?: number;
  }
}

function Baseline() {
  const graph = window.__BENCH_GRAPH__ ?? {
    nodes: [],
    edges: [],
    viewport: null,
    frame: { x: 0, y: 0, width: 800, height: 600 },
  };
  const { frame } = graph;
  const [nodes, setNodes] = useState<Node[]>(graph.nodes);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)), []);
  return (
    <div style={{ position: 'relative', height: '100%' }}>
      <div style={{ position: 'absolute', left: frame.x, top: frame.y, width: frame.width, height: frame.height }}>
        <ReactFlow
          nodes={nodes}
          edges={graph.edges}
          onNodesChange={onNodesChange}
          defaultViewport={graph.viewport ?? undefined}
          fitView={!graph.viewport}
          minZoom={0.05}
          maxZoom={2.5}
          onlyRenderVisibleElements
          zoomOnDoubleClick={false}
          snapToGrid
          snapGrid={[8, 8]}
          disableKeyboardA11y
          deleteKeyCode={null}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} />
          <MiniMap pannable zoomable />
          <Controls />
        </ReactFlow>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
