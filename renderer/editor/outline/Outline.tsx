/**
 * The Journey outline: the whole journey as a keyboard tree beside the map. The canvas draws
 * only the steps in view (React Flow virtualises), so this is where a screen reader reads
 * every stage, step, annotation and flow. Keys follow the WAI-ARIA tree pattern: Up/Down,
 * Home/End, Right/Left to expand, collapse and move between parent and child, * to expand
 * siblings, typing to jump to a name; Enter or Space (or a click) selects the item on the map
 * and brings it into view; Ctrl with them adds to or removes from the selection. A selection
 * made on the map is marked here and scrolled into view.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTree } from 'lucide-react';
import { useLanguage } from '../../i18n';
import { phrase, plural } from '../phrase';
import { useDocument } from '../../state/documentStore';
import { useUi } from '../../state/uiStore';
import { PanelToggle } from '../PanelToggle';
import { buildOutline, hasChildren, isExpanded, parentOf, visibleKeys, type Outline } from './outlineModel';
import { useOutline } from './outlineStore';
import { GroupItem } from './OutlineTree';
import { activate, selectionKey, useRevealFlow } from './select';
import './outline.css';

/** The button that opens and closes the outline; focus returns here when the outline closes. */
export const OUTLINE_TOGGLE_ID = 'outline-toggle';
const TYPEAHEAD_MS = 700;

function useOutlineModel(): Outline | null {
  const project = useDocument((s) => s.project);
  // Built again, in the new words, when the UI language changes.
  const language = useLanguage();
  const previous = useRef<Outline | undefined>(undefined);
  return useMemo(() => {
    if (!project) return null;
    const built = buildOutline(project, previous.current);
    previous.current = built;
    return built;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, language]);
}

