import { ListFilter } from 'lucide-react';
import { ICON_SIZE } from '../toolbarIcons';
/**
 * The toolbar's "Filter" menu button (WAI-ARIA menu button pattern): a menu of the map
 * filters, with submenus for a channel, a lane (when the project has lanes), a sense and a
 * persona (when the project has personas).
 * Choosing a filter that is set takes it off again. Keyboard: Enter, Space or Arrow Down
 * on the button opens the menu at its first item (Arrow Up: at its last); Arrow Up and
 * Down, Home and End move; Arrow Right (or Enter) opens a submenu, Arrow Left or Escape
 * closes it; Enter or Space chooses; Escape closes the menu and returns to the button;
 * Tab closes it. F opens it from anywhere on the map (the registry's `filter-menu`). The
 * pattern is ../useMenuButton.ts's; the submenus' keys are this menu's own.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { sameFilter, type MapFilter } from '../../../shared/analysis/filters';
import { CHANNELS, SENSES, type Project } from '../../../shared/model';
import { shortcutText } from '../../../shared/actions';
import { formatNumber } from '../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useFilters } from '../../state/filters';
import { useMenuButton } from '../useMenuButton';
import './filters.css';

type SubId = 'channel' | 'lane' | 'sense' | 'persona';

interface Choice {
  filter: MapFilter;
  label: string;
}

interface Entry {
  /** A filter to toggle, or a submenu of them. */
  choice?: Choice;
  sub?: { id: SubId; label: string; choices: Choice[]; radio: boolean };
}

const MENU_ID = 'filter-menu';
/** The menu's and a submenu's widths as drawn (filters.css), to keep them inside the window. */
const MENU_WIDTH = 240;
const SUBMENU_WIDTH = 200;
const BUTTON_ID = 'filter-button';

function entries(project: Project | null, t: (key: string) => string): Entry[] {
  const list: Entry[] = [
    { choice: { filter: { kind: 'highRisk' }, label: t('filters.highRisk') } },
    { choice: { filter: { kind: 'momentsOfTruth' }, label: t('filters.momentsOfTruth') } },
    {
      sub: {
        id: 'channel',
        label: t('domain.channel'),
        radio: true,
        choices: CHANNELS.map((channel) => ({
          filter: { kind: 'channel', channel },
          label: t(`domain.channels.${channel}`),
        })),
      },
    },
  ];
  if (project?.lanes.length)
    list.push({
      sub: {
        id: 'lane',
        label: t('domain.lane'),
        radio: true,
        choices: project.lanes.map((lane) => ({ filter: { kind: 'lane', laneId: lane.id }, label: lane.name })),
      },
    });
  list.push(
    {
      sub: {
        id: 'sense',
        label: t('editor.sense'),
        radio: false,
        choices: SENSES.map((sense) => ({ filter: { kind: 'sense', sense }, label: t(`domain.senses.${sense}`) })),
      },
    },
    { choice: { filter: { kind: 'painPoints' }, label: t('filters.painPoints') } },
  );
  // The journey as one persona lives it (its emotion and thoughts): dims nothing.
  if (project?.personas.length)
    list.push({
      sub: {
        id: 'persona',
        label: t('personas.filter.kind'),
        radio: true,
        choices: project.personas.map((persona) => ({
          filter: { kind: 'persona', personaId: persona.id },
          label: persona.name,
        })),
      },
    });
  return list;
}

/** The items of one menu level (the top menu or a submenu), in order. */
function itemsOf(root: HTMLElement | null, level: string): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(`[data-menu="${level}"]`)] : [];
}

