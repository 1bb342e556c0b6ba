/**
 * Saving over a file that changed on disk since it was opened: main refuses
 * (code `changed-on-disk`), and the user is asked whether to replace it.
 * Kept apart from the other file flows so autosave can use it without an import cycle.
 */
import type { Result, SaveInfo } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { api } from '../../api';
import { ask } from '../../state/notify';
import { useDocument } from '../../state/documentStore';

/** Projects whose owner already said "keep the file on disk": not asked again on every autosave. */
const declined = new Set<string>();

// Opening a project (again) reads its file afresh: a later change on disk deserves a new question.
useDocument.subscribe((state, prev) => {
  if (state.project?.id !== prev.project?.id) declined.clear();
});

/** Ask again next time (the project was opened or saved as afresh). */
export function forgetDeclined(projectId: string): void {
  declined.delete(projectId);
}

/**
 * Save the open project; when its file changed on disk since it was opened, ask
 * whether to replace it. A "no" holds (the save keeps failing with the reason,
 * without asking) until a project is opened or this one is saved as again.
 * Autosave calls this instead of `api().saveProject`.
 */
export async function saveProjectAsking(project: Project): Promise<Result<SaveInfo>> {
  const first = await api().saveProject({ project });
  if (first.ok || first.code !== 'changed-on-disk' || declined.has(project.id)) return first;
  const replace = await ask('replace-changed-file', { detail: first.error });
  if (!replace) {
    declined.add(project.id);
    return first;
  }
  return api().saveProject({ project, overwrite: true });
}
