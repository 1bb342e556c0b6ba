/** Leaving the open project: back to the home screen, with everything unsaved written first. */
import { flushSave } from '../state/autosave';
import { useDocument } from '../state/documentStore';
import { flushJournal } from '../state/journal';
import { message, notify } from '../state/notify';

/**
 * Close the open project: everything unsaved is written first. When the save
 * fails (full disk, folder gone), the edits are still in the recovery journal and
 * the user is told so; opening the project offers them.
 */
export async function closeProject(): Promise<void> {
  await flushSave();
  await flushJournal();
  const { project, saveStatus, saveError } = useDocument.getState();
  useDocument.getState().close();
  if (project && saveStatus === 'failed')
    notify('not-saved-on-close', { name: project.name, detail: saveError ?? message('notify.unknownError') });
}
