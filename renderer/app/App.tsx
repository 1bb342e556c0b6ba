import { useEffect, useState } from 'react';
import type { Project } from '../../shared/model';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { flushSave, startAutosave } from '../state/autosave';
import { flushJournal, startJournal } from '../state/journal';
import { Home } from './Home';
import { Editor } from '../editor/LazyEditor';
import { RecoveryDialog } from './RecoveryDialog';
import { findRecovery, type Recovery } from './recovery';
import { exposeStore, mark } from '../probe';
import { runAction } from '../editor/actions';
import { setProjectOpener, startFileEvents, useFileNotice } from './files';

exposeStore(useDocument);

/**
 * Close the open project: everything unsaved is written first. When the save
 * fails (full disk, folder gone), the edits are still in the recovery journal;
 * the returned sentence tells the user, and opening the project offers them.
 */
export async function closeProject(): Promise<string | null> {
  await flushSave();
  await flushJournal();
  const { project, saveStatus, saveError } = useDocument.getState();
  useDocument.getState().close();
  if (project && saveStatus === 'failed')
    return `"${project.name}" could not be saved (${saveError ?? 'unknown error'}). Your changes are kept and will be offered when you open it again.`;
  return null;
}

export function App() {
  const project = useDocument((s) => s.project);
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);

  useEffect(() => startAutosave(), []);
  useEffect(() => startJournal(), []);
  useEffect(() => startFileEvents(), []);

  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command === 'close-project' || command === 'new-project' || command === 'open-project')
          void closeProject().then(setError);
        else runAction(command);
      }),
    [],
  );

  async function openProject(id: string) {
    setError(null);
    const result = await api().openProject({ id });
    mark('document-arrived');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await offerRecoveryOrOpen(result.value);
  }

  // Files opened from anywhere go through the same recovery offer as library projects.
  useEffect(() => setProjectOpener((p) => offerRecoveryOrOpen(p)));

  async function offerRecoveryOrOpen(saved: Project) {
    const found = await findRecovery(saved);
    // Shown until dismissed: it explains where the user's earlier changes went.
    if (found && 'error' in found) useFileNotice.getState().show(found.error);
    if (found && !('error' in found)) setRecovery(found);
    else useDocument.getState().open(saved);
  }

  async function restore(r: Recovery) {
    setRecovery(null);
    useDocument.getState().open(r.restored, { unsaved: true });
    await flushSave();
  }

  async function discard(r: Recovery) {
    setRecovery(null);
    const result = await api().discardJournal({ id: r.saved.id });
    if (!result.ok) setError(result.error);
    useDocument.getState().open(r.saved);
  }

  if (recovery)
    return (
      <RecoveryDialog
        recovery={recovery}
        onRestore={() => void restore(recovery)}
        onDiscard={() => void discard(recovery)}
      />
    );
  if (project) return <Editor onClose={() => void closeProject().then(setError)} />;
  return <Home onOpen={openProject} openError={error} />;
}
