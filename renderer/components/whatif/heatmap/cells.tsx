import { useMemo } from 'react';
import { darkTextOn, viridis, viridisRgb } from '../../../lib/viridis';
import type { HeatmapLayout } from './layout';
import { NO_VALUE, type HeatmapCell } from './types';

/** Cells with more points than this are drawn as one image (a sweep may have 250 000 points). */
export const MAX_RECTS = 4096;

/**
 * The cells as one image, one pixel a point (a data URL), when `asImage`; null otherwise or where there is no
 * canvas.
 */
export function useCellImage(
  asImage: boolean,
  cells: readonly HeatmapCell[],
  nx: number,
  ny: number,
  ex: readonly number[],
  ey: readonly number[],
  scaled: (v: number) => number,
  lo: number,
  hi: number,
): string | null {
  return useMemo(() => {
    if (!asImage || typeof document === 'undefined') return null;
    const canvas = document.createElement('canvas');
    canvas.width = nx;
    canvas.height = ny;
    const ctx = canvas.getContext?.('2d');
    if (!ctx) return null;
    const img = ctx.createImageData(nx, ny);
    // Pixel (column, row) of cell (i, j): the first value on the left and at the bottom, as the scales put it.
    const flipX = ex[0]! > ex[nx]!;
    const flipY = ey[0]! > ey[ny]!;
    for (let i = 0; i < nx; i++)
      for (let j = 0; j < ny; j++) {
        const c = cells[i * ny + j];
        const p = ((flipY ? j : ny - 1 - j) * nx + (flipX ? nx - 1 - i : i)) * 4;
        const rgb =
          c?.value !== null && c?.value !== undefined ? viridisRgb(scaled(c.value)) : [196, 200, 206];
        img.data.set([...rgb, c?.feasibility === null ? 0 : 255], p);
      }
    ctx.putImageData(img, 0, 0);
    return canvas.toDataURL();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asImage, cells, nx, ny, lo, hi, ex, ey]);
}

/** The cells drawn as one image (see `useCellImage`), stretched over the plot area. */
export function CellImage({ href, layout: { x0, x1, y0, y1 } }: { href: string; layout: HeatmapLayout }) {
  return (
    <image
      href={href}
      x={x0}
      y={y0}
      width={Math.abs(x1 - x0)}
      height={y1 - y0}
      preserveAspectRatio="none"
      style={{ imageRendering: 'pixelated' }}
    />
  );
}

/** The cells one rectangle each, coloured by value, with the point's value, verdict and status as data. */
export function CellRects({
  cells,
  ny,
  layout,
  scaled,
}: {
  cells: readonly HeatmapCell[];
  ny: number;
  layout: HeatmapLayout;
  scaled: (v: number) => number;
}) {
  return (
    <g data-testid="heatmap-cells" shapeRendering="crispEdges">
      {cells.map((c, k) => {
        const i = Math.floor(k / ny);
        const j = k % ny;
        const b = layout.box(i, j);
        const fill = c.feasibility === null ? 'none' : c.value === null ? NO_VALUE : viridis(scaled(c.value));
        return (
          <rect
            key={k}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            fill={fill}
            className={c.feasibility === null ? 'heatmap-notrun' : undefined}
            data-testid="heatmap-cell"
            data-i={i}
            data-j={j}
            data-value={c.value ?? ''}
            data-feasibility={c.feasibility ?? ''}
            data-status={c.status ?? ''}
          />
        );
      })}
    </g>
  );
}

/** A run of cells up one column where the plan cannot run, or where a figure is missing. */
interface OverlayRun {
  i: number;
  j0: number;
  j1: number;
  kind: 'infeasible' | 'unknown';
}

/** Hatching (cannot run) and dots (a figure is missing) over the cells, as runs along each column. */
export function useOverlayRuns(cells: readonly HeatmapCell[], nx: number, ny: number): OverlayRun[] {
  return useMemo(() => {
    const out: OverlayRun[] = [];
    for (let i = 0; i < nx; i++) {
      let run: OverlayRun | null = null;
      for (let j = 0; j < ny; j++) {
        const f = cells[i * ny + j]?.feasibility;
        const kind = f === 'infeasible' || f === 'unknown' ? f : null;
        if (kind && run && run.kind === kind) run.j1 = j;
        else {
          run = kind ? { i, j0: j, j1: j, kind } : null;
          if (run) out.push(run);
        }
      }
    }
    return out;
  }, [cells, nx, ny]);
}

/** The runs of `useOverlayRuns` drawn with the map's hatch and dot patterns. */
export function Overlays({ runs, layout, uid }: { runs: OverlayRun[]; layout: HeatmapLayout; uid: string }) {
  return runs.map((o) => {
    const a = layout.box(o.i, o.j0);
    const b = layout.box(o.i, o.j1);
    const top = Math.min(a.y, b.y);
    return (
      <rect
        key={`${o.i}-${o.j0}`}
        x={a.x}
        y={top}
        width={a.w}
        height={Math.max(a.y + a.h, b.y + b.h) - top}
        fill={`url(#${uid}-${o.kind === 'infeasible' ? 'hatch' : 'dots'})`}
        pointerEvents="none"
      />
    );
  });
}

/** Each value written in its cell, dark or light as the cell's colour needs. */
export function CellValues({
  cells,
  ny,
  layout,
  scaled,
  cellText,
}: {
  cells: readonly HeatmapCell[];
  ny: number;
  layout: HeatmapLayout;
  scaled: (v: number) => number;
  cellText: (v: number) => string;
}) {
  return (
    <g className="heatmap-values" pointerEvents="none" aria-hidden="true">
      {cells.map((c, k) => {
        if (c.value === null) return null;
        const b = layout.box(Math.floor(k / ny), k % ny);
        const text = cellText(c.value);
        return (
          <text
            key={k}
            x={b.x + b.w / 2}
            y={b.y + b.h / 2}
            dy="0.35em"
            textAnchor="middle"
            fill={darkTextOn(scaled(c.value)) ? '#111' : '#fff'}
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