export function FilterMenu() {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useFilters((s) => s.menuOpen);
  const filters = useFilters((s) => s.filters);
  const project = useDocument((s) => s.project);
  const [sub, setSub] = useState<SubId | null>(null);
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  /** A submenu to focus the first item of once it is drawn. */
  const focusSub = useRef<SubId | null>(null);

  const { buttonRef, menuRef, close, buttonProps, menuProps } = useMenuButton({
    open,
    setOpen: (next) => useFilters.getState().setMenuOpen(next),
    placed: at !== null,
    id: MENU_ID,
    items: (menu, item) => itemsOf(menu, item?.dataset.menu ?? 'top'),
    onKey: (e, item) => onSubmenuKey(e, item),
  });

  const openSub = (id: SubId, focus: boolean) => {
    focusSub.current = focus ? id : null;
    setSub(id);
    if (focus && sub === id) itemsOf(menuRef.current, id)[0]?.focus();
  };

  // The submenus' keys: Arrow Right (or Enter, as a click) opens one, Arrow Left or Escape closes it.
  const onSubmenuKey = (e: KeyboardEvent<HTMLElement>, item: HTMLElement | null) => {
    if (!item) return false;
    const level = item.dataset.menu!;
    const subOf = item.dataset.sub as SubId | undefined;
    if (e.key === 'ArrowRight' && subOf) openSub(subOf, true);
    else if ((e.key === 'ArrowLeft' || e.key === 'Escape') && level !== 'top') {
      setSub(null);
      menuRef.current?.querySelector<HTMLElement>(`[data-sub="${level}"]`)?.focus();
    } else return e.key === 'ArrowRight' || e.key === 'ArrowLeft';
    return true;
  };

  // Opened (by the button or the registry's action): placed under the button. Closed: no submenu.
  useLayoutEffect(() => {
    if (!open) {
      setAt(null);
      setSub(null);
      return;
    }
    const box = buttonRef.current?.getBoundingClientRect();
    // Kept inside the window: a button near the right edge opens its menu leftwards.
    setAt(
      box
        ? { top: box.bottom + 4, left: Math.max(8, Math.min(box.left, window.innerWidth - MENU_WIDTH - 8)) }
        : { top: 48, left: 12 },
    );
  }, [open, buttonRef]);

  // Drawn: moved back inside the window if its words are wider than expected.
  useLayoutEffect(() => {
    if (!open || !at) return;
    const width = menuRef.current?.getBoundingClientRect().width ?? 0;
    if (at.left + width > window.innerWidth - 8 && at.left > 8) {
      setAt({ top: at.top, left: Math.max(8, window.innerWidth - width - 8) });
    }
  }, [open, at, menuRef]);

  // A submenu opens to the right of the menu, or to its left where the window ends;
  // opened from the keyboard, its first item takes focus.
  const [flip, setFlip] = useState(false);
  useLayoutEffect(() => {
    if (!sub) return;
    const box = menuRef.current?.getBoundingClientRect();
    setFlip(box ? box.right + SUBMENU_WIDTH > window.innerWidth : false);
    if (focusSub.current !== sub) return;
    focusSub.current = null;
    itemsOf(menuRef.current, sub)[0]?.focus();
  }, [sub, menuRef]);

  const choose = (filter: MapFilter) => {
    const { filters: current, add, remove } = useFilters.getState();
    if (current.some((f) => sameFilter(f, filter))) remove(filter);
    else add(filter);
    close(true);
  };

  const isSet = (filter: MapFilter) => filters.some((f) => sameFilter(f, filter));
  const shortcut = shortcutText('filter-menu');
  const label = t('filters.button');

  const renderChoice = (choice: Choice, level: string, role: 'menuitemcheckbox' | 'menuitemradio') => (
    <div
      key={choice.label + level}
      role={role}
      aria-checked={isSet(choice.filter)}
      tabIndex={-1}
      data-menu={level}
      className="filter-menu-item"
      onClick={() => choose(choice.filter)}
      onPointerEnter={(e) => {
        if (level === 'top') setSub(null);
        e.currentTarget.focus();
      }}
    >
      <span className="filter-menu-check" aria-hidden="true">
        {isSet(choice.filter) ? '✓' : ''}
      </span>
      {choice.label}
    </div>
  );

  const menu =
    open && at
      ? createPortal(
          <div
            ref={menuRef}
            {...menuProps}
            aria-label={t('filters.menu')}
            className="filter-menu"
            style={{ top: at.top, left: at.left }}
          >
            {entries(project, t).map((entry) => {
              if (entry.choice) return renderChoice(entry.choice, 'top', 'menuitemcheckbox');
              const s = entry.sub!;
              const expanded = sub === s.id;
              const active = s.choices.filter((c) => isSet(c.filter)).map((c) => c.label);
              return (
                <div key={s.id} role="none" className="filter-menu-group">
                  <div
                    role="menuitem"
                    aria-haspopup="menu"
                    aria-expanded={expanded}
                    tabIndex={-1}
                    data-menu="top"
                    data-sub={s.id}
                    className="filter-menu-item"
                    onClick={() => openSub(s.id, true)}
                    onPointerEnter={(e) => {
                      setSub(s.id);
                      e.currentTarget.focus();
                    }}
                  >
                    <span className="filter-menu-check" aria-hidden="true">
                      {active.length ? '✓' : ''}
                    </span>
                    {s.label}
                    <span className="filter-menu-arrow" aria-hidden="true">
                      ▸
                    </span>
                  </div>
                  {expanded && (
                    <div
                      role="menu"
                      aria-label={s.label}
                      className={flip ? 'filter-menu filter-submenu flip' : 'filter-menu filter-submenu'}
                    >
                      {s.choices.map((c) => renderChoice(c, s.id, s.radio ? 'menuitemradio' : 'menuitemcheckbox'))}
                    </div>
                  )}
                </div>
              );
            })}
          </div>,
          document.body,
        )
      : null;

  return (
    <>
      <button
        ref={buttonRef}
        id={BUTTON_ID}
        type="button"
        className={filters.length ? 'filter-button active' : 'filter-button'}
        aria-keyshortcuts="F"
        title={shortcut ? t('editor.withShortcut', { label, shortcut }) : label}
        {...buttonProps}
      >
        <ListFilter size={ICON_SIZE} aria-hidden="true" />
        <span className="button-label">{label}</span>
        {filters.length > 0 && (
          <span className="filter-button-count" aria-hidden="true">
            {formatNumber(language, filters.length)}
          </span>
        )}
      </button>
      {menu}
    </>
  );
}
