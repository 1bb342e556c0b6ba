/**
 * A toolbar button that opens and closes a side panel (outline, insights, personas): pressed
 * while its panel is open, runs the panel's action (so the button, the menu and the shortcut
 * do the same), names its shortcut for assistive technology and, where asked, in its tooltip.
 */
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutText, type ActionId } from '../../shared/actions';
import { runAction } from './actions';
import { ICON_SIZE } from './toolbarIcons';

export function PanelToggle({
  id,
  open,
  action,
  keyShortcuts,
  label,
  icon: Icon,
  tooltip = true,
}: {
  /** The button's element id (focus returns here when the panel closes). */
  id: string;
  open: boolean;
  action: ActionId;
  /** The shortcut as aria-keyshortcuts spells it, e.g. "Control+I". */
  keyShortcuts: string;
  /** The button's label (translated). */
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean | 'true' }>;
  /** Whether the tooltip names the label and the shortcut (default true). */
  tooltip?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      id={id}
      aria-pressed={open}
      aria-keyshortcuts={keyShortcuts}
      title={tooltip ? t('editor.withShortcut', { label, shortcut: shortcutText(action) }) : undefined}
      onClick={() => runAction(action)}
    >
      <Icon size={ICON_SIZE} aria-hidden="true" />
      <span className="button-label">{label}</span>
    </button>
  );
}
