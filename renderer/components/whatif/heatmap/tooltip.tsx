import type { MouseEvent } from 'react';
import { cellAt } from '../../../../src/analysis/sweep-grid';
import type { Feasibility } from '../../../../src/sim/verdict';
import { useI18n, type I18n } from '../../../i18n';
import type { HeatmapLayout } from './layout';
import type { Box, GridPoint, HeatmapAxis, HeatmapCell, HeatmapProps } from './types';

/** The grid point under the mouse on the plot's hit area (its rectangle spans the plot), null off the grid. */
export function pointUnder(
  e: MouseEvent<SVGRectElement>,
  { x0, x1, y0, y1 }: HeatmapLayout,
  ex: readonly number[],
  ey: readonly number[],
): GridPoint | null {
  const nx = ex.length - 1;
  const ny = ey.length - 1;
  const r = e.currentTarget.getBoundingClientRect();
  const px = x0 + (e.clientX - r.left);
  const py = y0 + (e.clientY - r.top);
  const vx = ex[0]! + ((px - x0) / (x1 - x0)) * (ex[nx]! - ex[0]!);
  const vy = ey[0]! + ((y1 - py) / (y1 - y0)) * (ey[ny]! - ey[0]!);
  const i = cellAt(ex, vx);
  const j = cellAt(ey, vy);
  return i === null || j === null ? null : { i, j };
}

/**
 * The point an arrow key moves to from `from` (from the first point when none is shown), kept on the grid;
 * null for any other key.
 */
export function arrowStep(key: string, from: GridPoint | null, nx: number, ny: number): GridPoint | null {
  const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
  if (!d) return null;
  const h = from ?? { i: 0, j: 0 };
  return {
    i: Math.min(nx - 1, Math.max(0, h.i + d[0]!)),
    j: Math.min(ny - 1, Math.max(0, h.j + d[1]!)),
  };
}

function verdictWord(f: Feasibility | null, t: I18n['t']): string {
  if (f === 'feasible') return t('heatmap.feasible');
  if (f === 'infeasible') return t('heatmap.infeasible');
  if (f === 'unknown') return t('heatmap.unknown');
  return t('heatmap.notRun');
}

const STATUS_KEY = {
  met: 'status.ok',
  near: 'status.near',
  missed: 'status.bad',
  unknown: 'status.unknown',
} as const;

/**
 * A point's tooltip, beside its cell on the side with more room: its value, the two inputs, the verdict, the
 * target's status, and why the plan cannot run there (`detail`).
 */
export function HeatmapTip({
  id,
  point,
  box: hb,
  cell,
  x,
  y,
  layout: { x0, x1 },
  height,
  unit,
  target,
  detail,
}: {
  id: string;
  point: GridPoint;
  box: Box;
  cell: HeatmapCell;
  x: HeatmapAxis;
  y: HeatmapAxis;
  layout: HeatmapLayout;
  height: number;
  unit: string;
  target: string | null;
  detail: HeatmapProps['detail'];
}) {
  const { t, num } = useI18n();
  const ny = y.values.length;
  return (
    <div
      className={`heatmap-tip${hb.x + hb.w / 2 > (x0 + x1) / 2 ? ' heatmap-tip-left' : ''}`}
      id={id}
      role="tooltip"
      data-testid="heatmap-tip"
      style={{
        left: hb.x + hb.w / 2 + (hb.x + hb.w / 2 > (x0 + x1) / 2 ? -hb.w / 2 - 6 : hb.w / 2 + 6),
        top: Math.min(hb.y, height - 140),
      }}
    >
      <strong>{cell.value !== null ? `${num(cell.value)} ${unit}`.trim() : t('heatmap.noValue')}</strong>
      <div>
        {x.label}: {num(x.values[point.i]!)}
      </div>
      <div>
        {y.label}: {num(y.values[point.j]!)}
      </div>
      <div data-testid="heatmap-tip-verdict">{verdictWord(cell.feasibility, t)}</div>
      {target && cell.status && (
        <div>
          {target}: {t(STATUS_KEY[cell.status])}
        </div>
      )}
      {cell.feasibility !== 'feasible' && cell.feasibility !== null && detail?.(point.i * ny + point.j)}
    </div>
  );
}
