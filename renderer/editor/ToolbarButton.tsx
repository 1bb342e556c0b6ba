import { useTranslation } from 'react-i18next';
import { actionLabelKey, shortcutText, type ActionId } from '../../shared/actions';
import { commandText } from '../../shared/commands';
import { useDocument } from '../state/documentStore';
import { findAction, runAction } from './actions';
import { ACTION_ICONS, ICON_SIZE } from './toolbarIcons';

/** What a toolbar button for `id` shows and does: label, tooltip, enabled state. */
export function useToolbarAction(id: ActionId) {
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
  return {
    label,
    enabled,
    shortcut,
    title: shortcut ? t('editor.withShortcut', { label: tip, shortcut }) : tip,
    Icon: ACTION_ICONS[id],
    run: () => runAction(id),
  };
}

/**
 * A toolbar button for one registry action: its icon, label, shortcut (in the tooltip) and
 * enabled state all come from the registry; Undo and Redo's tooltips also say what they
 * would undo or redo. `iconOnly` shows the icon alone (the shortcuts sheet's keyboard);
 * the label stays the accessible name and the tooltip.
 */
export function ToolbarButton({ id, iconOnly, primary }: { id: ActionId; iconOnly?: boolean; primary?: boolean }) {
  const { label, enabled, title, Icon, run } = useToolbarAction(id);
  const classes = [primary && 'primary', iconOnly && 'icon-button'].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes || undefined}
      onClick={run}
      disabled={!enabled}
      aria-label={iconOnly ? label : undefined}
      title={title}
    >
      {Icon && <Icon size={ICON_SIZE} aria-hidden="true" />}
      {!iconOnly && label}
    </button>
  );
}
