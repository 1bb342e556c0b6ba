/**
 * The others' pointers on the map, while in a workshop: each person's arrow in their colour
 * with their name, placed at their pointer's map position and moved with this page's pan and
 * zoom (the layer reads the viewport transform; it is the only thing that redraws when a
 * pointer moves, never the steps). A pointer that has not moved for a while, or that left
 * the canvas, is not drawn. The layer takes no clicks and is hidden from assistive technology
 * (the workshop strip names who is here).
 *
 * It also sends this person's own pointer: where it is on the map while it moves over the
 * canvas, and null when it leaves (session.ts throttles what goes out).
 */
import { useEffect, useRef, useState } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { setPresence, useWorkshop } from './session';
import { shownPointers, toScreen, trackPointers, type TrackedPointer } from './pointers';
import './presence.css';

export function PeerPointers() {
  const active = useWorkshop((s) => s.active);
  return active ? <ActivePointers /> : null;
}

function ActivePointers() {
  useSendOwnPointer();
  const peers = useWorkshop((s) => s.peers);
  const transform = useStore((s) => s.transform);
  const tracked = useRef(new Map<number, TrackedPointer>());
  const [now, setNow] = useState(() => Date.now());

  // Each poll's peers: note who moved (by this page's clock).
  const [seenPeers, setSeenPeers] = useState(peers);
  if (seenPeers !== peers) {
    setSeenPeers(peers);
    const at = Date.now();
    tracked.current = trackPointers(tracked.current, peers, at);
    setNow(at);
  }

  const { shown, nextChange } = shownPointers(tracked.current, now);
  // Redraw when the next pointer goes idle.
  useEffect(() => {
    if (nextChange === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, nextChange - Date.now()) + 20);
    return () => clearTimeout(timer);
  }, [nextChange]);

  if (shown.length === 0) return null;
  return (
    <div className="peer-pointers" aria-hidden="true">
      {shown.map((pointer) => {
        const at = toScreen(pointer, transform);
        return (
          <div
            key={pointer.clientId}
            className="peer-pointer"
            style={{ transform: `translate(${at.x}px, ${at.y}px)`, color: pointer.colour }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20">
              <path
                d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z"
                fill="currentColor"
                stroke="white"
                strokeWidth="1.5"
                strokeLinejoin="round"
              />
            </svg>
            <span className="peer-pointer-name" style={{ background: pointer.colour }}>
              {pointer.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Send where this person's pointer is on the map while it moves over the canvas, and null when it leaves. */
function useSendOwnPointer() {
  const domNode = useStore((s) => s.domNode);
  const flow = useReactFlow();
  useEffect(() => {
    if (!domNode) return;
    const move = (e: PointerEvent) => {
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      setPresence({ pointer: { x: Math.round(at.x), y: Math.round(at.y) } });
    };
    const leave = () => setPresence({ pointer: null });
    domNode.addEventListener('pointermove', move, { passive: true });
    domNode.addEventListener('pointerleave', leave);
    return () => {
      domNode.removeEventListener('pointermove', move);
      domNode.removeEventListener('pointerleave', leave);
      setPresence({ pointer: null });
    };
  }, [domNode, flow]);
}
