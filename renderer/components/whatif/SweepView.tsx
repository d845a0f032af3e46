import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SweepResult } from '../../../src/analysis';
import { OUTPUT_KEYS, OUTPUTS, outputLabel, type OutputKey } from '../../../src/analysis/outputs';
import { MAX_SWEEP_POINTS, sweepInputs, type SweepInput, type SweepSpec } from '../../../src/analysis/sweep';
import {
  baseValue,
  gridStatuses,
  outputTarget,
  sweepAxisValues,
  sweepContour,
  sweepPointVerdict,
} from '../../../src/analysis/sweep-grid';
import { describePath, groupName } from '../../../src/plan/describe-path';
import { fieldAt, type FieldGroup } from '../../../src/plan/field-registry';
import type { Plan } from '../../../src/plan/schema';
import { sweepToCsv } from '../../../src/report/csv';
import { useI18n, type Lang } from '../../i18n';
import { unitLabel } from '../../lib/units';
import { NumberField } from '../Field';
import { Heatmap, type HeatmapCell } from './Heatmap';
import { Progress, useAnalysis, type ExportCsv } from './shared';

/** What a sweep varies: one input of the plan (its path), from one value to another. */
export type SweepAxis = { path: string; from: number; to: number };

/** An input in words with its unit, in the reader's language ("Activity “Walking” › Power (W)"). */
function inputLabel(plan: Plan, path: string, lang: Lang): string {
  const unit = fieldAt(path)?.unit;
  const shown = unit ? unitLabel(unit, lang) : '';
  return `${describePath(plan, path, lang)}${shown ? ` (${shown})` : ''}`;
}

/**
 * One input to sweep (the plan's physical inputs, grouped as the editor groups them), its range and points.
 * The second input is optional: "none" keeps the sweep one-dimensional.
 */
