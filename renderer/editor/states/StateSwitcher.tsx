import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ChevronDown, GitCompareArrows } from 'lucide-react';
import type { ActionId } from '../../../shared/actions';
import { useDocument } from '../../state/documentStore';
import { findAction, runAction } from '../actions';
import { ICON_SIZE } from '../toolbarIcons';
import { statesOf, switchState } from './statesStore';

const MENU: readonly ActionId[] = ['duplicate-state', 'rename-state', 'delete-state', 'compare-states'];

const menuItems = (menu: HTMLElement | null) =>
  [...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])].filter((b) => !b.disabled);

/**
 * The journey state switcher beside the project's name: the state being edited (a list to
 * switch to another, by keyboard too), and a menu to duplicate, rename, delete and compare states.
 */
export function StateSwitcher() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const r = button.current.getBoundingClientRect();
    setAt({ top: r.bottom + 4, left: r.left });
  }, [open]);

  useEffect(() => {
    if (!open || !at) return;
    menuItems(menu.current)[0]?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (menu.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, at]);

  if (!project) return null;
  const list = statesOf(project);
  const active = list.find((s) => s.active)!;

  const close = (focus: boolean) => {
    setOpen(false);
    setAt(null);
    if (focus) button.current?.focus();
  };

  function onMenuKey(e: React.KeyboardEvent) {
    const items = menuItems(menu.current);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => items[(n + items.length) % items.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(i + 1),
      ArrowUp: () => go(i - 1),
      Home: () => go(0),
      End: () => go(items.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const act = keys[e.key];
    if (!act) return;
    e.stopPropagation();
    if (e.key !== 'Tab') e.preventDefault();
    act();
  }

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
        ref={button}
        type="button"
        className="state-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t('states.switcher.menu')}
        title={t('states.switcher.menu')}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(true);
          }
        }}
      >
        <ChevronDown size={ICON_SIZE} aria-hidden="true" />
      </button>
      {open &&
        at &&
        createPortal(
          <div
            ref={menu}
            id={id}
            role="menu"
            aria-label={t('states.switcher.menu')}
            className="menu"
            style={{ top: at.top, left: at.left }}
            onKeyDown={onMenuKey}
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
