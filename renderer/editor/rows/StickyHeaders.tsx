/**
 * The row names kept readable at the left edge of the canvas: when the band's own header
 * column has scrolled off to the left, a copy of each row's name sits against the
 * viewport's left edge, level with its row. The emotion row's copy carries the legend of
 * its curves too (the band's own legend is in the header column this copy covers), in
 * screen pixels under the name, as many entries as the row's height on screen has room for.
 * Follows pans and zooms (it reads the viewport transform: a few elements, redrawn only
 * while the view moves).
 */
import { useMemo } from 'react';
import { useStore } from '@xyflow/react';
import { emotionLegendEntries, type LegendEntry } from '../../../shared/formats/drawing/rows';
import { DEFAULT_ROWS_THEME, DEFAULT_THEME, type DrawingLabels } from '../../../shared/formats/drawing/theme';
import { useBandLabels, useBandOf } from './useBand';

const MIN_HEIGHT = 16;
const WIDTH = 128;
/** The header's padding (top and bottom), its name's line and one legend line, in screen pixels (rows.css). */
const PADDING = 6;
const NAME_LINE = 15;
const LEGEND_LINE = 14;

/** The legend under the emotion row's name: as many entries as fit in `height` pixels, then "+N more". */
function Legend({ entries, height, labels }: { entries: LegendEntry[]; height: number; labels: DrawingLabels }) {
  const room = Math.max(0, Math.floor((height - 2 * PADDING - NAME_LINE) / LEGEND_LINE));
  if (!entries.length || room === 0) return null;
  const shown = entries.length > room ? entries.slice(0, room - 1) : entries;
  return (
    <ul className="rows-sticky-legend">
      {shown.map((entry, i) => (
        <li key={i} className="rows-sticky-legend-entry" title={entry.name}>
          <svg width="20" height="6" viewBox="0 0 20 6">
            <path d="M0,3 L20,3" stroke={entry.stroke} strokeWidth={2.5} strokeDasharray={entry.dash?.join(' ')} />
          </svg>
          <span>{entry.name}</span>
        </li>
      ))}
      {shown.length < entries.length ? <li>{labels.moreNotes(entries.length - shown.length)}</li> : null}
    </ul>
  );
}

const transformOf = (s: { transform: [number, number, number] }) => s.transform;

export function StickyHeaders() {
  const { project, band } = useBandOf();
  const labels = useBandLabels();
  const [tx, ty, zoom] = useStore(transformOf);
  const legend = useMemo(
    () => (project ? emotionLegendEntries(project, labels, DEFAULT_THEME.rows ?? DEFAULT_ROWS_THEME) : []),
    [project, labels],
  );
  if (!band || band.height === 0) return null;
  // The band's own headers are on screen: nothing to add.
  if (band.layout.headerX * zoom + tx >= 0) return null;
  return (
    <div className="rows-sticky" aria-hidden="true">
      {band.layout.rows.map((row) => {
        const height = row.height * zoom;
        if (height < MIN_HEIGHT) return null;
        return (
          <div
            key={row.kind}
            className="rows-sticky-header"
            data-row={row.kind}
            style={{ top: ty + row.y * zoom, height, width: WIDTH }}
          >
            {labels.rows[row.kind]}
            {row.kind === 'emotion' ? <Legend entries={legend} height={height} labels={labels} /> : null}
          </div>
        );
      })}
    </div>
  );
}