function OutlineBody({ outline }: { outline: Outline }) {
  const { t } = useTranslation();
  const selection = useDocument((s) => s.selection);
  const focusedStageId = useUi((s) => s.focusedStageId);
  const focusRequest = useOutline((s) => s.focusRequest);
  const revealFlow = useRevealFlow();
  const treeRef = useRef<HTMLUListElement>(null);
  // Opened with something selected: start on it, with what holds it expanded.
  const [initialKey] = useState(() => {
    const { selection } = useDocument.getState();
    return selectionKey(selection.stepIds, selection.flowIds, useUi.getState().focusedStageId);
  });
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => {
    const open = new Set<string>();
    if (initialKey)
      for (let k = parentOf(outline, initialKey); k !== undefined; k = parentOf(outline, k))
        if (!isExpanded(k, open)) open.add(k);
    return open;
  });
  const [focusKey, setFocusKey] = useState<string | null>(initialKey);
  /** Set when the focused item should get DOM focus (keyboard in the tree) or only be scrolled to. */
  const pending = useRef<'focus' | 'scroll' | null>(null);
  const typed = useRef({ text: '', at: 0 });
  /** The selection the outline itself just made (see the effect that follows the selection). */
  const ownSelection = useRef<string | null>(null);
  const choose = (key: string, add: boolean) => {
    activate(outline, key, add, revealFlow);
    const { selection } = useDocument.getState();
    ownSelection.current = selectionKey(selection.stepIds, selection.flowIds, useUi.getState().focusedStageId);
  };

  const visible = useMemo(() => visibleKeys(outline, toggled), [outline, toggled]);
  const visibleSet = useMemo(() => new Set(visible), [visible]);
  const expanded = useCallback((key: string) => isExpanded(key, toggled), [toggled]);

  // The focused item may have been deleted or hidden by a collapse: fall back to its nearest
  // shown ancestor, or the first item.
  let active = focusKey;
  while (active !== null && !visibleSet.has(active)) active = parentOf(outline, active) ?? null;
  if (active === null) active = visible[0] ?? null;

  const move = (key: string | undefined) => {
    if (key === undefined) return;
    pending.current = 'focus';
    setFocusKey(key);
  };

  /** Expand every ancestor of `key`, so it is shown. */
  const reveal = useCallback(
    (key: string) => {
      const open: string[] = [];
      for (let k = parentOf(outline, key); k !== undefined; k = parentOf(outline, k))
        if (!isExpanded(k, toggled)) open.push(k);
      if (open.length)
        setToggled((prev) => {
          const next = new Set(prev);
          for (const k of open) {
            if (next.has(k)) next.delete(k);
            else next.add(k);
          }
          return next;
        });
    },
    [outline, toggled],
  );

  // A selection made on the map (or anywhere but the outline) is marked and scrolled to here.
  // Keyboard focus is not pulled into the outline from elsewhere.
  const selected = selectionKey(selection.stepIds, selection.flowIds, focusedStageId);
  useEffect(() => {
    // A selection made from the outline itself leaves its focus alone (it may be on an
    // annotation line); one made elsewhere brings the item into view, and focus along if the
    // outline has it.
    const own = ownSelection.current === selected;
    ownSelection.current = null;
    if (!selected || own) return;
    reveal(selected);
    pending.current = treeRef.current?.contains(document.activeElement) ? 'focus' : 'scroll';
    setFocusKey(selected);
    // `reveal` changes with every expand or collapse; following it would undo a collapse.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  // Opening the outline (button or shortcut) puts keyboard focus on the selected item, or the
  // first. Declared before the layout effect below, which carries it out in the same commit.
  useLayoutEffect(() => {
    if (focusRequest) pending.current = 'focus';
  }, [focusRequest]);

  useLayoutEffect(() => {
    const how = pending.current;
    if (!how || active === null) return;
    const items = treeRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    const el = [...items].find((item) => item.dataset.key === active);
    if (!el) return;
    pending.current = null;
    if (how === 'focus') el.focus({ preventScroll: true });
    el.querySelector('.outline-row')?.scrollIntoView?.({ block: 'nearest' });
  });

  const setExpanded = (key: string, open: boolean) => {
    if (isExpanded(key, toggled) === open) return;
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  const typeahead = (char: string, from: number) => {
    const now = Date.now();
    const t0 = typed.current;
    t0.text = now - t0.at > TYPEAHEAD_MS ? char : t0.text + char;
    t0.at = now;
    const items = [...(treeRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const text = t0.text.toLowerCase();
    // A repeated first letter cycles through the items starting with it.
    const start = t0.text.length === 1 ? from + 1 : from;
    for (let i = 0; i < items.length; i++) {
      const el = items[(start + i) % items.length];
      if ((el.getAttribute('aria-label') ?? '').toLowerCase().startsWith(text)) return move(el.dataset.key);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (active === null || e.altKey) return;
    const index = visible.indexOf(active);
    const mod = e.ctrlKey || e.metaKey;
    let handled = true;
    // Any other key ends a typed name: "Pay" after an arrow key is a new search.
    if (e.key.length !== 1) typed.current.text = '';
    if (e.key === 'ArrowDown' && !mod) move(visible[index + 1]);
    else if (e.key === 'ArrowUp' && !mod) move(visible[index - 1]);
    else if (e.key === 'Home' && !mod) move(visible[0]);
    else if (e.key === 'End' && !mod) move(visible[visible.length - 1]);
    else if (e.key === 'ArrowRight' && !mod) {
      if (hasChildren(outline, active) && !isExpanded(active, toggled)) setExpanded(active, true);
      else if (hasChildren(outline, active)) move(visible[index + 1]);
    } else if (e.key === 'ArrowLeft' && !mod) {
      if (hasChildren(outline, active) && isExpanded(active, toggled)) setExpanded(active, false);
      else move(parentOf(outline, active));
    } else if (e.key === 'Enter' || e.key === ' ') choose(active, mod);
    else if (e.key === '*' && !mod) {
      const parent = parentOf(outline, active);
      const siblings = visible.filter((k) => parentOf(outline, k) === parent && hasChildren(outline, k));
      setToggled((prev) => {
        const next = new Set(prev);
        for (const k of siblings) if (!isExpanded(k, next)) next.add(k);
        return next;
      });
    } else if (e.key.length === 1 && !mod && e.key !== ' ') typeahead(e.key, index);
    else handled = false;
    if (!handled) return;
    // The editor's shortcuts (Enter adds a step, N adds one...) do not apply inside the tree.
    e.preventDefault();
    e.stopPropagation();
  };

  const onClick = (e: React.MouseEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const key = item?.dataset.key;
    if (!key) return;
    e.stopPropagation();
    move(key);
    // A click on the triangle only opens or closes; anywhere else on the row also selects.
    if ((e.target as HTMLElement).closest('.outline-twisty') && hasChildren(outline, key))
      setExpanded(key, !isExpanded(key, toggled));
    else choose(key, e.ctrlKey || e.metaKey || e.shiftKey);
  };

  const holder = useCallback((key: string) => parentOf(outline, key), [outline]);
  const selectedSteps = useMemo(() => new Set(selection.stepIds), [selection.stepIds]);
  const selectedFlows = useMemo(() => new Set(selection.flowIds), [selection.flowIds]);
  const allSteps = () =>
    new Set(outline.groups.flatMap((g) => g.steps.filter((s) => hasChildren(outline, s.key)).map((s) => s.key)));

  return (
    <>
      <div className="outline-tools">
        <span className="outline-counts">
          {phrase('outline.counts', {
            stages: plural('outline.stages', outline.stageCount),
            steps: plural('outline.steps', outline.stepCount),
            flows: plural('outline.flows', outline.flowCount),
          })}
        </span>
        <button type="button" onClick={() => setToggled(allSteps())}>
          {t('outline.expandAll')}
        </button>
        <button type="button" onClick={() => setToggled(new Set())}>
          {t('outline.collapseAll')}
        </button>
      </div>
      {/* Keyboard and clicks are handled once here for all items (event delegation). */}
      <ul
        ref={treeRef}
        role="tree"
        aria-label={t('outline.title')}
        aria-multiselectable="true"
        className="outline-tree"
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {outline.groups.map((g) => (
          <GroupItem
            key={g.key}
            group={g}
            expanded={expanded(g.key)}
            selected={g.stageId !== undefined && g.stageId === focusedStageId}
            focusKey={active}
            isExpanded={expanded}
            selectedSteps={selectedSteps}
            selectedFlows={selectedFlows}
            parentOf={holder}
          />
        ))}
      </ul>
    </>
  );
}

/** The open panel. The outline is built only while it is open. */
function OpenOutline() {
  const { t } = useTranslation();
  const outline = useOutlineModel();
  const panel = useRef<HTMLElement>(null);

  // Closing while focus is inside would drop focus on the page: hand it to the toggle button.
  useLayoutEffect(() => {
    const el = panel.current;
    return () => {
      if (el?.contains(document.activeElement)) document.getElementById(OUTLINE_TOGGLE_ID)?.focus();
    };
  }, []);

  if (!outline) return null;
  return (
    <aside ref={panel} className="outline-panel" aria-labelledby="outline-heading">
      <header className="outline-header">
        <h2 id="outline-heading">{t('outline.title')}</h2>
        <button type="button" aria-label={t('outline.close')} onClick={() => useOutline.getState().setOpen(false)}>
          ×
        </button>
      </header>
      <OutlineBody outline={outline} />
    </aside>
  );
}

/** The outline panel, shown while it is open (toolbar button or Ctrl+Shift+O). */
export function OutlinePanel() {
  return useOutline((s) => s.open) ? <OpenOutline /> : null;
}

/** The toolbar button: pressed while the outline is open. */
export function OutlineToggle() {
  const { t } = useTranslation();
  const open = useOutline((s) => s.open);
  return (
    <PanelToggle
      id={OUTLINE_TOGGLE_ID}
      open={open}
      action="outline"
      keyShortcuts="Control+Shift+O"
      label={t('outline.toggle')}
      icon={ListTree}
      tooltip={false}
    />
  );
}
