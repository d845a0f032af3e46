import type { Segment } from '../../../../src/analysis/sweep-grid';
import { VIRIDIS } from '../../../lib/viridis';
import type { HeatmapLayout } from './layout';
import type { Box } from './types';

/** The map's patterns (hatch: cannot run; dots: a figure is missing) and the colour bar's gradient. */
export function HeatmapDefs({ uid }: { uid: string }) {
  return (
    <defs>
      <pattern
        id={`${uid}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" stroke="#3d434a" strokeWidth="1.6" />
      </pattern>
      <pattern id={`${uid}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="1.1" fill="#3d434a" />
      </pattern>
      <linearGradient id={`${uid}-bar`}>
        {VIRIDIS.map((c, k) => (
          <stop key={c} offset={k / (VIRIDIS.length - 1)} stopColor={c} />
        ))}
      </linearGradient>
    </defs>
  );
}

/** The target line as an SVG path on the plot ('' when there is none). */
export function contourPath(contour: readonly Segment[], { sx, sy }: HeatmapLayout): string {
  return contour
    .map(
      (s) => `M${sx(s.x1).toFixed(1)},${sy(s.y1).toFixed(1)}L${sx(s.x2).toFixed(1)},${sy(s.y2).toFixed(1)}`,
    )
    .join('');
}

/** The target line: a white line edged in black, seen on every colour and in greyscale. */
export function ContourLine({ d, segments }: { d: string; segments: number }) {
  return (
    <g data-testid="heatmap-contour" data-segments={segments} pointerEvents="none">
      <path d={d} stroke="#000" strokeWidth={4.5} strokeLinecap="round" fill="none" />
      <path d={d} stroke="#fff" strokeWidth={2} strokeLinecap="round" fill="none" />
    </g>
  );
}

/** The base plan where it sits on the map, labelled on the side with more room. */
export function BaseMarker({
  base,
  layout: { x0, x1, sx, sy },
  label,
}: {
  base: { x: number; y: number };
  layout: HeatmapLayout;
  label: string;
}) {
  return (
    <g
      data-testid="heatmap-base"
      data-x={base.x}
      data-y={base.y}
      transform={`translate(${sx(base.x)},${sy(base.y)})`}
      pointerEvents="none"
    >
      <BaseMark />
      <text
        className="heatmap-base-label"
        x={sx(base.x) > (x0 + x1) / 2 ? -11 : 11}
        dy="0.35em"
        textAnchor={sx(base.x) > (x0 + x1) / 2 ? 'end' : 'start'}
      >
        {label}
      </text>
    </g>
  );
}

/** The base plan's mark: a ring, white edged in black, around a dot. */
export function BaseMark() {
  return (
    <>
      <circle r={7} fill="none" stroke="#000" strokeWidth={4} />
      <circle r={7} fill="none" stroke="#fff" strokeWidth={2} />
      <circle r={2} fill="#000" stroke="#fff" strokeWidth={1} />
    </>
  );
}

/** The outline of the point under the pointer (or the keyboard's). */
export function HoverBox({ box }: { box: Box }) {
  return (
    <rect x={box.x} y={box.y} width={box.w} height={box.h} className="heatmap-hover" pointerEvents="none" />
  );
}
