/**
 * The editor (React Flow, the inspector, insights, export) as its own chunk: the home screen
 * starts without it, and it loads when the first project opens. Same props as ./Editor.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const EditorChunk = lazy(() => import('./Editor').then((m) => ({ default: m.Editor })));

export function Editor(props: ComponentProps<typeof EditorChunk>) {
  return (
    <Suspense fallback={<div className="editor-loading" aria-busy="true" />}>
      <EditorChunk {...props} />
    </Suspense>
  );
}
