import { useTranslation } from 'react-i18next';
import { actionLabelKey, shortcutText, type ActionId } from '../../shared/actions';
import { commandText } from '../../shared/commands';
import { useDocument } from '../state/documentStore';
import { findAction, runAction } from './actions';

/**
 * A toolbar button for one registry action: its label, shortcut (in the tooltip) and
 * enabled state all come from the registry; Undo and Redo's tooltips also say what they
 * would undo or redo. `text` replaces the visible text (the
 * "?" of the shortcuts sheet); the label stays the accessible name.
 */
export function ToolbarButton({ id, text, primary }: { id: ActionId; text?: string; primary?: boolean }) {
  const { t } = useTranslation();
  const action = findAction(id)!;
  const enabled = useDocument((s) => action.enabled(s));
  // Undo and Redo say what they would undo or redo ("Undo: Move 3 steps").
  const what = useDocument((s) =>
    id === 'undo' ? s.history.past.at(-1)?.label : id === 'redo' ? s.history.future.at(-1)?.label : undefined,
  );
  const label = t(actionLabelKey(id));
  const tip = what
    ? t(id === 'undo' ? 'editor.undoWhat' : 'editor.redoWhat', { what: commandText(what, (k, v) => t(k, v)) })
    : label;
  const shortcut = shortcutText(id);
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      onClick={() => runAction(id)}
      disabled={!enabled}
      aria-label={text ? label : undefined}
      title={shortcut ? t('editor.withShortcut', { label: tip, shortcut }) : tip}
    >
      {text ?? label}
    </button>
  );
}
