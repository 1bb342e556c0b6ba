/**
 * The "Rows" menu of the toolbar: which journey-map rows are shown under the map, and in
 * which order. Each change is one `setRows` command (undoable; the rows are in the file, so
 * they are autosaved). A checkbox per row, and buttons to move a row up or down; Escape
 * closes the menu and gives focus back to its button.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronUp, Rows4 } from 'lucide-react';
import { ICON_SIZE } from '../toolbarIcons';
import { journeyRows, type JourneyRow } from '../../../shared/model';
import { useDocument } from '../../state/documentStore';
import { usePopup } from '../useMenuButton';

function setRows(rows: JourneyRow[]) {
  useDocument.getState().dispatch({ type: 'setRows', rows });
}

export function RowsMenu() {
  const { t } = useTranslation();
  const project = useDocument((s) => s.project);
  const [open, setOpen] = useState(false);
  const id = useId();
  // A press elsewhere closes the popover (its checkboxes and buttons are reached with Tab, so it is not a menu).
  const { buttonRef, popupRef, close } = usePopup(open, setOpen);

  if (!project) return null;
  const rows = journeyRows(project);
  const move = (index: number, by: -1 | 1) => {
    const next = rows.map((r) => ({ ...r }));
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    setRows(next);
  };
  return (
    <div
      className="rows-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <Rows4 size={ICON_SIZE} aria-hidden="true" />
        <span className="button-label">{t('band.menu.button')}</span>
      </button>
      {open && (
        <div ref={popupRef} className="rows-menu-popover" id={id} role="group" aria-label={t('band.menu.title')}>
          <h2>{t('band.menu.title')}</h2>
          <ul>
            {rows.map((row, i) => {
              const name = t(`rows.names.${row.kind}`);
              return (
                <li key={row.kind}>
                  <label>
                    <input
                      type="checkbox"
                      checked={row.shown}
                      aria-label={t('band.menu.show', { row: name })}
                      onChange={(e) =>
                        setRows(rows.map((r) => (r.kind === row.kind ? { ...r, shown: e.target.checked } : r)))
                      }
                    />
                    {name}
                  </label>
                  <button
                    type="button"
                    aria-label={t('band.menu.up', { row: name })}
                    title={t('band.menu.up', { row: name })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    <ChevronUp size={14} aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    aria-label={t('band.menu.down', { row: name })}
                    title={t('band.menu.down', { row: name })}
                    disabled={i === rows.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    <ChevronDown size={14} aria-hidden="true" />
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
