import { useEffect, useState } from 'react';
import type { Project } from '../../shared/model';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { flushSave, startAutosave } from '../state/autosave';
import { startJournal } from '../state/journal';
import { clearProblems, notify } from '../state/notify';
import { Home } from './Home';
import { Editor } from '../editor/LazyEditor';
import { RecoveryDialog } from './RecoveryDialog';
import { findRecovery, type Recovery } from './recovery';
import { exposeStore, mark } from '../probe';
import { handleKeyDown, runAction } from '../editor/actions';
import { ShortcutsSheet } from '../editor/ShortcutsSheet';
import { fileNotice, setProjectOpener, startFileEvents } from './files';
import { MermaidImport } from './files/importMermaid';
import { Notices } from './Notices';
import { SettingsDialog } from './settings/SettingsDialog';
import { IdentityDialog } from '../identity/IdentityDialog';
import { WorkshopDialogs } from '../workshop/WorkshopDialogs';
import { startJoinLinkEvents } from '../workshop/session';
import { startLanguageEvents } from './settings/language';

exposeStore(useDocument);

export function App() {
  const project = useDocument((s) => s.project);
  const [recovery, setRecovery] = useState<Recovery | null>(null);

  useEffect(() => startAutosave(), []);
  useEffect(() => startJournal(), []);
  useEffect(() => startFileEvents(), []);
  // The Language menu (or another window) changed the UI language: follow it live.
  useEffect(() => startLanguageEvents(), []);
  // A clicked touchmap:// join link opens the Join workshop dialog with its code.
  useEffect(() => startJoinLinkEvents(), []);

  // The native menu sends registry ids; the keyboard goes through the same registry, on every screen.
  useEffect(() => api().onMenuCommand(runAction), []);
  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);

  async function openProject(id: string) {
    clearProblems('app');
    const result = await api().openProject({ id });
    mark('document-arrived');
    if (!result.ok) {
      notify('open-failed', { detail: result.error });
      return;
    }
    await offerRecoveryOrOpen(result.value);
  }

  // Files opened from anywhere go through the same recovery offer as library projects.
  useEffect(() => setProjectOpener((p) => offerRecoveryOrOpen(p)));

  async function offerRecoveryOrOpen(saved: Project) {
    const found = await findRecovery(saved);
    // Shown until dismissed: it explains where the user's earlier changes went.
    if (found && 'error' in found) fileNotice.show(found.error);
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
    if (!result.ok) notify('library-failed', { detail: result.error });
    useDocument.getState().open(r.saved);
  }

  let screen;
  if (recovery)
    screen = (
      <RecoveryDialog
        recovery={recovery}
        onRestore={() => void restore(recovery)}
        onDiscard={() => void discard(recovery)}
      />
    );
  else if (project) screen = <Editor />;
  else screen = <Home onOpen={openProject} />;
  return (
    <>
      {screen}
      <Notices />
      <MermaidImport />
      <ShortcutsSheet />
      <SettingsDialog />
      <IdentityDialog />
      <WorkshopDialogs />
    </>
  );
}
