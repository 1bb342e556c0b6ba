import { Modal } from '../app/Modal';
import { useUi } from '../state/uiStore';
import { ACTIONS } from './actions';

/** Every shortcut, generated from the command registry, so the sheet can never drift from the keys. */
export function ShortcutsSheet() {
  const open = useUi((s) => s.shortcutsOpen);
  if (!open) return null;
  const close = () => useUi.getState().setShortcutsOpen(false);
  return (
    <Modal label="Keyboard shortcuts" onClose={close}>
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {ACTIONS.filter((a) => a.shortcut).map((a) => (
            <tr key={a.id}>
              <td>{a.label}</td>
              <td>
                <kbd>{a.shortcut}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Move selected steps / pan</td>
            <td>
              <kbd>Arrow keys</kbd> (Shift: further)
            </td>
          </tr>
          <tr>
            <td>Add to selection / box select</td>
            <td>
              <kbd>Shift+click</kbd> / <kbd>Shift+drag</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <button type="button" autoFocus onClick={close}>
        Close
      </button>
    </Modal>
  );
}
