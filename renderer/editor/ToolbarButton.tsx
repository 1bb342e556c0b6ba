import { useTranslation } from 'react-i18next';
import { actionLabelKey, shortcutText, type ActionId } from '../../shared/actions';
import { useDocument } from '../state/documentStore';
import { findAction, runAction } from './actions';

/**
 * A toolbar button for one registry action: its label, shortcut (in the tooltip) and
 * enabled state all come from the registry. `text` replaces the visible text (the
 * "?" of the shortcuts sheet); the label stays the accessible name.
 */
export function ToolbarButton({ id, text, primary }: { id: ActionId; text?: string; primary?: boolean }) {
  const { t } = useTranslation();
  const action = findAction(id)!;
  const enabled = useDocument((s) => action.enabled(s));
  const label = t(actionLabelKey(id));
  const shortcut = shortcutText(id);
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      onClick={() => runAction(id)}
      disabled={!enabled}
      aria-label={text ? label : undefined}
      title={shortcut ? `${label} (${shortcut})` : label}
    >
      {text ?? label}
    </button>
  );
}
