import { useEffect, useMemo, useState } from 'react';
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
import { linspace, type SweepResult } from '../../../src/analysis';
import { sweepInputs, type SweepInput } from '../../../src/analysis/sweep';
import { describePath, groupName } from '../../../src/plan/describe-path';
import { fieldAt, type FieldGroup } from '../../../src/plan/field-registry';
import type { Plan } from '../../../src/plan/schema';
import { sweepToCsv } from '../../../src/report/csv';
import { useI18n } from '../../i18n';
import { unitLabel } from '../../lib/units';
import { NumberField } from '../Field';
import { Progress, useAnalysis, type ExportCsv } from './shared';

/** What a sweep varies: one input of the plan (its path), from one value to another. */
export type SweepAxis = { path: string; from: number; to: number };

/** The input to sweep (the plan's physical inputs, grouped as the editor groups them), its range and points. */
function SweepPicker({
  plan,
  axis,
  setAxis,
  points,
  setPoints,
}: {
  plan: Plan;
  axis: SweepAxis;
  setAxis(axis: SweepAxis): void;
  points: number;
  setPoints(points: number): void;
}) {
  const { t, num, lang } = useI18n();
  // The picker: the plan's physical inputs from the field registry, grouped as the editor groups them.
  const inputs = useMemo(() => sweepInputs(plan), [plan]);
  const groups = useMemo(() => {
    const m = new Map<FieldGroup, SweepInput[]>();
    for (const x of inputs) {
      const g = fieldAt(x.path)?.group ?? 'plan';
      m.set(g, [...(m.get(g) ?? []), x]);
    }
    return [...m.entries()];
  }, [inputs]);
  return (
    <div className="row">
      <label className="field sweep-input">
        {t('sweep.field')}
        <select
          value={axis.path}
          onChange={(e) => {
            const input = inputs.find((x) => x.path === e.target.value);
            if (input) setAxis({ path: input.path, ...input.suggested });
          }}
          data-testid="sweep-path"
        >
          {!inputs.some((x) => x.path === axis.path) && (
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
      <NumberField
        label={t('sweep.from')}
        unit={fieldAt(axis.path)?.unit ?? ''}
        value={axis.from}
        onCommit={(v) => v !== undefined && setAxis({ ...axis, from: v })}
      />
      <NumberField
        label={t('sweep.to')}
        unit={fieldAt(axis.path)?.unit ?? ''}
        value={axis.to}
        onCommit={(v) => v !== undefined && setAxis({ ...axis, to: v })}
      />
      <NumberField
        label={t('sweep.points')}
        unit=""
        value={points}
        onCommit={(v) => v && v >= 2 && v <= 2000 && setPoints(Math.round(v))}
      />
    </div>
  );
}

/** Runtime (new and at end of life) against the swept input, with the runtime target; gaps where no answer. */
function SweepChart({
  plan,
  axis,
  values,
  result: r,
}: {
  plan: Plan;
  axis: SweepAxis;
  values: number[];
  result: SweepResult;
}) {
  const { t, num, lang } = useI18n();
  const data = values.map((x, k) => ({
    x,
    runtime: r.values.runtimeHours?.[k],
    eol: r.values.runtimeAtEndOfLifeHours?.[k],
  }));
  const unit = fieldAt(axis.path)?.unit;
  const axisUnit = unit ? unitLabel(unit, lang) : '';
  const axisLabel = `${describePath(plan, axis.path, lang)}${axisUnit ? ` (${axisUnit})` : ''}`;
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
}

/** 1-D sweep chart (runtime vs a field): presets for pack energy and NPU power; progress and cancel. */
export function SweepView({
  plan,
  initial,
  onExportCsv,
}: {
  plan: Plan;
  initial: SweepAxis | null;
  onExportCsv: ExportCsv;
}) {
  const { t } = useI18n();
  const energyPath = plan.battery.pack ? 'battery.pack.energyWh' : 'battery.cells.parallel';
  const base = plan.battery.pack?.energyWh ?? plan.battery.cells?.parallel ?? 1;
  const [axis, setAxis] = useState(initial ?? { path: energyPath, from: base * 0.25, to: base * 2 });
  const [points, setPoints] = useState(41);
  useEffect(() => {
    if (initial) setAxis(initial);
  }, [initial]);
  const values =
    axis.path.endsWith('parallel') || axis.path.endsWith('series')
      ? [...new Set(linspace(axis.from, axis.to, points).map(Math.round))].filter((v) => v >= 1)
      : linspace(axis.from, axis.to, points);
  const a = useAnalysis<'sweep'>({
    kind: 'sweep',
    plan,
    spec: { axes: [{ path: axis.path, values }], outputs: ['runtimeHours', 'runtimeAtEndOfLifeHours'] },
  });
  const r: SweepResult | null = a.result;
  const npu = plan.compute[0];
  // Points where the plan cannot run (or rests on a missing figure) have no value: gaps in the lines.
  const infeasiblePoints = r ? r.feasibility.filter((f) => f === 'infeasible').length : 0;
  const unknownPoints = r ? r.feasibility.filter((f) => f === 'unknown').length : 0;
  return (
    <div className="whatif" data-testid="sweep-view">
      <div className="row toolbar-row">
        <button type="button" onClick={() => setAxis({ path: energyPath, from: base * 0.25, to: base * 2 })}>
          {t('sweep.presetEnergy')}
        </button>
        {npu && (
          <button type="button" onClick={() => setAxis({ path: 'compute[0].maxPowerW', from: 1, to: 60 })}>
            {t('sweep.presetNpu')}
          </button>
        )}
        {r && (
          <button type="button" onClick={() => onExportCsv(sweepToCsv(r), 'sweep')} data-testid="sweep-csv">
            {t('toolbar.exportCsv')}
          </button>
        )}
      </div>
      <SweepPicker plan={plan} axis={axis} setAxis={setAxis} points={points} setPoints={setPoints} />
      <Progress progress={a.progress} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {a.cancelled && <p className="muted">{t('progress.cancelled')}</p>}
      {r && infeasiblePoints + unknownPoints > 0 && (
        <p className="sweep-gaps" data-testid="sweep-gaps">
          {t('sweep.gaps', { n: infeasiblePoints + unknownPoints, total: r.total })}
        </p>
      )}
      {r && <SweepChart plan={plan} axis={axis} values={values} result={r} />}
    </div>
  );
}
