/**
 * The active map filters as removable chips in a bar above the map, with "Clear all" and
 * a live count of the steps they let through ("2 of 16 steps match"). Each chip's ×
 * button is named "Remove filter: …"; Delete or Backspace on it removes the filter too,
 * and focus moves to the next chip (or the previous one, or the Filter button). Shown
 * only while a filter is set.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterKey, type MapFilter } from '../../../shared/analysis/filters';
import { formatNumber } from '../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { useDocument } from '../../state/documentStore';
import { useFilters, useMatchingSteps } from '../../state/filters';
import { filterText } from './filterText';
import './filters.css';

export function FilterBar() {
  const { t } = useTranslation();
  const language = useLanguage();
  const filters = useFilters((s) => s.filters);
  const project = useDocument((s) => s.project);
  const bright = useMatchingSteps();
  const listRef = useRef<HTMLUListElement>(null);
  if (!project || filters.length === 0) return null;

  const total = project.steps.length;
  const matching = bright?.size ?? total;

  /** Take a filter off; keyboard focus goes to the chip that takes its place, else the Filter button. */
  const remove = (filter: MapFilter, index: number, keepFocus: boolean) => {
    useFilters.getState().remove(filter);
    if (!keepFocus) return;
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.filter-chip-remove');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? document.getElementById('filter-button'))?.focus();
    });
  };

  const onChipKeyDown = (e: KeyboardEvent, filter: MapFilter, index: number) => {
    if (e.key !== 'Delete' && e.key !== 'Backspace') return;
    // The chip's key, not the editor's Delete (which would delete the selected steps).
    e.preventDefault();
    e.stopPropagation();
    remove(filter, index, true);
  };

  return (
    <section className="filter-bar" aria-label={t('filters.bar')}>
      <ul ref={listRef} className="filter-chips">
        {filters.map((filter, index) => {
          const text = filterText(filter, t, project);
          const removeLabel = t('filters.remove', { filter: text });
          return (
            <li key={filterKey(filter)} className="filter-chip" onKeyDown={(e) => onChipKeyDown(e, filter, index)}>
              <span className="filter-chip-text">{text}</span>
              <button
                type="button"
                className="filter-chip-remove"
                aria-label={removeLabel}
                aria-description={t('filters.chipHint')}
                title={removeLabel}
                onClick={(e) => remove(filter, index, e.detail === 0)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="filter-clear" onClick={() => useFilters.getState().clear()}>
        {t('filters.clearAll')}
      </button>
      <span className="filter-count" role="status" aria-live="polite">
        {t('filters.count', {
          count: total,
          matching: formatNumber(language, matching),
          total: formatNumber(language, total),
        })}
      </span>
    </section>
  );
}