function AxisPicker({
  plan,
  inputs,
  label,
  axis,
  setAxis,
  points,
  setPoints,
  maxPoints,
  optional,
  exclude,
  testId,
}: {
  plan: Plan;
  inputs: SweepInput[];
  label: string;
  axis: SweepAxis | null;
  setAxis(axis: SweepAxis | null): void;
  points: number;
  setPoints(points: number): void;
  maxPoints: number;
  optional?: boolean;
  /** The other axis's input, not offered here. */
  exclude?: string | undefined;
  testId: string;
}) {
  const { t, num, lang } = useI18n();
  const groups = useMemo(() => {
    const m = new Map<FieldGroup, SweepInput[]>();
    for (const x of inputs) {
      if (x.path === exclude) continue;
      const g = fieldAt(x.path)?.group ?? 'plan';
      m.set(g, [...(m.get(g) ?? []), x]);
    }
    return [...m.entries()];
  }, [inputs, exclude]);
  const unit = axis ? (fieldAt(axis.path)?.unit ?? '') : '';
  const suffix = testId === 'sweep-path' ? '' : '-2';
  return (
    <div className="row">
      <label className="field sweep-input">
        {label}
        <select
          value={axis?.path ?? ''}
          onChange={(e) => {
            const input = inputs.find((x) => x.path === e.target.value);
            if (input) setAxis({ path: input.path, ...input.suggested });
            else if (optional) setAxis(null);
          }}
          data-testid={testId}
        >
          {optional && <option value="">{t('sweep.secondNone')}</option>}
          {axis && !inputs.some((x) => x.path === axis.path) && (
            <option value={axis.path}>{describePath(plan, axis.path, lang)}</option>
          )}
          {groups.map(([group, list]) => (
            <optgroup key={group} label={groupName(group, lang)}>
              {list.map((x) => (
                <option key={x.path} value={x.path}>
                  {describePath(plan, x.path, lang)} — {num(x.value)}
                  {fieldAt(x.path)?.unit ? ` ${unitLabel(fieldAt(x.path)!.unit, lang)}` : ''}
                  {x.from === 'catalog' ? ` (${t('sweep.fromCatalog')})` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {axis && (
        <>
          <NumberField
            label={t('sweep.from')}
            unit={unit}
            value={axis.from}
            testId={`sweep-from${suffix}`}
            onCommit={(v) => v !== undefined && setAxis({ ...axis, from: v })}
          />
          <NumberField
            label={t('sweep.to')}
            unit={unit}
            value={axis.to}
            testId={`sweep-to${suffix}`}
            onCommit={(v) => v !== undefined && setAxis({ ...axis, to: v })}
          />
          <NumberField
            label={t('sweep.points')}
            unit=""
            value={points}
            testId={`sweep-points${suffix}`}
            range={{ min: 2, max: maxPoints, exclusiveMin: false, integer: true }}
            onCommit={(v) => v !== undefined && setPoints(Math.round(v))}
          />
        </>
      )}
    </div>
  );
}

/** Runtime (new and at end of life) against the swept input, with the runtime target; gaps where no answer. */
const SweepChart = memo(function SweepChart({ plan, result: r }: { plan: Plan; result: SweepResult }) {
  const { t, num, lang } = useI18n();
  const axis = r.axes[0]!;
  const data = axis.values.map((x, k) => ({
    x,
    runtime: r.values.runtimeHours?.[k],
    eol: r.values.runtimeAtEndOfLifeHours?.[k],
  }));
  const axisLabel = inputLabel(plan, axis.path, lang);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          dataKey="x"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => num(v)}
          label={{ value: axisLabel, position: 'insideBottom', offset: -8 }}
        />
        <YAxis label={{ value: t('unit.hours'), angle: -90, position: 'insideLeft' }} />
        <Tooltip
          formatter={(v) => `${num(Number(v))} ${t('unit.hours')}`}
          labelFormatter={(v) => `${axisLabel} = ${num(Number(v))}`}
        />
        <Legend verticalAlign="top" height={24} />
        {plan.targets.runtimeHours !== undefined && (
          <ReferenceLine
            y={plan.targets.runtimeHours}
            stroke="#c62828"
            strokeDasharray="4 4"
            label={t('chart.target')}
          />
        )}
        <Line dataKey="runtime" name={t('card.runtime')} stroke="#3b6fb6" dot={false} strokeWidth={2} />
        <Line dataKey="eol" name={t('card.eol')} stroke="#9a6bb0" dot={false} strokeDasharray="5 3" />
      </LineChart>
    </ResponsiveContainer>
  );
});

/**
 * A 2-D sweep's map: the output over both inputs, its target line and the base plan (the grid, the target's
 * status at each point and the line come from src/analysis/sweep-grid.ts).
 */
const SweepMap = memo(function SweepMap({
  plan,
  inputs,
  result: r,
}: {
  plan: Plan;
  inputs: SweepInput[];
  result: SweepResult;
}) {
  const { t, num, lang, phrase } = useI18n();
  const [a, b] = r.axes as [SweepResult['axes'][number], SweepResult['axes'][number]];
  const output = r.outputs[0]!;
  const unit = unitLabel(OUTPUTS[output].unit, lang);
  const target = useMemo(() => outputTarget(plan, output), [plan, output]);
  const statuses = useMemo(() => (target ? gridStatuses(r, output, target) : null), [r, output, target]);
  const cells = useMemo<HeatmapCell[]>(
    () =>
      r.feasibility.map((f, k) => ({
        value: r.values[output]?.[k] ?? null,
        feasibility: f,
        status: statuses?.[k] ?? null,
      })),
    [r, output, statuses],
  );
  const contour = useMemo(() => (target ? sweepContour(r, output, target) : []), [r, output, target]);
  const bx = baseValue(plan, inputs, a.path);
  const by = baseValue(plan, inputs, b.path);
  const targetText = target
    ? `${outputLabel(output, lang)} ${target.better === 'higher' ? '≥' : '≤'} ${num(target.value)} ${unit}`
    : null;
  // Why a point cannot run (or has no answer): the verdict's reasons, worked out when the point is shown.
  const detail = useMemo(() => {
    const seen = new Map<number, ReactNode>();
    return (k: number): ReactNode => {
      if (!seen.has(k)) {
        const v = sweepPointVerdict(plan, r, k);
        const list = [...v.infeasibleReasons, ...v.unknownReasons];
        seen.set(
          k,
          list.length ? (
            <ul>
              {list.map((x) => (
                <li key={x.code}>{phrase(x.text)}</li>
              ))}
            </ul>
          ) : null,
        );
      }
      return seen.get(k);
    };
  }, [plan, r, phrase]);
  const met = statuses?.filter((s) => s === 'met').length ?? 0;
  return (
    <>
      <p className="heatmap-summary" data-testid="heatmap-summary">
        {t('sweep.gridSize', { n: a.values.length, m: b.values.length, total: num(r.total) })}
        {targetText
          ? ` · ${t('heatmap.metCount', { n: num(met), total: num(r.total), target: targetText })}`
          : ` · ${t('heatmap.noTarget')}`}
        {r.completed < r.total && ` · ${t('heatmap.partial', { n: num(r.completed), total: num(r.total) })}`}
      </p>
      <Heatmap
        x={{ label: inputLabel(plan, a.path, lang), values: a.values }}
        y={{ label: inputLabel(plan, b.path, lang), values: b.values }}
        cells={cells}
        valueLabel={`${outputLabel(output, lang)}${unit ? ` (${unit})` : ''}`}
        unit={unit}
        contour={contour}
        target={targetText}
        base={bx !== null && by !== null ? { x: bx, y: by } : null}
        detail={detail}
      />
    </>
  );
});

/**
 * The sweep tab: one input (runtime against it, as a line chart) or two (any output as a heatmap, with the
 * target line and the base plan); presets for pack energy and NPU power; progress, cancel and CSV.
 */
export function SweepView({
  plan,
  initial,
  onExportCsv,
}: {
  plan: Plan;
  initial: SweepAxis | null;
  onExportCsv: ExportCsv;
}) {
  const { t, num, lang } = useI18n();
  const energyPath = plan.battery.pack ? 'battery.pack.energyWh' : 'battery.cells.parallel';
  const base = plan.battery.pack?.energyWh ?? plan.battery.cells?.parallel ?? 1;
  const [axis, setAxis] = useState(initial ?? { path: energyPath, from: base * 0.25, to: base * 2 });
  const [axis2, setAxis2] = useState<SweepAxis | null>(null);
  const [points, setPoints] = useState(41);
  const [grid, setGrid] = useState<[number, number]>([12, 12]);
  const [output, setOutput] = useState<OutputKey>('runtimeHours');
  useEffect(() => {
    if (initial) {
      setAxis(initial);
      setAxis2(null);
    }
  }, [initial]);
  // The picker: the plan's physical inputs from the field registry.
  const inputs = useMemo(() => sweepInputs(plan), [plan]);
  const twoD = axis2 !== null && axis2.path !== axis.path;
  const n1 = twoD ? grid[0] : points;
  const spec: SweepSpec = twoD
    ? {
        axes: [
          { path: axis.path, values: sweepAxisValues(axis.path, axis.from, axis.to, grid[0]) },
          { path: axis2.path, values: sweepAxisValues(axis2.path, axis2.from, axis2.to, grid[1]) },
        ],
        outputs: [output],
      }
    : {
        axes: [{ path: axis.path, values: sweepAxisValues(axis.path, axis.from, axis.to, points) }],
        outputs: ['runtimeHours', 'runtimeAtEndOfLifeHours'],
      };
  const total = spec.axes.reduce<number>((n, x) => n * x.values.length, 1);
  const a = useAnalysis<'sweep'>(total <= MAX_SWEEP_POINTS ? { kind: 'sweep', plan, spec } : null);
  const r: SweepResult | null = a.result;
  const npu = plan.compute[0];
  // Points where the plan cannot run (or rests on a missing figure) have no value: gaps in the lines.
  const infeasiblePoints = r ? r.feasibility.filter((f) => f === 'infeasible').length : 0;
  const unknownPoints = r ? r.feasibility.filter((f) => f === 'unknown').length : 0;
  const preset = (next: SweepAxis) => {
    setAxis(next);
    setAxis2(null);
  };
  return (
    <div className="whatif" data-testid="sweep-view">
      <div className="row toolbar-row">
        <button type="button" onClick={() => preset({ path: energyPath, from: base * 0.25, to: base * 2 })}>
          {t('sweep.presetEnergy')}
        </button>
        {npu && (
          <button type="button" onClick={() => preset({ path: 'compute[0].maxPowerW', from: 1, to: 60 })}>
            {t('sweep.presetNpu')}
          </button>
        )}
        {r && (
          <button type="button" onClick={() => onExportCsv(sweepToCsv(r), 'sweep')} data-testid="sweep-csv">
            {t('toolbar.exportCsv')}
          </button>
        )}
      </div>
      <AxisPicker
        plan={plan}
        inputs={inputs}
        label={t('sweep.field')}
        axis={axis}
        setAxis={(x) => x && setAxis(x)}
        points={n1}
        setPoints={(n) => (twoD ? setGrid([n, grid[1]]) : setPoints(n))}
        maxPoints={twoD ? Math.min(2000, Math.floor(MAX_SWEEP_POINTS / grid[1])) : 2000}
        exclude={axis2?.path}
        testId="sweep-path"
      />
      <AxisPicker
        plan={plan}
        inputs={inputs}
        label={t('sweep.second')}
        axis={axis2}
        setAxis={setAxis2}
        points={grid[1]}
        setPoints={(n) => setGrid([grid[0], n])}
        maxPoints={Math.min(2000, Math.floor(MAX_SWEEP_POINTS / grid[0]))}
        optional
        exclude={axis.path}
        testId="sweep-path-2"
      />
      {twoD && (
        <div className="row">
          <label className="field sweep-output">
            {t('sweep.output')}
            <select
              value={output}
              onChange={(e) => setOutput(e.target.value as OutputKey)}
              data-testid="sweep-output"
            >
              {OUTPUT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {outputLabel(k, lang)} ({unitLabel(OUTPUTS[k].unit, lang)})
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {total > MAX_SWEEP_POINTS && (
        <p className="error" data-testid="sweep-too-many">
          {t('sweep.tooMany', { total: num(total), max: num(MAX_SWEEP_POINTS) })}
        </p>
      )}
      <Progress progress={a.progress} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {a.cancelled && <p className="muted">{t('progress.cancelled')}</p>}
      {r && infeasiblePoints + unknownPoints > 0 && (
        <p className="sweep-gaps" data-testid="sweep-gaps">
          {t(r.axes.length === 2 ? 'sweep.gapsGrid' : 'sweep.gaps', {
            n: infeasiblePoints + unknownPoints,
            total: r.total,
          })}
        </p>
      )}
      {r && r.axes.length === 2 && <SweepMap plan={plan} inputs={inputs} result={r} />}
      {r && r.axes.length === 1 && <SweepChart plan={plan} result={r} />}
    </div>
  );
}
