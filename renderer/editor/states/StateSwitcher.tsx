import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ChevronDown, GitCompareArrows } from 'lucide-react';
import type { ActionId } from '../../../shared/actions';
import { useDocument } from '../../state/documentStore';
import { findAction, runAction } from '../actions';
import { ICON_SIZE } from '../toolbarIcons';
import { useMenuButton } from '../useMenuButton';
import { statesOf, switchState } from './statesStore';

const MENU: readonly ActionId[] = ['duplicate-state', 'rename-state', 'delete-state', 'compare-states'];

/**
 * The journey state switcher beside the project's name: the state being edited (a list to
 * switch to another, by keyboard too), and a menu to duplicate, rename, delete and compare states
 * (the menu button pattern of ../useMenuButton.ts, as the toolbar's other menus).
 */
export function StateSwitcher() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const [open, setOpen] = useState(false);
  /** Where the menu opens: under the button, in the window. */
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const { buttonRef, menuRef, close, buttonProps, menuProps } = useMenuButton({ open, setOpen, placed: at !== null });

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) {
      setAt(null);
      return;
    }
    const r = buttonRef.current.getBoundingClientRect();
    setAt({ top: r.bottom + 4, left: r.left });
  }, [open, buttonRef]);

  if (!project) return null;
  const list = statesOf(project);
  const active = list.find((s) => s.active)!;

  return (
    <div className="state-switcher">
      <label className="toolbar-field" title={t('states.switcher.label')}>
        <GitCompareArrows size={ICON_SIZE} aria-hidden="true" />
        <span className="visually-hidden">{t('states.switcher.label')}</span>
        <select
          aria-label={t('states.switcher.label')}
          value={active.id}
          disabled={list.length < 2}
          onChange={(e) => switchState(e.target.value)}
        >
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button
        ref={buttonRef}
        type="button"
        className="state-menu-button"
        aria-label={t('states.switcher.menu')}
        title={t('states.switcher.menu')}
        {...buttonProps}
      >
        <ChevronDown size={ICON_SIZE} aria-hidden="true" />
      </button>
      {open &&
        at &&
        createPortal(
          <div
            ref={menuRef}
            {...menuProps}
            aria-label={t('states.switcher.menu')}
            className="menu"
            style={{ top: at.top, left: at.left }}
          >
            {MENU.map((action) => (
              <button
                key={action}
                type="button"
                role="menuitem"
                disabled={!findAction(action)?.enabled(useDocument.getState())}
                onClick={() => {
                  close(false);
                  runAction(action);
                }}
              >
                <span className="menu-label">{t(`actions.${action}`)}</span>
              </button>
            ))}
          </div>,
          document.body,
        )}
    </div>
  );
}
