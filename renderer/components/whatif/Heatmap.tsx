import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cellAt, cellEdges, type Segment } from '../../../src/analysis/sweep-grid';
import type { Feasibility, TargetStatus } from '../../../src/sim/verdict';
import { useI18n, type I18n } from '../../i18n';
import { darkTextOn, VIRIDIS, viridis, viridisRgb } from '../../lib/viridis';
import { niceRangeTicks } from '../Charts';
import './heatmap.css';

/** One input of the map: its name in words with its unit, and the values swept (cells in that order). */
export interface HeatmapAxis {
  label: string;
  values: readonly number[];
}

/** One point of the grid: its value (null: no answer), the plan's verdict there, its target status. */
export interface HeatmapCell {
  value: number | null;
  /** Null: the sweep did not reach the point (cancelled). */
  feasibility: Feasibility | null;
  status?: TargetStatus | null;
}

export interface HeatmapProps {
  /** Across (the first input): cell i. */
  x: HeatmapAxis;
  /** Up (the second input): cell j. */
  y: HeatmapAxis;
  /** Row-major as a sweep lays them out: k = i·ny + j. */
  cells: readonly HeatmapCell[];
  /** The output's name with its unit: the colour bar's caption. */
  valueLabel: string;
  /** The output's unit as shown, after a value in the tooltip. */
  unit: string;
  /** The target line (src/analysis/sweep-grid.ts `targetContour`), in the inputs' values. */
  contour: readonly Segment[];
  /** The target in words ("Runtime per charge ≥ 5 h"), when the output has one. */
  target: string | null;
  /** The base plan's values of the two inputs. */
  base: { x: number; y: number } | null;
  /** More about a point for its tooltip (why the plan cannot run there). */
  detail?(k: number): ReactNode;
  height?: number;
}

const NO_VALUE = '#c4c8ce';
/** Cells with more points than this are drawn as one image (a sweep may have 250 000 points). */
const MAX_RECTS = 4096;

function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = () => el.clientWidth > 0 && setWidth(el.clientWidth);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Round ticks within [lo, hi] (whole numbers only on an axis of whole numbers), about `count` of them and at
 * least two where the span allows; the ends if none fit.
 */
function ticksWithin(lo: number, hi: number, count: number, whole: boolean): number[] {
  const span = hi - lo;
  let ticks: number[] = [];
  for (let c = count; c <= count + 6; c++) {
    ticks = niceRangeTicks(lo, hi, c).filter(
      (v) => v >= lo - span * 1e-9 && v <= hi + span * 1e-9 && (!whole || Number.isInteger(v)),
    );
    if (ticks.length >= Math.min(3, count)) break;
  }
  return ticks.length ? ticks : [...new Set([lo, hi])];
}

