import { Modal } from './Modal';
import type { Recovery } from './recovery';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** Offered when a project opens with unsaved work in its recovery journal. */
export function RecoveryDialog({
  recovery,
  onRestore,
  onDiscard,
}: {
  recovery: Recovery;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    // No way around the question: the user restores or discards.
    <Modal label="Restore unsaved work">
      <h2>Restore unsaved work?</h2>
      <p>
        “{recovery.saved.name}” was not closed properly. {recovery.edits} change{recovery.edits === 1 ? '' : 's'} made
        after the last save {recovery.edits === 1 ? 'was' : 'were'} kept, the last written{' '}
        {when(recovery.lastWrittenAt)}.
      </p>
      {recovery.skipped > 0 && (
        <p className="muted">
          {recovery.skipped} damaged line{recovery.skipped === 1 ? '' : 's'} at the end of the journal could not be read
          (the very last moment before the crash).
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onRestore}>
          Restore unsaved work
        </button>
        <button type="button" onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </Modal>
  );
}
