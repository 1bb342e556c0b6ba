/**
 * Autosave: the open document is written without the user doing anything,
 * coalesced to at most one write a second while editing, flushed when the
 * window loses focus, when the project is closed and before the window
 * closes. The renderer never blocks on it. A failed save (full disk,
 * read-only folder) keeps the document marked unsaved, keeps journalling
 * edits, and is retried until it succeeds.
 */
import { saveProjectAsking } from '../app/files/conflict';
import { useDocument } from './documentStore';
import { coveredBySave, flushJournal } from './journal';

export const AUTOSAVE_DELAY_MS = 1000;
export const RETRY_AFTER_FAILURE_MS = 5000;

let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;

/** Save now if anything is unsaved; resolves when the document on disk matches the current revision (or failed). */
export async function flushSave(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  while (inFlight) await inFlight;
  const { project, revision, savedRevision, shared } = useDocument.getState();
  // A workshop guest's map is the host's, saved by the host; a guest keeps a copy with Save a copy.
  if (!project || revision === savedRevision || shared?.role === 'guest') return;
  useDocument.getState().markSaving(revision);
  // The save carries every edit up to `revision`: those journal entries need not be sent.
  coveredBySave(revision);
  let failed = false;
  inFlight = (async () => {
    try {
      const result = await saveProjectAsking(project);
      if (result.ok) useDocument.getState().markSaved(revision);
      else {
        failed = true;
        useDocument.getState().markFailed(result.error);
      }
    } catch (error) {
      failed = true;
      useDocument.getState().markFailed(error instanceof Error ? error.message : String(error));
    } finally {
      inFlight = null;
    }
  })();
  await inFlight;
  if (failed) {
    // Nothing is lost meanwhile: edits go on in memory and in the journal.
    await flushJournal();
    schedule(RETRY_AFTER_FAILURE_MS);
  } else if (useDocument.getState().revision !== useDocument.getState().savedRevision) schedule();
}

function schedule(delay = AUTOSAVE_DELAY_MS): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    void flushSave();
  }, delay);
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
  // Closing the window (or quitting) with unsaved work: hold the close, save (or at
  // least journal) what is unsaved, then close for real.
  let closeHeld = false;
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    const s = useDocument.getState();
    if (closeHeld || !s.project || s.revision === s.savedRevision) return;
    e.preventDefault();
    closeHeld = true;
    void flushSave()
      .then(flushJournal)
      .finally(() => window.close());
  };
  window.addEventListener('blur', onBlur);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('blur', onBlur);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHide);
  };
}
