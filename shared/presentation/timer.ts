/**
 * The workshop timer of presentation mode: counts up, or down from an exercise's length.
 * Pure state and transitions; the caller passes the clock (`now`, ms), so the timer is
 * tested without waiting and a paused timer keeps exactly what it had.
 */

export interface TimerState {
  /** Counting up from zero, or down from `durationMs`. */
  mode: 'up' | 'down';
  /** The countdown's length (kept when switching back to counting up). */
  durationMs: number;
  /** Time counted before the current run. */
  accumulatedMs: number;
  /** When the current run started, or null while paused or reset. */
  startedAt: number | null;
}

/** Longest countdown: three hours. */
export const MAX_COUNTDOWN_MS = 3 * 60 * 60 * 1000;
const MINUTE = 60_000;

export const INITIAL_TIMER: TimerState = { mode: 'up', durationMs: 0, accumulatedMs: 0, startedAt: null };

export const isRunning = (t: TimerState) => t.startedAt !== null;

/** Time counted so far. */
export function elapsedMs(t: TimerState, now: number): number {
  return t.accumulatedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));
}

/** What the timer shows: the time counted (up), or the time left, never below zero (down). */
export function shownMs(t: TimerState, now: number): number {
  const elapsed = elapsedMs(t, now);
  return t.mode === 'up' ? elapsed : Math.max(0, t.durationMs - elapsed);
}

/** Whether a countdown has run out. */
export function isTimeUp(t: TimerState, now: number): boolean {
  return t.mode === 'down' && elapsedMs(t, now) >= t.durationMs;
}

export function start(t: TimerState, now: number): TimerState {
  return isRunning(t) ? t : { ...t, startedAt: now };
}

export function pause(t: TimerState, now: number): TimerState {
  return isRunning(t) ? { ...t, accumulatedMs: elapsedMs(t, now), startedAt: null } : t;
}

/** Start, or pause when running (the T key). */
export function toggle(t: TimerState, now: number): TimerState {
  return isRunning(t) ? pause(t, now) : start(t, now);
}

/** Back to zero (up) or to the full length (down), paused. */
export function reset(t: TimerState): TimerState {
  return { ...t, accumulatedMs: 0, startedAt: null };
}

/**
 * Lengthen (minutes > 0) or shorten the countdown by whole minutes: a timer counting up
 * becomes a countdown; shortened to nothing, it counts up again. The timer is reset.
 */
export function adjustCountdown(t: TimerState, minutes: number): TimerState {
  const base = t.mode === 'down' ? t.durationMs : 0;
  const durationMs = Math.min(MAX_COUNTDOWN_MS, Math.max(0, base + minutes * MINUTE));
  return durationMs > 0
    ? { mode: 'down', durationMs, accumulatedMs: 0, startedAt: null }
    : { mode: 'up', durationMs: 0, accumulatedMs: 0, startedAt: null };
}

/** "mm:ss", or "h:mm:ss" from an hour on; whole seconds (a countdown rounds up, so it shows 0:00 only when done). */
export function clockText(ms: number, roundUp = false): string {
  const total = roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
