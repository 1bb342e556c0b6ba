/**
 * The WAI-ARIA menu button pattern, once for every menu button of the editor (the toolbar's
 * More and Filter menus, the journey state menu):
 * - the button: Enter, Space or a click opens the menu at its first item, Arrow Down too,
 *   Arrow Up at its last; a click on the open menu's button closes it;
 * - the menu: Arrow Down and Up move (wrapping), Home and End go to the first and last
 *   item, Enter or Space on an item that is not a native button clicks it, Escape closes the
 *   menu and gives focus back to its button, Tab closes it and lets focus move on;
 * - a press anywhere outside the menu and its button closes it (focus stays where it went).
 * Keys pressed in the menu (except Tab) do not reach the editor's shortcuts.
 *
 * The caller draws the button and the menu (the menu usually in a portal, placed where it
 * wants) with the props and refs returned, and says when the menu is `placed` (drawn where
 * it goes), which is when the first (or last) item takes focus. A menu with submenus gives
 * `items` (the items of the level an item belongs to) and `onKey` for its own keys.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

/**
 * What every popup a toolbar button opens shares (the menus below, the Rows popover): its
 * button and popup refs, `close` (with focus back on the button or not), and a press outside
 * both closing it (seen before anything under the press can stop it).
 */
export function usePopup(open: boolean, setOpen: (open: boolean) => void) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const latestSetOpen = useRef(setOpen);
  useLayoutEffect(() => {
    latestSetOpen.current = setOpen;
  });

  const close = useCallback((refocus: boolean) => {
    latestSetOpen.current(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (popupRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      close(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open, close]);

  return { buttonRef, popupRef, close };
}

export interface MenuButtonOptions {
  /** Whether the menu is open (the caller keeps this, so an action elsewhere can open the menu too). */
  open: boolean;
  setOpen(open: boolean): void;
  /** Whether the open menu is drawn at its place: its starting item takes focus then. Default: when open. */
  placed?: boolean;
  /** The menu's id (aria-controls); default a generated one. */
  id?: string;
  /**
   * The items that arrow keys move between: those of the menu level `item` is in (the top
   * level when `item` is null). Default: the menu's enabled `menuitem*` elements.
   */
  items?: (menu: HTMLElement, item: HTMLElement | null) => HTMLElement[];
  /** The menu's own keys, before the pattern's: return true when the key was handled. */
  onKey?: (e: KeyboardEvent<HTMLElement>, item: HTMLElement | null) => boolean;
}

/** The enabled items of a menu, in order. */
export function menuItems(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')].filter(
    (item) => !(item as HTMLButtonElement).disabled && item.getAttribute('aria-disabled') !== 'true',
  );
}

export function useMenuButton({ open, setOpen, placed = open, id, items = menuItems, onKey }: MenuButtonOptions) {
  const generatedId = useId();
  const menuId = id ?? generatedId;
  const { buttonRef, popupRef: menuRef, close } = usePopup(open, setOpen);
  /** Where focus goes when the menu opens: its first or its last item. */
  const startAt = useRef<'first' | 'last'>('first');
  // The latest options, for the handlers and effects below without re-subscribing.
  const latest = useRef({ setOpen, items, onKey });
  useLayoutEffect(() => {
    latest.current = { setOpen, items, onKey };
  });

  const openAt = useCallback((start: 'first' | 'last') => {
    startAt.current = start;
    latest.current.setOpen(true);
  }, []);

  // Drawn at its place: the first (or last) item takes focus.
  useLayoutEffect(() => {
    if (!open || !placed || !menuRef.current) return;
    const list = latest.current.items(menuRef.current, null);
    (startAt.current === 'last' ? list.at(-1) : list[0])?.focus();
    startAt.current = 'first';
  }, [open, placed, menuRef]);

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    e.stopPropagation();
    openAt(e.key === 'ArrowUp' ? 'last' : 'first');
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Tab') {
      close(false);
      return;
    }
    // Keys in the menu are the menu's: none reaches the editor's shortcuts.
    e.stopPropagation();
    const menu = menuRef.current;
    if (!menu) return;
    const target = e.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role^="menuitem"]');
    if (latest.current.onKey?.(e, item)) {
      e.preventDefault();
      return;
    }
    const list = latest.current.items(menu, item);
    const index = item ? list.indexOf(item) : -1;
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index < 0 ? -1 : index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Enter':
      case ' ':
        // A native button clicks itself; another element playing an item is clicked here.
        if (!item || item instanceof HTMLButtonElement) return;
        item.click();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return {
    buttonRef,
    menuRef,
    menuId,
    /** Closes the menu; `refocus`: focus goes back to the button. */
    close,
    /** Opens the menu with focus on its first or last item. */
    openAt,
    buttonProps: {
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => (open ? close(false) : openAt('first')),
      onKeyDown: onButtonKeyDown,
    },
    menuProps: {
      id: menuId,
      role: 'menu' as const,
      onKeyDown: onMenuKeyDown,
    },
  };
}
