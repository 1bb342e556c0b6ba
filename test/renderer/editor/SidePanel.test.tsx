// @vitest-environment jsdom
/**
 * The shell of the side panels (renderer/editor/SidePanel.tsx), driven as a keyboard user
 * drives it: named by its heading, focus on the heading when opened and at each focus request
 * (not while something inside is to take it), Escape and the × button close it, and closing
 * with focus inside hands focus back to the toolbar button.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../renderer/editor/SidePanel';

afterEach(cleanup);

function Page({ focusHeading = true }: { focusHeading?: boolean }) {
  const [open, setOpen] = useState(false);
  const [request, setRequest] = useState(0);
  return (
    <>
      <button
        type="button"
        id="notes-toggle"
        aria-pressed={open}
        onClick={() => {
          setOpen(true);
          setRequest((n) => n + 1);
        }}
      >
        Notes
      </button>
      {open && (
        <SidePanel
          id="notes"
          title="Notes"
          subtitle="On 3 moments"
          closeLabel="Close notes"
          onClose={() => setOpen(false)}
          toggleId="notes-toggle"
          focusRequest={request}
          focusHeading={focusHeading}
        >
          <input aria-label="Note" />
          <select
            aria-label="Kind"
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.preventDefault();
            }}
          />
        </SidePanel>
      )}
    </>
  );
}

const panel = () => screen.queryByRole('complementary', { name: 'Notes' });

describe('SidePanel', () => {
  it('is named by its heading, takes focus on it and says what it covers', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    expect(panel()).not.toBeNull();
    const heading = screen.getByRole('heading', { name: 'Notes', level: 2 });
    expect(document.activeElement).toBe(heading);
    expect(panel()?.textContent).toContain('On 3 moments');
  });

  it('takes focus again at the next request, and not where something inside takes it', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    act(() => screen.getByLabelText('Note').focus());
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Notes' }));
    cleanup();

    render(<Page focusHeading={false} />);
    act(() => screen.getByRole('button', { name: 'Notes' }).focus());
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Notes' }));
  });

  it('closes on Escape inside, and hands focus back to the toolbar button', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    const input = screen.getByLabelText('Note');
    act(() => input.focus());
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Notes' }));
  });

  it('leaves an Escape that a control inside handled', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    fireEvent.keyDown(screen.getByLabelText('Kind'), { key: 'Escape' });
    expect(panel()).not.toBeNull();
  });

  it('closes from its named × button', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Notes' }));
    const close = screen.getByRole('button', { name: 'Close notes' });
    expect(close.getAttribute('title')).toBe('Close notes');
    act(() => close.focus());
    fireEvent.click(close);
    expect(panel()).toBeNull();
    expect(document.activeElement?.id).toBe('notes-toggle');
  });
});
