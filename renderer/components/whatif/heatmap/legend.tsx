import { useMemo } from 'react';
import { useI18n, type I18n } from '../../../i18n';
import { viridis } from '../../../lib/viridis';
import { ticksWithin } from './layout';
import { BaseMark } from './marks';
import { NO_VALUE, type HeatmapCell } from './types';

/** Which kinds of gap the map has, each named in the legend only when it is there. */
function useGapsPresent(cells: readonly HeatmapCell[]) {
  return useMemo(() => {
    const p = { infeasible: false, unknown: false, noValue: false, notRun: false };
    for (const c of cells) {
      if (c.feasibility === 'infeasible') p.infeasible = true;
      else if (c.feasibility === 'unknown') p.unknown = true;
      else if (c.feasibility === null) p.notRun = true;
      else if (c.value === null) p.noValue = true;
    }
    return p;
  }, [cells]);
}

/**
 * The map's legend: the colour bar in the output's unit, the target line, the base plan (or that it lies
 * outside the grid), and the gaps the map has.
 */
export function HeatmapLegend({
  cells,
  valueLabel,
  lo,
  hi,
  uid,
  target,
  hasContour,
  base,
  baseShown,
}: {
  cells: readonly HeatmapCell[];
  valueLabel: string;
  lo: number;
  hi: number;
  uid: string;
  target: string | null;
  hasContour: boolean;
  base: { x: number; y: number } | null;
  baseShown: boolean;
}) {
  const { t, num } = useI18n();
  const present = useGapsPresent(cells);
  return (
    <div className="heatmap-legend" data-testid="heatmap-legend">
      <div className="heatmap-colorbar">
        <div className="heatmap-legend-caption">{valueLabel}</div>
        <ColorBar lo={lo} hi={hi} gradient={`${uid}-bar`} num={num} />
      </div>
      <ul>
        {target && hasContour && (
          <li>
            <svg width="28" height="12" aria-hidden="true">
              <path d="M2,6L26,6" stroke="#000" strokeWidth={4.5} strokeLinecap="round" />
              <path d="M2,6L26,6" stroke="#fff" strokeWidth={2} strokeLinecap="round" />
            </svg>
            {t('heatmap.targetLine', { target })}
          </li>
        )}
        {base && (
          <li>
            <svg width="20" height="20" aria-hidden="true">
              <g transform="translate(10,10)">
                <BaseMark />
              </g>
            </svg>
            {baseShown
              ? t('heatmap.base', { x: num(base.x), y: num(base.y) })
              : t('heatmap.baseOutside', { x: num(base.x), y: num(base.y) })}
          </li>
        )}
        {present.infeasible && (
          <li>
            <Swatch fill={`url(#${uid}-hatch)`} />
            {t('heatmap.infeasible')}
          </li>
        )}
        {present.unknown && (
          <li>
            <Swatch fill={`url(#${uid}-dots)`} />
            {t('heatmap.unknown')}
          </li>
        )}
        {present.noValue && (
          <li>
            <Swatch fill={NO_VALUE} />
            {t('heatmap.noValue')}
          </li>
        )}
        {present.notRun && (
          <li>
            <Swatch fill="none" />
            {t('heatmap.notRun')}
          </li>
        )}
      </ul>
    </div>
  );
}

/** A legend square (its pattern is the map's: the legend's SVGs share the document's definitions). */
function Swatch({ fill }: { fill: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true">
      <rect x="0.5" y="0.5" width="15" height="15" fill={NO_VALUE} stroke="#3d434a" strokeWidth={1} />
      {fill !== NO_VALUE && (
        <rect x="0.5" y="0.5" width="15" height="15" fill={fill === 'none' ? 'var(--panel, #fff)' : fill} />
      )}
    </svg>
  );
}

/** The colour scale with round ticks in the output's unit. */
function ColorBar({ lo, hi, gradient, num }: { lo: number; hi: number; gradient: string; num: I18n['num'] }) {
  const w = 260;
  const pad = 22;
  const ticks = hi > lo ? ticksWithin(lo, hi, 6, false) : [lo];
  const at = (v: number) => pad + (hi > lo ? ((v - lo) / (hi - lo)) * w : w / 2);
  return (
    <svg
      width={w + 2 * pad}
      height={34}
      data-testid="heatmap-colorbar"
      role="img"
      aria-label={`${num(lo)} – ${num(hi)}`}
    >
      <rect
        x={pad}
        y={2}
        width={w}
        height={12}
        fill={hi > lo ? `url(#${gradient})` : viridis(0.5)}
        stroke="#3d434a"
        strokeWidth={0.5}
      />
      <g className="heatmap-axis">
        {ticks.map((v) => (
          <g key={v} transform={`translate(${at(v)},14)`}>
            <line y2="4" />
            <text y="15" textAnchor="middle">
              {num(v)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
