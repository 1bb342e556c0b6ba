/**
 * The editor (React Flow, the inspector, insights, export) as its own chunk: the home screen
 * starts without it, and it loads when the first project opens.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const EditorChunk = lazy(() => import('./Editor').then((m) => ({ default: m.Editor })));

export function Editor() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<div className="editor-loading" aria-busy="true" aria-label={t('editor.loading')} />}>
      <EditorChunk />
    </Suspense>
  );
}
