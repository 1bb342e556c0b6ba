/**
 * The shell every side panel beside the map shares (personas, dot voting, comments, insights):
 * an aside named by its heading; a header with that heading and a × button that closes the
 * panel; Escape inside the panel closes it (unless something inside handled it first). Each
 * focus request (the panel opened by its button, menu item or shortcut) puts keyboard focus on
 * the heading, so Tab goes on into the panel; closing while focus is inside hands focus back to
 * the toolbar button that toggles the panel, so it is not dropped on the page.
 */
import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import './sidePanel.css';

export function SidePanel({
  id,
  title,
  subtitle,
  closeLabel,
  onClose,
  toggleId,
  focusRequest,
  focusHeading = true,
  className,
  bodyClassName,
  bodyRef,
  children,
}: {
  /** Prefix of the element ids: the heading is `${id}-heading`. */
  id: string;
  /** The heading's text, which is also the panel's accessible name. */
  title: string;
  /** A line under the heading (e.g. what the panel covers). */
  subtitle?: ReactNode;
  /** The × button's accessible name and tooltip (translated). */
  closeLabel: string;
  onClose: () => void;
  /** The element id of the toolbar button that toggles the panel: focus returns there on close. */
  toggleId: string;
  /** Changes each time the panel is asked to take focus (opened again while open, too). */
  focusRequest: unknown;
  /** Whether a focus request moves focus to the heading (false while something inside takes it). */
  focusHeading?: boolean;
  /** Classes of the aside besides `side-panel` (e.g. `inspector` for the inspector's fields). */
  className?: string;
  /** Classes of the scrolling body besides `side-panel-body`. */
  bodyClassName?: string;
  bodyRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Read when a focus request comes, not a reason to move focus of its own.
  const takesFocus = useRef(focusHeading);
  takesFocus.current = focusHeading;

  useLayoutEffect(() => {
    if (takesFocus.current) heading.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  useLayoutEffect(() => {
    const el = panel.current;
    return () => {
      if (el?.contains(document.activeElement)) document.getElementById(toggleId)?.focus();
    };
  }, [toggleId]);

  const headingId = `${id}-heading`;
  return (
    <aside
      ref={panel}
      className={className ? `side-panel ${className}` : 'side-panel'}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="side-panel-header">
        <div className="side-panel-titles">
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {subtitle ? <p className="side-panel-subtitle">{subtitle}</p> : null}
        </div>
        <button type="button" className="side-panel-close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className={bodyClassName ? `side-panel-body ${bodyClassName}` : 'side-panel-body'} ref={bodyRef}>
        {children}
      </div>
    </aside>
  );
}
