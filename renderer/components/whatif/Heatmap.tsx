import { useId, useMemo, useState } from 'react';
import { cellEdges } from '../../../src/analysis/sweep-grid';
import { useI18n } from '../../i18n';
import { HeatmapAxes } from './heatmap/axes';
import {
  CellImage,
  CellRects,
  CellValues,
  MAX_RECTS,
  Overlays,
  useCellImage,
  useOverlayRuns,
} from './heatmap/cells';
import { baseWithin, heatmapLayout, useWidth, valueRange, valuesFit } from './heatmap/layout';
import { HeatmapLegend } from './heatmap/legend';
import { BaseMarker, ContourLine, contourPath, HeatmapDefs, HoverBox } from './heatmap/marks';
import { arrowStep, HeatmapTip, pointUnder } from './heatmap/tooltip';
import type { GridPoint, HeatmapProps } from './heatmap/types';
import './heatmap.css';

export type { HeatmapAxis, HeatmapCell, HeatmapProps } from './heatmap/types';

/**
 * A 2-D sweep as a heatmap: cells coloured by the output (viridis, with a colour bar in its unit), hatched where
 * the plan cannot run, dotted where a figure is missing, grey where there is no value; the target line between
 * the points that meet it and those that do not; the base plan marked where it sits, between grid points or
 * not. Each point's value and verdict in a tooltip (hover, or focus the map and use the arrow keys).
 *
 * The parts are in ./heatmap/: the plot's layout, the cells, the axes, the marks, the tooltip and the legend.
 */
export function Heatmap({
  x,
  y,
  cells,
  valueLabel,
  unit,
  contour,
  target,
  base,
  detail,
  height = 420,
}: HeatmapProps) {
  const { t, num } = useI18n();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [ref, width] = useWidth(760);
  const [hover, setHover] = useState<GridPoint | null>(null);
  const nx = x.values.length;
  const ny = y.values.length;
  const ex = useMemo(() => cellEdges(x.values), [x.values]);
  const ey = useMemo(() => cellEdges(y.values), [y.values]);

  // The colour scale: the lowest to the highest value on the grid.
  const [lo, hi] = useMemo(() => valueRange(cells), [cells]);
  const scaled = (v: number) => (hi > lo ? (v - lo) / (hi - lo) : 0.5);

  const layout = heatmapLayout(x, y, ex, ey, width, height, num);
  const { x0, x1, y0, y1 } = layout;
  const total = nx * ny;
  const asImage = total > MAX_RECTS;
  const image = useCellImage(asImage, cells, nx, ny, ex, ey, scaled, lo, hi);
  const overlays = useOverlayRuns(cells, nx, ny);

  const path = contourPath(contour, layout);
  const baseShown = baseWithin(base, ex, ey);
  // Values in the cells when every one fits.
  const cellText = (v: number) => num(v);
  const showText = !asImage && total <= 900 && valuesFit(cells, ex, ey, layout, cellText);

  const hovered = hover ? cells[hover.i * ny + hover.j] : undefined;
  const hb = hover ? layout.box(hover.i, hover.j) : null;
  const tipId = `${uid}-tip`;

  return (
    <div className="heatmap" data-testid="heatmap" data-nx={nx} data-ny={ny}>
      <div className="heatmap-plot" ref={ref}>
        <svg
          width={Math.max(width, x1 + 14)}
          height={height}
          role="img"
          aria-label={t('heatmap.aria', { output: valueLabel, x: x.label, y: y.label })}
          aria-describedby={hover ? tipId : undefined}
          tabIndex={0}
          onKeyDown={(e) => {
            const next = arrowStep(e.key, hover, nx, ny);
            if (!next) return;
            e.preventDefault();
            setHover(next);
          }}
          onFocus={() => !hover && setHover({ i: 0, j: 0 })}
          onBlur={() => setHover(null)}
        >
          <HeatmapDefs uid={uid} />
          {asImage && image ? (
            <CellImage href={image} layout={layout} />
          ) : (
            <CellRects cells={cells} ny={ny} layout={layout} scaled={scaled} />
          )}
          <Overlays runs={overlays} layout={layout} uid={uid} />
          {showText && (
            <CellValues cells={cells} ny={ny} layout={layout} scaled={scaled} cellText={cellText} />
          )}
          <HeatmapAxes x={x} y={y} layout={layout} height={height} num={num} />
          {path && <ContourLine d={path} segments={contour.length} />}
          {baseShown && <BaseMarker base={baseShown} layout={layout} label={t('heatmap.baseShort')} />}
          {hb && <HoverBox box={hb} />}
          <rect
            x={x0}
            y={y0}
            width={x1 - x0}
            height={y1 - y0}
            fill="transparent"
            onMouseMove={(e) => setHover(pointUnder(e, layout, ex, ey))}
            onMouseLeave={() => setHover(null)}
            data-testid="heatmap-hit"
          />
        </svg>
        {hover && hb && hovered && (
          <HeatmapTip
            id={tipId}
            point={hover}
            box={hb}
            cell={hovered}
            x={x}
            y={y}
            layout={layout}
            height={height}
            unit={unit}
            target={target}
            detail={detail}
          />
        )}
      </div>
      <HeatmapLegend
        cells={cells}
        valueLabel={valueLabel}
        lo={lo}
        hi={hi}
        uid={uid}
        target={target}
        hasContour={path !== ''}
        base={base}
        baseShown={baseShown !== null}
      />
    </div>
  );
}
