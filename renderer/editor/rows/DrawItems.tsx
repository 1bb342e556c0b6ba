/**
 * The export drawing's display list (shared/formats/drawing/displayList.ts) as React SVG
 * elements, so the canvas band draws exactly what an exported picture shows. Text is
 * React text (escaped by React). A group whose role includes `row-cell` is dimmed when
 * its step is outside the filters (`bright`, null = nothing dimmed). A group's id is written as
 * `data-item`, not the SVG export's `data-id`: on the canvas `data-id` names React Flow's nodes and edges.
 */
import type { ReactNode } from 'react';
import type { DrawItem, Paint } from '../../../shared/formats/drawing/displayList';

function paint(p: Paint) {
  return {
    fill: p.fill ?? 'none',
    stroke: p.stroke,
    strokeWidth: p.stroke ? (p.strokeWidth ?? 1) : undefined,
    strokeDasharray: p.stroke && p.dash ? p.dash.join(' ') : undefined,
    strokeLinecap: p.stroke && p.lineCap === 'round' ? ('round' as const) : undefined,
  };
}

export function drawItems(
  items: readonly DrawItem[],
  fontFamily: string,
  bright: ReadonlySet<string> | null,
): ReactNode[] {
  return items.map((item, i) => {
    switch (item.type) {
      case 'rect':
        return (
          <rect key={i} x={item.x} y={item.y} width={item.width} height={item.height} rx={item.rx} {...paint(item)} />
        );
      case 'path':
        return <path key={i} d={item.d} {...paint(item)} />;
      case 'circle':
        return <circle key={i} cx={item.cx} cy={item.cy} r={item.r} {...paint(item)} />;
      case 'text':
        return (
          <text
            key={i}
            x={item.x}
            y={item.y}
            fontFamily={fontFamily}
            fontSize={item.fontSize}
            fontWeight={item.fontWeight}
            fill={item.fill}
            textAnchor={item.anchor === 'start' ? undefined : item.anchor}
          >
            {item.lines.length === 1
              ? item.lines[0]
              : item.lines.map((line, n) => (
                  <tspan key={n} x={item.x} y={item.y + n * item.lineHeight}>
                    {line}
                  </tspan>
                ))}
          </text>
        );
      case 'group': {
        const dim =
          bright !== null && item.id !== undefined && item.role.split(' ').includes('row-cell') && !bright.has(item.id);
        return (
          <g
            key={i}
            className={dim ? `${item.role} dimmed` : item.role}
            data-item={item.id}
            transform={item.translate ? `translate(${item.translate.x} ${item.translate.y})` : undefined}
          >
            {item.title !== undefined && <title>{item.title}</title>}
            {drawItems(item.items, fontFamily, bright)}
          </g>
        );
      }
    }
  });
}
