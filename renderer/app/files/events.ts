/**
 * Files arriving from outside the page: files main asks to open by token
 * (command line, second instance, Open Recent) and files dropped on the window.
 */
import { api } from '../../api';
import { openDroppedFile, openFileFlow } from './flows';
import { notify } from '../../state/notify';

function carriesFiles(e: DragEvent): boolean {
  return Boolean(e.dataTransfer?.types.includes('Files'));
}

/**
 * Start listening; returns the stop function. Mount once for the whole app:
 * `useEffect(() => startFileEvents(), [])`.
 */
export function startFileEvents(): () => void {
  const offOpenFile = api().onOpenFile((token) => void openFileFlow(token));

  // Without preventDefault on dragover the browser refuses the drop (or navigates to the file).
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    const [file] = files;
    if (!file) return;
    if (files.length > 1) {
      notify('drop-one-file', {}, 'file');
      return;
    }
    void openDroppedFile(file);
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);
  return () => {
    offOpenFile();
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  };
}
