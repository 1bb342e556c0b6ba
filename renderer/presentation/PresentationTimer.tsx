/**
 * The workshop timer in the presentation's footer: counts up, or down for an exercise
 * (+ and - set the countdown by whole minutes). Small and quiet until a countdown runs
 * out. T starts or pauses it, R resets it (see timerKey); the buttons do the same.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Minus, Pause, Play, Plus, RotateCcw } from 'lucide-react';
import {
  adjustCountdown,
  clockText,
  isRunning,
  isTimeUp,
  reset,
  shownMs,
  toggle,
  type TimerState,
} from '../../shared/presentation/timer';
import i18n from '../i18n';
import { usePresentation } from './presentationStore';

const timer = () => usePresentation.getState().timer;
const set = (next: TimerState) => usePresentation.getState().setTimer(next);
const clock = (t: TimerState, now: number) => clockText(shownMs(t, now), t.mode === 'down');

/** What each timer key does, saying what happened (for the live region); undefined for other keys. */
export function timerKey(key: string): (() => string | null) | undefined {
  switch (key) {
    case 't':
    case 'T':
      return () => {
        const now = Date.now();
        const next = toggle(timer(), now);
        set(next);
        return isRunning(next)
          ? i18n.t('presentation.timer.started')
          : i18n.t('presentation.timer.paused', { time: clock(next, now) });
      };
    case 'r':
    case 'R':
      return () => {
        set(reset(timer()));
        return i18n.t('presentation.timer.resetDone');
      };
    case '+':
    case '=':
      return () => {
        set(adjustCountdown(timer(), 1));
        return modeText(timer());
      };
    case '-':
    case '_':
      return () => {
        set(adjustCountdown(timer(), -1));
        return modeText(timer());
      };
  }
  return undefined;
}

function modeText(t: TimerState): string {
  return t.mode === 'down'
    ? i18n.t('presentation.timer.countdown', { minutes: Math.round(t.durationMs / 60_000) })
    : i18n.t('presentation.timer.countingUp');
}

export function PresentationTimer() {
  const { t } = useTranslation();
  const state = usePresentation((s) => s.timer);
  const running = isRunning(state);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running, state]);
  // A countdown that has run out says so (an alert, read once) and turns red rather than going on silently.
  const up = isTimeUp(state, now);
  const button = (label: string, onClick: () => void, icon: React.ReactNode) => (
    <button type="button" className="presentation-timer-button" aria-label={label} title={label} onClick={onClick}>
      {icon}
    </button>
  );
  return (
    <div className="presentation-timer" data-running={running || undefined} data-up={up || undefined}>
      <span role="timer" aria-label={t('presentation.timer.label')} className="presentation-clock">
        {clock(state, now)}
      </span>
      <span className="presentation-timer-mode">{modeText(state)}</span>
      {button(
        running ? t('presentation.timer.pause') : t('presentation.timer.start'),
        () => set(toggle(timer(), Date.now())),
        running ? <Pause aria-hidden size={18} /> : <Play aria-hidden size={18} />,
      )}
      {button(t('presentation.timer.reset'), () => set(reset(timer())), <RotateCcw aria-hidden size={18} />)}
      {button(
        t('presentation.timer.shorter'),
        () => set(adjustCountdown(timer(), -1)),
        <Minus aria-hidden size={18} />,
      )}
      {button(t('presentation.timer.longer'), () => set(adjustCountdown(timer(), 1)), <Plus aria-hidden size={18} />)}
      {up && (
        <span className="presentation-time-up" role="alert">
          {t('presentation.timer.timeUp')}
        </span>
      )}
    </div>
  );
}
