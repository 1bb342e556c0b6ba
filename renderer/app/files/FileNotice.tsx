import { useFileNotice } from './notice';

/** Shows why a file could not be opened or saved, until dismissed. Renders nothing when all is well. */
export function FileNotice() {
  const message = useFileNotice((s) => s.message);
  if (!message) return null;
  return (
    <div role="alert" aria-label="File problem" className="error file-notice">
      <span>{message}</span>{' '}
      <button type="button" onClick={() => useFileNotice.getState().clear()}>
        Dismiss
      </button>
    </div>
  );
}
