/**
 * The others' pointers, as this page shows them: where each peer's pointer is on the map and
 * when it last moved (by this page's clock: a peer's clock is never trusted), so a pointer
 * that has not moved for a while fades away and one that left the canvas (null) is gone.
 */
import type { WorkshopPeer } from '../../shared/workshopIpc';

/** A pointer that has not moved for this long is no longer drawn (ms). */
export const POINTER_IDLE_MS = 8000;

export interface TrackedPointer {
  clientId: number;
  name: string;
  colour: string;
  /** Map (flow) coordinates. */
  x: number;
  y: number;
  /** When this page saw it arrive where it is (ms, this page's clock). */
  movedAt: number;
}

/**
 * The pointers after a poll: a peer whose pointer is where it was keeps its time, one that
 * moved (or is new) gets `now`, and peers without a pointer (left the canvas, or left) drop out.
 */
export function trackPointers(
  previous: ReadonlyMap<number, TrackedPointer>,
  peers: readonly WorkshopPeer[],
  now: number,
): Map<number, TrackedPointer> {
  const next = new Map<number, TrackedPointer>();
  for (const peer of peers) {
    if (!peer.pointer) continue;
    const { x, y } = peer.pointer;
    const was = previous.get(peer.clientId);
    const still = was !== undefined && was.x === x && was.y === y;
    next.set(peer.clientId, {
      clientId: peer.clientId,
      name: peer.name,
      colour: peer.colour,
      x,
      y,
      movedAt: still ? was.movedAt : now,
    });
  }
  return next;
}

/** The pointers to draw now, and when the next one goes idle (null: none will). */
export function shownPointers(
  tracked: ReadonlyMap<number, TrackedPointer>,
  now: number,
  idleMs = POINTER_IDLE_MS,
): { shown: TrackedPointer[]; nextChange: number | null } {
  const shown: TrackedPointer[] = [];
  let nextChange: number | null = null;
  for (const pointer of tracked.values()) {
    const goesAt = pointer.movedAt + idleMs;
    if (goesAt <= now) continue;
    shown.push(pointer);
    if (nextChange === null || goesAt < nextChange) nextChange = goesAt;
  }
  return { shown, nextChange };
}

/** A map point on screen, relative to the canvas: the viewport transform [x, y, zoom] applied. */
export function toScreen(point: { x: number; y: number }, transform: readonly [number, number, number]) {
  return { x: point.x * transform[2] + transform[0], y: point.y * transform[2] + transform[1] };
}