/** About how wide a label is drawn at 12.5 px (Hangul and other wide scripts take nearly twice a letter). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x1100 ? 12.5 : 7;
  return w;
}

/** A label cut to fit `px` (with "…"), and whether it was cut. */
function fitLabel(s: string, px: number): string {
  if (textWidth(s) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`) > px) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
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
 * A 2-D sweep as a heatmap: cells coloured by the output (viridis, with a colour bar in its unit), hatched where
 * the plan cannot run, dotted where a figure is missing, grey where there is no value; the target line between
 * the points that meet it and those that do not; the base plan marked where it sits, between grid points or
 * not. Each point's value and verdict in a tooltip (hover, or focus the map and use the arrow keys).
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
  const [hover, setHover] = useState<{ i: number; j: number } | null>(null);
  const nx = x.values.length;
  const ny = y.values.length;
  const ex = useMemo(() => cellEdges(x.values), [x.values]);
  const ey = useMemo(() => cellEdges(y.values), [y.values]);

  // The colour scale: the lowest to the highest value on the grid.
  const [lo, hi] = useMemo(() => {
    let a = Infinity;
    let b = -Infinity;
    for (const c of cells)
      if (c.value !== null && Number.isFinite(c.value)) {
        a = Math.min(a, c.value);
        b = Math.max(b, c.value);
      }
    return a <= b ? [a, b] : [0, 0];
  }, [cells]);
  const scaled = (v: number) => (hi > lo ? (v - lo) / (hi - lo) : 0.5);

  // Geometry: the plot area, with room for the y ticks and the two axis names.
  const whole = (vs: readonly number[]) => vs.every((v) => Number.isInteger(v));
  const y0 = 10;
  const y1 = height - 48;
  // Ticks within the values swept (the outer half-cells would add values no point has: "0 W", "−40 W").
  const span = (vs: readonly number[]) => [Math.min(...vs), Math.max(...vs)] as const;
  const yTicks = ticksWithin(
    ...span(y.values),
    Math.max(3, Math.min(10, Math.round((y1 - y0) / 45))),
    whole(y.values),
  );
  const yTickChars = Math.max(...yTicks.map((v) => num(v).length));
  const x0 = 28 + 8 + yTickChars * 7;
  const x1 = Math.max(x0 + 120, width - 14);
  // About one tick per 90 px, fewer when the numbers are long.
  const xChars = Math.max(...[ex[0]!, ex[nx]!].map((v) => num(v).length));
  const xTicks = ticksWithin(
    ...span(x.values),
    Math.max(3, Math.min(12, Math.round((x1 - x0) / Math.max(90, xChars * 8 + 30)))),
    whole(x.values),
  );
  const sx = (v: number) => x0 + ((v - ex[0]!) / (ex[nx]! - ex[0]!)) * (x1 - x0);
  const sy = (v: number) => y1 - ((v - ey[0]!) / (ey[ny]! - ey[0]!)) * (y1 - y0);
  const box = (i: number, j: number) => {
    const a = sx(ex[i]!);
    const b = sx(ex[i + 1]!);
    const c = sy(ey[j]!);
    const d = sy(ey[j + 1]!);
    return { x: Math.min(a, b), y: Math.min(c, d), w: Math.abs(b - a), h: Math.abs(d - c) };
  };

  const total = nx * ny;
  const asImage = total > MAX_RECTS;
  const image = useMemo(() => {
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

  // Hatching (cannot run) and dots (a figure is missing) over the cells, as runs along each column.
  const overlays = useMemo(() => {
    const out: { i: number; j0: number; j1: number; kind: 'infeasible' | 'unknown' }[] = [];
    for (let i = 0; i < nx; i++) {
      let run: (typeof out)[number] | null = null;
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

  const present = useMemo(() => {
    const p = { infeasible: false, unknown: false, noValue: false, notRun: false };
    for (const c of cells) {
      if (c.feasibility === 'infeasible') p.infeasible = true;
      else if (c.feasibility === 'unknown') p.unknown = true;
      else if (c.feasibility === null) p.notRun = true;
      else if (c.value === null) p.noValue = true;
    }
    return p;
  }, [cells]);

  const contourPath = contour
    .map(
      (s) => `M${sx(s.x1).toFixed(1)},${sy(s.y1).toFixed(1)}L${sx(s.x2).toFixed(1)},${sy(s.y2).toFixed(1)}`,
    )
    .join('');
  const inside = (v: number, e: number[]) =>
    v >= Math.min(e[0]!, e.at(-1)!) && v <= Math.max(e[0]!, e.at(-1)!);
  const baseShown = base && inside(base.x, ex) && inside(base.y, ey) ? base : null;

  // Values in the cells when every one fits (all or none: a map with some cells written reads as uneven).
  const cellText = (v: number) => num(v);
  const narrowest = (e: number[], scale: (v: number) => number) =>
    Math.min(...e.slice(1).map((v, k) => Math.abs(scale(v) - scale(e[k]!))));
  const widest = Math.max(0, ...cells.map((c) => (c.value === null ? 0 : cellText(c.value).length)));
  const showText =
    !asImage && total <= 900 && narrowest(ey, sy) >= 14 && narrowest(ex, sx) >= widest * 6.2 + 6;

  const move = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = x0 + (e.clientX - r.left);
    const py = y0 + (e.clientY - r.top);
    const vx = ex[0]! + ((px - x0) / (x1 - x0)) * (ex[nx]! - ex[0]!);
    const vy = ey[0]! + ((y1 - py) / (y1 - y0)) * (ey[ny]! - ey[0]!);
    const i = cellAt(ex, vx);
    const j = cellAt(ey, vy);
    setHover(i === null || j === null ? null : { i, j });
  };
  const key = (e: KeyboardEvent<SVGSVGElement>) => {
    const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
    if (!d) return;
    e.preventDefault();
    const h = hover ?? { i: 0, j: 0 };
    setHover({
      i: Math.min(nx - 1, Math.max(0, h.i + d[0]!)),
      j: Math.min(ny - 1, Math.max(0, h.j + d[1]!)),
    });
  };

  const hovered = hover ? cells[hover.i * ny + hover.j] : undefined;
  const hb = hover ? box(hover.i, hover.j) : null;
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
          onKeyDown={key}
          onFocus={() => !hover && setHover({ i: 0, j: 0 })}
          onBlur={() => setHover(null)}
        >
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
          {/* The cells. */}
          {asImage && image ? (
            <image
              href={image}
              x={x0}
              y={y0}
              width={Math.abs(x1 - x0)}
              height={y1 - y0}
              preserveAspectRatio="none"
              style={{ imageRendering: 'pixelated' }}
            />
          ) : (
            <g data-testid="heatmap-cells" shapeRendering="crispEdges">
              {cells.map((c, k) => {
                const i = Math.floor(k / ny);
                const j = k % ny;
                const b = box(i, j);
                const fill =
                  c.feasibility === null ? 'none' : c.value === null ? NO_VALUE : viridis(scaled(c.value));
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
          )}
          {overlays.map((o) => {
            const a = box(o.i, o.j0);
            const b = box(o.i, o.j1);
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
          })}
          {showText && (
            <g className="heatmap-values" pointerEvents="none" aria-hidden="true">
              {cells.map((c, k) => {
                if (c.value === null) return null;
                const b = box(Math.floor(k / ny), k % ny);
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
          )}
          {/* The plot's frame and axes. */}
          <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="none" className="heatmap-frame" />
          <g className="heatmap-axis" aria-hidden="true">
            {xTicks.map((v) => (
              <g key={`x${v}`} transform={`translate(${sx(v)},${y1})`}>
                <line y2="5" />
                <text y="17" textAnchor="middle">
                  {num(v)}
                </text>
              </g>
            ))}
            {yTicks.map((v) => (
              <g key={`y${v}`} transform={`translate(${x0},${sy(v)})`}>
                <line x2="-5" />
                <text x="-8" dy="0.35em" textAnchor="end">
                  {num(v)}
                </text>
              </g>
            ))}
            <text
              className="heatmap-axis-label"
              x={(x0 + x1) / 2}
              y={height - 10}
              textAnchor="middle"
              data-testid="heatmap-x-label"
            >
              {fitLabel(x.label, x1 - x0)}
              <title>{x.label}</title>
            </text>
            <text
              className="heatmap-axis-label"
              transform={`translate(14,${(y0 + y1) / 2}) rotate(-90)`}
              textAnchor="middle"
              data-testid="heatmap-y-label"
            >
              {fitLabel(y.label, y1 - y0)}
              <title>{y.label}</title>
            </text>
          </g>
          {/* The target line: a white line edged in black, seen on every colour and in greyscale. */}
          {contourPath && (
            <g data-testid="heatmap-contour" data-segments={contour.length} pointerEvents="none">
              <path d={contourPath} stroke="#000" strokeWidth={4.5} strokeLinecap="round" fill="none" />
              <path d={contourPath} stroke="#fff" strokeWidth={2} strokeLinecap="round" fill="none" />
            </g>
          )}
          {baseShown && (
            <g
              data-testid="heatmap-base"
              data-x={baseShown.x}
              data-y={baseShown.y}
              transform={`translate(${sx(baseShown.x)},${sy(baseShown.y)})`}
              pointerEvents="none"
            >
              <BaseMark />
              <text
                className="heatmap-base-label"
                x={sx(baseShown.x) > (x0 + x1) / 2 ? -11 : 11}
                dy="0.35em"
                textAnchor={sx(baseShown.x) > (x0 + x1) / 2 ? 'end' : 'start'}
              >
                {t('heatmap.baseShort')}
              </text>
            </g>
          )}
          {hb && (
            <rect
              x={hb.x}
              y={hb.y}
              width={hb.w}
              height={hb.h}
              className="heatmap-hover"
              pointerEvents="none"
            />
          )}
          <rect
            x={x0}
            y={y0}
            width={x1 - x0}
            height={y1 - y0}
            fill="transparent"
            onMouseMove={move}
            onMouseLeave={() => setHover(null)}
            data-testid="heatmap-hit"
          />
        </svg>
        {hover && hb && hovered && (
          <div
            className={`heatmap-tip${hb.x + hb.w / 2 > (x0 + x1) / 2 ? ' heatmap-tip-left' : ''}`}
            id={tipId}
            role="tooltip"
            data-testid="heatmap-tip"
            style={{
              left: hb.x + hb.w / 2 + (hb.x + hb.w / 2 > (x0 + x1) / 2 ? -hb.w / 2 - 6 : hb.w / 2 + 6),
              top: Math.min(hb.y, height - 140),
            }}
          >
            <strong>
              {hovered.value !== null ? `${num(hovered.value)} ${unit}`.trim() : t('heatmap.noValue')}
            </strong>
            <div>
              {x.label}: {num(x.values[hover.i]!)}
            </div>
            <div>
              {y.label}: {num(y.values[hover.j]!)}
            </div>
            <div data-testid="heatmap-tip-verdict">{verdictWord(hovered.feasibility, t)}</div>
            {target && hovered.status && (
              <div>
                {target}: {t(STATUS_KEY[hovered.status])}
              </div>
            )}
            {hovered.feasibility !== 'feasible' &&
              hovered.feasibility !== null &&
              detail?.(hover.i * ny + hover.j)}
          </div>
        )}
      </div>
      <div className="heatmap-legend" data-testid="heatmap-legend">
        <div className="heatmap-colorbar">
          <div className="heatmap-legend-caption">{valueLabel}</div>
          <ColorBar lo={lo} hi={hi} gradient={`${uid}-bar`} num={num} />
        </div>
        <ul>
          {target && contourPath && (
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
    </div>
  );
}

/** The base plan's mark: a ring, white edged in black, around a dot. */
function BaseMark() {
  return (
    <>
      <circle r={7} fill="none" stroke="#000" strokeWidth={4} />
      <circle r={7} fill="none" stroke="#fff" strokeWidth={2} />
      <circle r={2} fill="#000" stroke="#fff" strokeWidth={1} />
    </>
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
