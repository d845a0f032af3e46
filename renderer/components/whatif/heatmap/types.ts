import type { ReactNode } from 'react';
import type { Segment } from '../../../../src/analysis/sweep-grid';
import type { Feasibility, TargetStatus } from '../../../../src/sim/verdict';

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

/** A grid point (i across, j up). */
export interface GridPoint {
  i: number;
  j: number;
}

/** A cell's rectangle on the plot, in pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The fill of a cell with no value (and the legend's swatch for it). */
export const NO_VALUE = '#c4c8ce';
