import { useEffect, useMemo, useState } from 'react';
import type { SweepResult } from '../../../src/analysis';
import type { OutputKey } from '../../../src/analysis/outputs';
import { MAX_SWEEP_POINTS, sweepInputs, type SweepSpec } from '../../../src/analysis/sweep';
import { sweepAxisValues } from '../../../src/analysis/sweep-grid';
import type { Plan } from '../../../src/plan/schema';
import { sweepToCsv } from '../../../src/report/csv';
import { useI18n } from '../../i18n';
import { Progress, useAnalysis, type ExportCsv } from './shared';
import { SweepChart } from './SweepChart';
import { SweepMap } from './SweepMap';
import { AxisPicker, OutputPicker, type SweepAxis } from './SweepPickers';

export type { SweepAxis } from './SweepPickers';

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
  const { t, num } = useI18n();
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
      {twoD && <OutputPicker output={output} setOutput={setOutput} />}
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
