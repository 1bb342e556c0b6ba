/**
 * The row names kept readable at the left edge of the canvas: when the band's own header
 * column has scrolled off to the left, a copy of each row's name sits against the
 * viewport's left edge, level with its row. Follows pans and zooms (it reads the
 * viewport transform: a few elements, redrawn only while the view moves).
 */
import { useStore } from '@xyflow/react';
import { useBand, useBandLabels } from './useBand';

const MIN_HEIGHT = 16;
const WIDTH = 128;

const transformOf = (s: { transform: [number, number, number] }) => s.transform;

export function StickyHeaders() {
  const band = useBand();
  const labels = useBandLabels();
  const [tx, ty, zoom] = useStore(transformOf);
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
          </div>
        );
      })}
    </div>
  );
}
