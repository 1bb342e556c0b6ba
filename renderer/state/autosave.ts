/**
 * Autosave: the open document is written without the user doing anything,
 * coalesced to at most one write a second while editing, and flushed when the
 * window loses focus or the project is closed. The renderer never blocks on it.
 */
import { api } from '../api';
import { useDocument } from './documentStore';

export const AUTOSAVE_DELAY_MS = 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;

/** Save now if anything is unsaved; resolves when the document on disk matches the current revision. */
export async function flushSave(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  while (inFlight) await inFlight;
  const { project, revision, savedRevision } = useDocument.getState();
  if (!project || revision === savedRevision) return;
  const state = useDocument.getState();
  state.markSaving(revision);
  inFlight = (async () => {
    try {
      const result = await api().saveProject({ project });
      if (result.ok) useDocument.getState().markSaved(revision);
      else useDocument.getState().markFailed(result.error);
    } catch (error) {
      useDocument.getState().markFailed(error instanceof Error ? error.message : String(error));
    } finally {
      inFlight = null;
    }
  })();
  await inFlight;
  // Edits made while writing are picked up by the next scheduled save.
  if (useDocument.getState().revision !== useDocument.getState().savedRevision) schedule();
}

function schedule(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    void flushSave();
  }, AUTOSAVE_DELAY_MS);
}

/** Start watching the store; returns a stop function. */
export function startAutosave(): () => void {
  const unsubscribe = useDocument.subscribe((state, prev) => {
    if (state.revision !== prev.revision && state.revision !== state.savedRevision) schedule();
  });
  const onBlur = () => void flushSave();
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flushSave();
  };
  window.addEventListener('blur', onBlur);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('visibilitychange', onHide);
  };
}
