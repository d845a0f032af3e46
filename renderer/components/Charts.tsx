import type { ReactElement } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DAYS_PER_YEAR } from '../../src/battery/ageing';
import type { SimulationResult } from '../../src/sim/simulate';
import { useI18n } from '../i18n';
import { CATEGORY_COLORS } from '../lib/colors';

interface ChartProps {
  result: SimulationResult;
  /** The plan's reserve (% SoC), drawn as a line on the SoC chart. */
  reservePercent?: number;
  /** Off in the report: animated charts print half drawn. */
  animate?: boolean;
  height?: number;
  /** Fixed width for print; responsive otherwise. */
  width?: number;
}

function Frame({ width, height, children }: { width?: number; height: number; children: ReactElement }) {
  return width ? (
    <div style={{ width, height }}>{children}</div>
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * Round tick values for an axis from 0 to `max`: steps of 1, 2 or 5 × 10ⁿ, about `count` of them
 * ("0, 2, 4, 6, 8 h", never "0, 1.7, 3.4").
 */
export function niceTicks(max: number, count = 6): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const raw = max / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Round ticks covering [min, max] (a voltage axis that starts away from zero): steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceRangeTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (!(max > min)) return [Number(min.toPrecision(6))];
  const raw = (max - min) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const hoursTick = (h: number) => String(Number(h.toPrecision(6)));

/** Which run the SoC chart shows: the shift as planned (charging included) or the headline case. */
export type SocView = 'shift' | 'runtime';

/**
 * SoC and terminal voltage, with the reserve line and the events: the shift as the plan schedules it (every
 * cycle, charge segments included), or the headline case — one charge from full to the reserve. The lines
 * differ by style as well as colour (SoC solid and thick, voltage dotted, reserve long-dashed and labelled).
 */
export function SocChart({
  result,
  animate = true,
  height = 220,
  width,
  reservePercent,
  view = 'shift',
}: ChartProps & { view?: SocView }) {
  const { t } = useI18n();
  const series = view === 'runtime' ? result.runtimeSeries : result.series;
  const data = series.map((p) => ({ h: p.timeS / 3600, soc: p.soc * 100, v: p.terminalV }));
  const ticks = niceTicks(data.length ? data[data.length - 1]!.h : 0);
  const volts = data.map((d) => d.v);
  const vTicks = niceRangeTicks(Math.min(...volts), Math.max(...volts));
  const reserveLine = reservePercent;
  return (
    <Frame width={width} height={height}>
      <LineChart data={data} width={width} height={height} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="h"
          type="number"
          domain={[0, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tickFormatter={hoursTick}
          label={{ value: t('chart.timeAxis'), position: 'insideBottom', offset: -8 }}
        />
        <YAxis
          yAxisId="soc"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          allowDataOverflow
          label={{ value: t('chart.socAxis'), angle: -90, position: 'insideLeft' }}
        />
        <YAxis
          yAxisId="v"
          orientation="right"
          domain={[vTicks[0]!, vTicks[vTicks.length - 1]!]}
          ticks={vTicks}
          width={44}
        />
        <Tooltip
          formatter={(v) => Number(v).toFixed(2)}
          labelFormatter={(h) => `${Number(h).toFixed(2)} h`}
        />
        <Legend verticalAlign="top" height={24} />
        <Line
          yAxisId="soc"
          dataKey="soc"
          name={t('chart.socLine')}
          stroke="#3b6fb6"
          dot={false}
          strokeWidth={2.5}
          isAnimationActive={animate}
        />
        <Line
          yAxisId="v"
          dataKey="v"
          name={t('chart.voltageLine')}
          stroke="#b5651d"
          dot={false}
          strokeWidth={1.5}
          strokeDasharray="1 3"
          strokeLinecap="round"
          isAnimationActive={animate}
        />
        {reserveLine !== undefined && (
          <ReferenceLine
            yAxisId="soc"
            y={reserveLine}
            stroke="#555"
            strokeWidth={1.5}
            strokeDasharray="10 5"
            label={{ value: `${t('chart.reserve')} ${reserveLine} %`, position: 'insideBottomLeft' }}
          />
        )}
        {/* Charge starts belong to the shift as planned; the one-charge view has no charging. */}
        {view === 'shift' &&
          result.events
            .filter((e) => e.kind === 'charge-started' || e.kind === 'cutoff-reached')
            .slice(0, 12)
            .map((e, i) => (
              <ReferenceLine
                key={i}
                yAxisId="soc"
                x={e.timeS / 3600}
                stroke="#3f9a52"
                strokeDasharray="2 2"
              />
            ))}
      </LineChart>
    </Frame>
  );
}

/**
 * Battery power by category over the shift, stacked. A step plot: each series point is recorded at the end of
 * an integration step with the power of that step, so the step runs back to the previous point (stepBefore).
 */
export function PowerChart({ result, animate = true, height = 200, width }: ChartProps) {
  const { t } = useI18n();
  const data = result.series.map((p) => ({
    h: p.timeS / 3600,
    locomotion: p.locomotionW,
    compute: p.computeW,
    accessories: p.accessoriesW,
    losses: p.lossW,
  }));
  const ticks = niceTicks(data.length ? data[data.length - 1]!.h : 0);
  const cats = [
    ['locomotion', CATEGORY_COLORS.locomotion, t('cat.locomotion')],
    ['compute', CATEGORY_COLORS.compute, t('cat.compute')],
    ['accessories', CATEGORY_COLORS.accessories, t('cat.accessories')],
    ['losses', CATEGORY_COLORS.batteryLoss, `${t('cat.conversionLoss')} + I²R`],
  ] as const;
  return (
    <Frame width={width} height={height}>
      <AreaChart data={data} width={width} height={height} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="h"
          type="number"
          domain={[0, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tickFormatter={hoursTick}
          label={{ value: t('chart.timeAxis'), position: 'insideBottom', offset: -8 }}
        />
        <YAxis label={{ value: t('chart.powerAxis'), angle: -90, position: 'insideLeft' }} />
        <Tooltip
          formatter={(v) => `${Number(v).toFixed(1)} W`}
          labelFormatter={(h) => `${Number(h).toFixed(2)} h`}
        />
        <Legend verticalAlign="top" height={24} />
        {cats.map(([key, color, name]) => (
          <Area
            key={key}
            type="stepBefore"
            dataKey={key}
            name={name}
            stackId="1"
            stroke={color}
            fill={color}
            fillOpacity={0.75}
            isAnimationActive={animate}
          />
        ))}
      </AreaChart>
    </Frame>
  );
}

/** Energy per charge by category (Wh), with the value printed on each bar (readable in black and white). */
export function EnergyChart({ result, animate = true, height = 180, width }: ChartProps) {
  const { t, num } = useI18n();
  const e = result.energyBreakdownWh;
  const data = [
    { name: t('cat.locomotion'), wh: e.locomotion, color: CATEGORY_COLORS.locomotion },
    { name: t('cat.compute'), wh: e.compute, color: CATEGORY_COLORS.compute },
    { name: t('cat.accessories'), wh: e.accessories, color: CATEGORY_COLORS.accessories },
    { name: t('cat.conversionLoss'), wh: e.conversionLoss, color: CATEGORY_COLORS.conversionLoss },
    { name: t('cat.batteryLoss'), wh: e.batteryLoss, color: CATEGORY_COLORS.batteryLoss },
  ];
  return (
    <Frame width={width} height={height}>
      <BarChart
        data={data}
        layout="vertical"
        width={width}
        height={height}
        margin={{ top: 4, right: 90, bottom: 4, left: 8 }}
      >
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="name" width={130} />
        <Tooltip formatter={(v) => `${num(Number(v))} Wh`} />
        <Bar
          dataKey="wh"
          isAnimationActive={animate}
          label={{ position: 'right', formatter: (v: unknown) => `${num(Number(v))} Wh` }}
        >
          {data.map((d) => (
            <Cell key={d.name} fill={d.color} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}

/** Capacity over the years (BLAST-Lite forms), with the 80 % end-of-life line. */
export function AgeingChart({ result, animate = true, height = 200, width }: ChartProps) {
  const { t } = useI18n();
  if (!result.ageing) return null;
  const data = result.ageing.curve.map((p) => ({ y: p.days / DAYS_PER_YEAR, q: p.relativeCapacity * 100 }));
  const ticks = niceTicks(data.length ? data[data.length - 1]!.y : 0);
  return (
    <Frame width={width} height={height}>
      <LineChart data={data} width={width} height={height} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="y"
          type="number"
          domain={[0, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tickFormatter={hoursTick}
          label={{ value: t('chart.yearsAxis'), position: 'insideBottom', offset: -8 }}
        />
        <YAxis
          domain={[60, 100]}
          ticks={[60, 70, 80, 90, 100]}
          allowDataOverflow
          label={{ value: '%', angle: -90, position: 'insideLeft' }}
        />
        <Tooltip
          formatter={(v) => `${Number(v).toFixed(1)} %`}
          labelFormatter={(y) => `${Number(y).toFixed(2)} ${t('chart.yearsAxis')}`}
        />
        <ReferenceLine
          y={80}
          stroke="#c62828"
          strokeDasharray="4 4"
          label={{ value: '80 %', position: 'insideTopRight' }}
        />
        <Line
          dataKey="q"
          name={t('chart.ageing')}
          stroke="#3b6fb6"
          dot={false}
          strokeWidth={2}
          isAnimationActive={animate}
        />
      </LineChart>
    </Frame>
  );
}
