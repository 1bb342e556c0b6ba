/**
 * The others' pointers as the page shows them (renderer/workshop/pointers.ts): a pointer that
 * moved is dated now, one that stayed keeps its time and goes after the idle time, one that
 * left the canvas (null) or whose person left is gone at once; map points go to the screen
 * through the viewport transform.
 */
import { describe, expect, it } from 'vitest';
import { POINTER_IDLE_MS, shownPointers, toScreen, trackPointers } from '../../../renderer/workshop/pointers';
import type { WorkshopPeer } from '../../../shared/workshopIpc';

const peer = (clientId: number, name: string, pointer: { x: number; y: number } | null): WorkshopPeer => ({
  clientId,
  name,
  colour: '#1b6fd6',
  selection: [],
  pointer,
});

describe('peer pointers', () => {
  it('dates a pointer when it moves, keeps the date while it stays, and hides it once idle', () => {
    let tracked = trackPointers(new Map(), [peer(1, 'Ben', { x: 10, y: 20 })], 1000);
    expect(shownPointers(tracked, 1000).shown).toEqual([
      { clientId: 1, name: 'Ben', colour: '#1b6fd6', x: 10, y: 20, movedAt: 1000 },
    ]);
    // Another poll, the same place (someone else moved): Ben's time stays.
    tracked = trackPointers(tracked, [peer(1, 'Ben', { x: 10, y: 20 }), peer(2, 'Cy', { x: 0, y: 0 })], 5000);
    expect(tracked.get(1)!.movedAt).toBe(1000);
    expect(tracked.get(2)!.movedAt).toBe(5000);
    const later = shownPointers(tracked, 1000 + POINTER_IDLE_MS);
    expect(later.shown.map((p) => p.name)).toEqual(['Cy']);
    expect(later.nextChange).toBe(5000 + POINTER_IDLE_MS);
    // Ben moves again: shown again, dated now.
    tracked = trackPointers(tracked, [peer(1, 'Ben', { x: 11, y: 20 })], 20_000);
    expect(shownPointers(tracked, 20_000).shown.map((p) => [p.name, p.x, p.movedAt])).toEqual([['Ben', 11, 20_000]]);
  });

  it('drops a pointer that left the canvas and the pointer of someone who left', () => {
    const tracked = trackPointers(new Map(), [peer(1, 'Ben', { x: 1, y: 2 }), peer(2, 'Cy', { x: 3, y: 4 })], 0);
    const after = trackPointers(tracked, [peer(1, 'Ben', null)], 10);
    expect(shownPointers(after, 10)).toEqual({ shown: [], nextChange: null });
  });

  it('places a map point on screen through the viewport transform (pan, then zoom)', () => {
    expect(toScreen({ x: 100, y: 50 }, [0, 0, 1])).toEqual({ x: 100, y: 50 });
    expect(toScreen({ x: 100, y: 50 }, [30, -20, 0.5])).toEqual({ x: 80, y: 5 });
    expect(toScreen({ x: -40, y: 10 }, [200, 100, 2])).toEqual({ x: 120, y: 120 });
  });
});
