// @vitest-environment jsdom
/**
 * The menu button pattern (renderer/editor/useMenuButton.ts) that the toolbar's More and
 * Filter menus share, driven by the keyboard and the pointer as a user drives it: which
 * element has focus, whether the menu is there, what was chosen.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePopup, useMenuButton } from '../../../renderer/editor/useMenuButton';

afterEach(cleanup);

function Menu({ onChoose }: { onChoose: (name: string) => void }) {
  const [open, setOpen] = useState(false);
  const { buttonRef, menuRef, close, buttonProps, menuProps } = useMenuButton({ open, setOpen });
  const choose = (name: string) => {
    close(true);
    onChoose(name);
  };
  return (
    <>
      <button ref={buttonRef} type="button" {...buttonProps}>
        Actions
      </button>
      <button type="button">Elsewhere</button>
      {open && (
        <div ref={menuRef} {...menuProps} aria-label="Actions">
          <button type="button" role="menuitem" onClick={() => choose('copy')}>
            Copy
          </button>
          <button type="button" role="menuitem" disabled>
            Paste
          </button>
          <div role="menuitemcheckbox" aria-checked={false} tabIndex={-1} onClick={() => choose('grid')}>
            Grid
          </div>
          <button type="button" role="menuitem" onClick={() => choose('delete')}>
            Delete
          </button>
        </div>
      )}
    </>
  );
}

const focused = () => document.activeElement?.textContent;
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
const menu = () => screen.queryByRole('menu', { name: 'Actions' });

describe('useMenuButton', () => {
  it('opens from the button at the first or last enabled item and names what it controls', () => {
    render(<Menu onChoose={() => {}} />);
    const button = screen.getByRole('button', { name: 'Actions' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    press('ArrowDown');
    expect(menu()).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu()!.id);
    expect(focused()).toBe('Copy');
    press('Escape');
    press('ArrowUp');
    expect(focused()).toBe('Delete');
    press('Escape');
    fireEvent.click(button);
    expect(focused()).toBe('Copy');
    // A click on the open menu's button closes it.
    fireEvent.click(button);
    expect(menu()).toBeNull();
  });

  it('moves with the arrows (wrapping, past disabled items), Home and End', () => {
    render(<Menu onChoose={() => {}} />);
    screen.getByRole('button', { name: 'Actions' }).focus();
    press('ArrowDown');
    const order = [];
    for (let i = 0; i < 4; i++) {
      press('ArrowDown');
      order.push(focused());
    }
    expect(order).toEqual(['Grid', 'Delete', 'Copy', 'Grid']);
    press('ArrowUp');
    expect(focused()).toBe('Copy');
    press('ArrowUp');
    expect(focused()).toBe('Delete');
    press('Home');
    expect(focused()).toBe('Copy');
    press('End');
    expect(focused()).toBe('Delete');
  });

  it('Escape closes and returns focus to the button; Tab closes and leaves focus alone; keys stay in the menu', () => {
    const editorShortcut = vi.fn();
    window.addEventListener('keydown', editorShortcut);
    try {
      render(<Menu onChoose={() => {}} />);
      const button = screen.getByRole('button', { name: 'Actions' });
      button.focus();
      press('ArrowDown');
      press('ArrowDown');
      press('z');
      press('Escape');
      expect(menu()).toBeNull();
      expect(document.activeElement).toBe(button);
      expect(editorShortcut).not.toHaveBeenCalled();

      press('ArrowDown');
      press('Tab');
      expect(menu()).toBeNull();
      expect(document.activeElement).not.toBe(button);
    } finally {
      window.removeEventListener('keydown', editorShortcut);
    }
  });

  it('Enter or Space chooses an item that is not a native button; a press outside closes', () => {
    const chosen: string[] = [];
    render(<Menu onChoose={(name) => chosen.push(name)} />);
    const button = screen.getByRole('button', { name: 'Actions' });
    button.focus();
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe('Grid');
    press('Enter');
    expect(chosen).toEqual(['grid']);
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(button);
    press('ArrowDown');
    press('End');
    press('ArrowUp');
    press(' ');
    expect(chosen).toEqual(['grid', 'grid']);

    press('ArrowDown');
    fireEvent.pointerDown(screen.getByRole('menuitem', { name: 'Copy' }));
    expect(menu()).not.toBeNull();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(menu()).toBeNull();
  });
});

function Popover() {
  const [open, setOpen] = useState(false);
  const { buttonRef, popupRef, close } = usePopup(open, setOpen);
  return (
    <>
      <button ref={buttonRef} type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Rows
      </button>
      <button type="button">Elsewhere</button>
      {open && (
        <div ref={popupRef} role="group" aria-label="Rows shown">
          <button type="button" onClick={() => close(true)}>
            Done
          </button>
        </div>
      )}
    </>
  );
}

describe('usePopup', () => {
  it('closes on a press outside it and its button, and gives focus back to the button when asked', () => {
    render(<Popover />);
    const button = screen.getByRole('button', { name: 'Rows' });
    fireEvent.click(button);
    const group = () => screen.queryByRole('group', { name: 'Rows shown' });
    fireEvent.pointerDown(button);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Done' }));
    expect(group()).not.toBeNull();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(group()).toBeNull();
    fireEvent.click(button);
    act(() => screen.getByRole('button', { name: 'Done' }).click());
    expect(group()).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
