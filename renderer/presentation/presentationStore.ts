/**
 * Presentation mode's state: whether it is open, the slide shown and the workshop timer.
 * UI state only: never in the document, never in history. The timer outlives the
 * presentation (leave to fix a typo, come back, the exercise's countdown goes on).
 *
 * Full screen is the page's own Fullscreen API on the document element (no IPC): asked for
 * when the presentation opens; when refused, the presentation fills the window and says so.
 * Leaving full screen (Esc, which Chromium keeps for itself in full screen) leaves the
 * presentation too.
 */
import { create } from 'zustand';
import { INITIAL_TIMER, type TimerState } from '../../shared/presentation/timer';

interface PresentationState {
  open: boolean;
  /** Index of the slide shown (clamped to the deck by the view). */
  index: number;
  /** Full screen was refused: presenting in the window. */
  windowed: boolean;
  /** Whether this presentation put the page in full screen (so leaving it closes the presentation). */
  fullScreen: boolean;
  timer: TimerState;
  go(index: number): void;
  setTimer(timer: TimerState): void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  open: false,
  index: 0,
  windowed: false,
  fullScreen: false,
  timer: INITIAL_TIMER,
  go: (index) => set({ index }),
  setTimer: (timer) => set({ timer }),
}));

/** Whether presentation mode is on: the editor's keys and menu commands stay away from the (read-only) map. */
export const isPresenting = () => usePresentation.getState().open;

function onFullScreenChange() {
  const state = usePresentation.getState();
  if (document.fullscreenElement) return;
  if (state.open && state.fullScreen) usePresentation.setState({ open: false, fullScreen: false });
}

/** Open at the title slide, full screen when the page may have it. */
export function openPresentation(): void {
  if (isPresenting()) return;
  usePresentation.setState({ open: true, index: 0, windowed: false, fullScreen: false });
  document.removeEventListener('fullscreenchange', onFullScreenChange);
  document.addEventListener('fullscreenchange', onFullScreenChange);
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') {
    usePresentation.setState({ windowed: !document.fullscreenElement });
    return;
  }
  root.requestFullscreen().then(
    () => {
      if (isPresenting()) usePresentation.setState({ fullScreen: true });
      else void document.exitFullscreen().catch(() => undefined);
    },
    () => {
      if (isPresenting()) usePresentation.setState({ windowed: true });
    },
  );
}

/** Back to the editor, out of full screen if the presentation went there. */
export function closePresentation(): void {
  const { fullScreen } = usePresentation.getState();
  usePresentation.setState({ open: false, fullScreen: false });
  if (fullScreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
