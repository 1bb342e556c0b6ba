import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Ellipsis, Layers } from 'lucide-react';
import { SENSES, type SenseName } from '../../shared/model';
import type { ActionId } from '../../shared/actions';
import { useDocument, type Lens } from '../state/documentStore';
import { ToolbarButton, useToolbarAction } from './ToolbarButton';
import { OutlineToggle } from './outline/Outline';
import { InsightsToggle } from './insightsView/InsightsView';
import { PersonasToggle } from './personas/PersonaPanel';
import { VotingToggle } from './voting/VotingPanel';
import { CommentsToggle } from './comments/CommentsPanel';
import { FilterMenu } from './filters/FilterMenu';
import { RowsMenu } from './rows/RowsMenu';
import { useOutline } from './outline/outlineStore';
import { SaveStatus } from './SaveStatus';
import { StateSwitcher } from './states/StateSwitcher';
import { runAction } from './actions';
import { ACTION_ICONS, ICON_SIZE } from './toolbarIcons';
import { useMenuButton } from './useMenuButton';

const LENSES: readonly Lens[] = ['none', 'risk', 'servqual', 'emotion', 'sense'];

function LensPicker() {
  const { t } = useTranslation();
  const lens = useDocument((s) => s.lens);
  const sense = useDocument((s) => s.lensSense);
  return (
    <>
      <label className="toolbar-field">
        <Layers size={ICON_SIZE} aria-hidden="true" />
        <span className="button-label">{t('editor.overlay')}</span>
        <select value={lens} onChange={(e) => useDocument.getState().setLens(e.target.value as Lens)}>
          {LENSES.map((l) => (
            <option key={l} value={l}>
              {t(`editor.lenses.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {lens === 'sense' && (
        <label className="toolbar-field">
          {t('editor.sense')}
          <select value={sense} onChange={(e) => useDocument.getState().setLensSense(e.target.value as SenseName)}>
            {SENSES.map((s) => (
              <option key={s} value={s}>
                {t(`domain.senses.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/**
 * The toolbar's items, in order, by group (a separator between groups). `hideOrder`: the
 * lower, the sooner the item moves into the More menu when the row is too narrow; items
 * without one always stay on the row.
 */
interface Item {
  key: ActionId | 'lens' | 'rows';
  hideOrder?: number;
}
const GROUPS: readonly (readonly Item[])[] = [
  [
    { key: 'add-step', hideOrder: 11 },
    { key: 'add-stage', hideOrder: 6 },
    { key: 'add-lane', hideOrder: 5 },
    { key: 'delete', hideOrder: 8 },
  ],
  [
    { key: 'undo', hideOrder: 10 },
    { key: 'redo', hideOrder: 9 },
  ],
  [
    { key: 'auto-layout', hideOrder: 3 },
    { key: 'fit-view', hideOrder: 4 },
    { key: 'lens' },
    { key: 'rows' },
    { key: 'filter-menu' },
  ],
  [
    { key: 'outline', hideOrder: 2 },
    { key: 'insights', hideOrder: 2.5 },
    { key: 'personas', hideOrder: 1.5 },
    { key: 'present', hideOrder: 1.2 },
    { key: 'voting', hideOrder: 1.4 },
    { key: 'comments', hideOrder: 1.7 },
    { key: 'export', hideOrder: 7 },
    { key: 'shortcuts', hideOrder: 1 },
  ],
];
/** Shown as an icon alone (the label is the accessible name and the tooltip): well-known symbols. */
const ICON_ONLY: ReadonlySet<Item['key']> = new Set(['delete', 'undo', 'redo', 'fit-view', 'shortcuts']);
/** When the row is short of room, these show their icon alone first (in this order), before any moves to More. */
const COMPACT_ORDER: readonly Item['key'][] = [
  'auto-layout',
  'add-lane',
  'add-stage',
  'outline',
  'insights',
  'personas',
  'present',
  'voting',
  'comments',
  'rows',
  'filter-menu',
  'lens',
  'add-step',
  'export',
];
const BY_HIDE_ORDER = GROUPS.flat()
  .filter((i) => i.hideOrder !== undefined)
  .sort((a, b) => a.hideOrder! - b.hideOrder!)
  .map((i) => i.key);

function BarItem({ item }: { item: Item }) {
  if (item.key === 'lens') return <LensPicker />;
  if (item.key === 'outline') return <OutlineToggle />;
  if (item.key === 'insights') return <InsightsToggle />;
  if (item.key === 'personas') return <PersonasToggle />;
  if (item.key === 'voting') return <VotingToggle />;
  if (item.key === 'comments') return <CommentsToggle />;
  if (item.key === 'filter-menu') return <FilterMenu />;
  if (item.key === 'rows') return <RowsMenu />;
  return <ToolbarButton id={item.key} iconOnly={ICON_ONLY.has(item.key)} primary={item.key === 'export'} />;
}

/** One action in the More menu: icon, label and shortcut, as on the row. */
function MenuAction({ id, onChosen }: { id: ActionId; onChosen: (run: () => void) => void }) {
  const { label, enabled, shortcut, title, Icon, run } = useToolbarAction(id);
  return (
    <button type="button" role="menuitem" disabled={!enabled} title={title} onClick={() => onChosen(run)}>
      {Icon && <Icon size={ICON_SIZE} aria-hidden="true" />}
      <span className="menu-label">{label}</span>
      {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
    </button>
  );
}

function MenuOutline({ onChosen }: { onChosen: (run: () => void) => void }) {
  const { t } = useTranslation();
  const open = useOutline((s) => s.open);
  const Icon = ACTION_ICONS.outline!;
  return (
    <button
      type="button"
      role="menuitemcheckbox"
      aria-checked={open}
      onClick={() => onChosen(() => runAction('outline'))}
    >
      <Icon size={ICON_SIZE} aria-hidden="true" />
      <span className="menu-label">{t('outline.toggle')}</span>
    </button>
  );
}

/** The More button and its menu (the menu button pattern): the actions that do not fit on the row. */
function MoreMenu({ hidden }: { hidden: readonly Item['key'][] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  /** Where the menu opens: under the button, right-aligned, in the window (the row clips what overflows it). */
  const [at, setAt] = useState<{ top: number; right: number } | null>(null);
  const { buttonRef, menuRef, close, buttonProps, menuProps } = useMenuButton({ open, setOpen, placed: at !== null });

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) {
      setAt(null);
      return;
    }
    const r = buttonRef.current.getBoundingClientRect();
    setAt({ top: r.bottom + 4, right: document.documentElement.clientWidth - r.right });
  }, [open, buttonRef]);

  const chosen = (run: () => void) => {
    close(true);
    run();
  };

  return (
    <div className="toolbar-more">
      <button ref={buttonRef} type="button" title={t('look.moreTitle')} {...buttonProps}>
        <Ellipsis size={ICON_SIZE} aria-hidden="true" />
        {t('look.more')}
      </button>
      {open &&
        at &&
        createPortal(
          <div
            ref={menuRef}
            {...menuProps}
            aria-label={t('look.moreTitle')}
            className="menu"
            style={{ top: at.top, right: at.right }}
          >
            {GROUPS.map((group, g) => {
              const shown = group.filter((i) => hidden.includes(i.key));
              if (shown.length === 0) return null;
              return (
                <Fragment key={g}>
                  {g > 0 && GROUPS.slice(0, g).some((earlier) => earlier.some((i) => hidden.includes(i.key))) && (
                    <div role="separator" className="menu-separator" />
                  )}
                  {shown.map((i) =>
                    i.key === 'outline' ? (
                      <MenuOutline key={i.key} onChosen={chosen} />
                    ) : i.key === 'lens' || i.key === 'rows' ? null : (
                      <MenuAction key={i.key} id={i.key} onChosen={chosen} />
                    ),
                  )}
                </Fragment>
              );
            })}
          </div>,
          document.body,
        )}
    </div>
  );
}

/**
 * The editor's toolbar: always one row. Measured on every resize and whenever the words
 * change (language, lens, project name): short of room, buttons first show their icon alone
 * (named by their label, with it as tooltip), then the ones that still do not fit move into
 * the More menu, least used first, so every action stays one or two clicks away at any width.
 */
export function Toolbar({ name }: { name: string }) {
  const { t, i18n } = useTranslation();
  const lens = useDocument((s) => s.lens);
  const bar = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<readonly Item['key'][]>([]);
  const [compact, setCompact] = useState<readonly Item['key'][]>([]);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const slot = (key: string) => el.querySelector<HTMLElement>(`[data-item="${key}"]`);
    const more = el.querySelector<HTMLElement>('.toolbar-more');
    const overflows = () => el.scrollWidth > el.clientWidth + 0.5;
    // Show everything with its label; then labels go (icon alone), then items move into
    // More, least needed first, until the row fits.
    for (const key of BY_HIDE_ORDER) slot(key)?.removeAttribute('hidden');
    for (const key of COMPACT_ORDER) slot(key)?.removeAttribute('data-compact');
    if (more) more.hidden = true;
    const compact: Item['key'][] = [];
    for (const key of COMPACT_ORDER) {
      if (!overflows()) break;
      slot(key)?.setAttribute('data-compact', '');
      compact.push(key);
    }
    const out: Item['key'][] = [];
    if (overflows()) {
      if (more) more.hidden = false;
      for (const key of BY_HIDE_ORDER) {
        if (!overflows()) break;
        slot(key)?.setAttribute('hidden', '');
        out.push(key);
      }
    }
    // Separators around groups with nothing left on the row go too.
    for (const sep of el.querySelectorAll<HTMLElement>('[data-sep]')) {
      const group = GROUPS[Number(sep.dataset.sep)]!;
      sep.hidden = group.every((i) => out.includes(i.key));
    }
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
    setHidden((prev) => (same(prev, out) ? prev : out));
    setCompact((prev) => (same(prev, compact) ? prev : compact));
  }, [width, i18n.language, lens, name]);

  return (
    <header ref={bar} className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <ToolbarButton id="open-project" />
      <h1 className="project-name" title={name}>
        {name}
      </h1>
      <StateSwitcher />
      {GROUPS.map((group, g) => (
        <Fragment key={g}>
          {g > 0 && <span className="sep" data-sep={g} />}
          {group.map((item) => (
            <span
              key={item.key}
              className="toolbar-item"
              data-item={item.key}
              data-compact={compact.includes(item.key) ? '' : undefined}
              hidden={hidden.includes(item.key)}
            >
              <BarItem item={item} />
            </span>
          ))}
        </Fragment>
      ))}
      <SaveStatus />
      <MoreMenu hidden={hidden} />
    </header>
  );
}
