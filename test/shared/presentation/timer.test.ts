import { describe, expect, it } from 'vitest';
import {
  adjustCountdown,
  clockText,
  INITIAL_TIMER,
  isRunning,
  isTimeUp,
  MAX_COUNTDOWN_MS,
  pause,
  reset,
  shownMs,
  start,
  toggle,
} from '../../../shared/presentation/timer';

describe('the workshop timer', () => {
  it('counts up while running and keeps its time while paused', () => {
    let t = start(INITIAL_TIMER, 1000);
    expect(isRunning(t)).toBe(true);
    expect(shownMs(t, 6000)).toBe(5000);
    t = pause(t, 6000);
    expect(isRunning(t)).toBe(false);
    expect(shownMs(t, 60_000)).toBe(5000);
    t = toggle(t, 70_000);
    expect(shownMs(t, 72_500)).toBe(7500);
    expect(clockText(shownMs(t, 72_500))).toBe('00:07');
    t = reset(toggle(t, 80_000));
    expect(shownMs(t, 90_000)).toBe(0);
  });

  it('counts down from the minutes set and says when the time is up', () => {
    let t = adjustCountdown(adjustCountdown(INITIAL_TIMER, 1), 1);
    expect(t.mode).toBe('down');
    expect(shownMs(t, 0)).toBe(120_000);
    t = start(t, 0);
    expect(clockText(shownMs(t, 500), true)).toBe('02:00');
    expect(clockText(shownMs(t, 61_000), true)).toBe('00:59');
    expect(isTimeUp(t, 119_999)).toBe(false);
    expect(isTimeUp(t, 120_000)).toBe(true);
    expect(shownMs(t, 200_000)).toBe(0);
    // Reset: the full length again, paused.
    t = reset(t);
    expect(shownMs(t, 300_000)).toBe(120_000);
    expect(isTimeUp(t, 300_000)).toBe(false);
  });

  it('goes back to counting up when the countdown is shortened to nothing, and stops at three hours', () => {
    const one = adjustCountdown(INITIAL_TIMER, 1);
    expect(adjustCountdown(one, -1)).toEqual(INITIAL_TIMER);
    expect(adjustCountdown(INITIAL_TIMER, -5)).toEqual(INITIAL_TIMER);
    expect(adjustCountdown(INITIAL_TIMER, 500).durationMs).toBe(MAX_COUNTDOWN_MS);
  });

  it('writes hours when there are some', () => {
    expect(clockText(3_725_000)).toBe('1:02:05');
    expect(clockText(59_999)).toBe('00:59');
  });
});
