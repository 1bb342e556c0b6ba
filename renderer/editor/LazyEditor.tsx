/**
 * The editor (React Flow, the inspector, insights, export) as its own chunk: the home screen
 * starts without it, and it loads when the first project opens (or, while someone types a
 * join code, before the workshop's map arrives).
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor as EditorView } from './Editor';

let chunk: Promise<{ default: typeof EditorView }> | null = null;
/** Start loading the editor's chunk before it is needed (a workshop being joined); loaded once. */
export function preloadEditor(): Promise<{ default: typeof EditorView }> {
  chunk ??= import('./Editor').then((m) => ({ default: m.Editor }));
  return chunk;
}
const EditorChunk = lazy(preloadEditor);

export function Editor() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<div className="editor-loading" aria-busy="true" aria-label={t('editor.loading')} />}>
      <EditorChunk />
    </Suspense>
  );
}
