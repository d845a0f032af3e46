import { useEffect, useRef, useState } from 'react';
import type { I18n } from '../../../i18n';
import { niceRangeTicks } from '../../Charts';
import type { Box, HeatmapAxis, HeatmapCell } from './types';

/** The width of the element `ref` is put on, following its resizes (`fallback` until it is measured). */
export function useWidth(fallback: number) {
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
export function ticksWithin(lo: number, hi: number, count: number, whole: boolean): number[] {
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
export function fitLabel(s: string, px: number): string {
  if (textWidth(s) <= px) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`) > px) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** The colour scale: the lowest to the highest value on the grid ([0, 0] when there is none). */
export function valueRange(cells: readonly HeatmapCell[]): [number, number] {
  let a = Infinity;
  let b = -Infinity;
  for (const c of cells)
    if (c.value !== null && Number.isFinite(c.value)) {
      a = Math.min(a, c.value);
      b = Math.max(b, c.value);
    }
  return a <= b ? [a, b] : [0, 0];
}

/** Where the map is drawn: the plot area, its ticks, and the scales from the inputs' values to pixels. */
export interface HeatmapLayout {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  xTicks: number[];
  yTicks: number[];
  sx(v: number): number;
  sy(v: number): number;
  /** Cell (i, j)'s rectangle. */
  box(i: number, j: number): Box;
}

/**
 * The plot area, with room for the y ticks and the two axis names, in an SVG `width` × `height`; `ex` and
 * `ey` are the cells' edges (`cellEdges`) of the two axes.
 */
export function heatmapLayout(
  x: HeatmapAxis,
  y: HeatmapAxis,
  ex: readonly number[],
  ey: readonly number[],
  width: number,
  height: number,
  num: I18n['num'],
): HeatmapLayout {
  const nx = x.values.length;
  const ny = y.values.length;
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
  return { x0, x1, y0, y1, xTicks, yTicks, sx, sy, box };
}

/** Whether every value fits in its cell (all or none: a map with some cells written reads as uneven). */
export function valuesFit(
  cells: readonly HeatmapCell[],
  ex: readonly number[],
  ey: readonly number[],
  { sx, sy }: HeatmapLayout,
  cellText: (v: number) => string,
): boolean {
  const narrowest = (e: readonly number[], scale: (v: number) => number) =>
    Math.min(...e.slice(1).map((v, k) => Math.abs(scale(v) - scale(e[k]!))));
  const widest = Math.max(0, ...cells.map((c) => (c.value === null ? 0 : cellText(c.value).length)));
  return narrowest(ey, sy) >= 14 && narrowest(ex, sx) >= widest * 6.2 + 6;
}

/** The base plan when it sits within the map's edges (between grid points or not), else null. */
export function baseWithin(
  base: { x: number; y: number } | null,
  ex: readonly number[],
  ey: readonly number[],
): { x: number; y: number } | null {
  const inside = (v: number, e: readonly number[]) =>
    v >= Math.min(e[0]!, e.at(-1)!) && v <= Math.max(e[0]!, e.at(-1)!);
  return base && inside(base.x, ex) && inside(base.y, ey) ? base : null;
}
