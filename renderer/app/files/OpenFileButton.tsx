import { openFileFlow } from './flows';

/** "Open file…": pick a .touchmap file anywhere on disk. */
export function OpenFileButton() {
  return (
    <button type="button" onClick={() => void openFileFlow()}>
      Open file…
    </button>
  );
}
