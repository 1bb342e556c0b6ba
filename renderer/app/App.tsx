import { useEffect, useState } from 'react';
import { api } from '../api';
import { useDocument } from '../state/documentStore';
import { flushSave, startAutosave } from '../state/autosave';
import { Home } from './Home';
import { Editor } from '../editor/Editor';
import { exposeStore, mark } from '../probe';

exposeStore(useDocument);

export function App() {
  const project = useDocument((s) => s.project);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => startAutosave(), []);

  useEffect(
    () =>
      api().onMenuCommand((command) => {
        const doc = useDocument.getState();
        if (command === 'undo') doc.undo();
        else if (command === 'redo') doc.redo();
        else if (command === 'save') void flushSave();
        else if (command === 'close-project' || command === 'new-project' || command === 'open-project')
          void flushSave().then(() => useDocument.getState().close());
      }),
    [],
  );

  async function openProject(id: string) {
    setError(null);
    const result = await api().openProject({ id });
    mark('document-arrived');
    if (result.ok) useDocument.getState().open(result.value);
    else setError(result.error);
  }

  if (project) return <Editor onClose={() => void flushSave().then(() => useDocument.getState().close())} />;
  return <Home onOpen={openProject} openError={error} />;
}
