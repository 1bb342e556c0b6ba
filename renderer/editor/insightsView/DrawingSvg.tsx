/**
 * A display list (shared/formats/drawing/displayList.ts) as inline SVG, for the Insights
 * view's charts: the same items the PDF's insights page writes as vector. Texts go through
 * React, so whatever they hold (a step's title) is escaped.
 */
import type { ReactNode } from 'react';
import type { DrawItem, Paint } from '../../../shared/formats/drawing/displayList';
import { FONT_STACK } from '../../../shared/formats/drawing/theme';

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

/** The SVG presentation attributes of a shape's paint. */
function paint(p: Paint) {
  return {
    fill: p.fill ?? 'none',
    stroke: p.stroke,
    strokeWidth: p.stroke ? (p.strokeWidth ?? 1) : undefined,
    strokeDasharray: p.dash?.join(' '),
    strokeLinecap: p.lineCap,
  };
}

function item(d: DrawItem, key: number): ReactNode {
  switch (d.type) {
    case 'rect':
      return <rect key={key} x={d.x} y={d.y} width={d.width} height={d.height} rx={d.rx} {...paint(d)} />;
    case 'path':
      return <path key={key} d={d.d} {...paint(d)} />;
    case 'circle':
      return <circle key={key} cx={d.cx} cy={d.cy} r={d.r} {...paint(d)} />;
    case 'text':
      return (
        <text
          key={key}
          x={d.x}
          y={d.y}
          fontSize={d.fontSize}
          fontWeight={d.fontWeight}
          fill={d.fill}
          textAnchor={ANCHOR[d.anchor]}
        >
          {d.lines.length === 1
            ? d.lines[0]
            : d.lines.map((line, i) => (
                <tspan key={i} x={d.x} dy={i === 0 ? 0 : d.lineHeight}>
                  {line}
                </tspan>
              ))}
        </text>
      );
    case 'group':
      return (
        <g
          key={key}
          className={d.role}
          data-id={d.id}
          transform={d.translate ? `translate(${d.translate.x} ${d.translate.y})` : undefined}
        >
          {d.items.map(item)}
        </g>
      );
  }
}

export interface DrawingSvgProps {
  items: DrawItem[];
  width: number;
  height: number;
  /** The chart's accessible name; without one the SVG is hidden from screen readers (the HTML beside it says it all). */
  label?: string;
  className?: string;
}

/** Inline SVG of a chart drawn as display-list items. */
export function DrawingSvg({ items, width, height, label, className }: DrawingSvgProps) {
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_STACK}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {items.map(item)}
    </svg>
  );
}
