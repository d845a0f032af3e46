import type { VerdictReason } from '../../src/sim/verdict';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
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
import {
  linspace,
  MODEL_RESOLUTION_RELATIVE,
  powerModeScenarios,
  runtimeScenarios,
  seedChipScenarios,
  swapChipScenario,
  type Comparison,
  type Scenario,
  type ScreenedChip,
  describeInput,
  type BarSideNa,
  type Sensitivity,
  type TargetSizing,
  type SweepResult,
} from '../../src/analysis';
import { sweepInputs, type SweepInput } from '../../src/analysis/sweep';
import { ACCELERATORS } from '../../src/catalog';
import type { Plan } from '../../src/plan/schema';
import { verdictDigits } from '../../src/sim/targets';
import { STATUS_MARK, verdictForOutput, type TargetStatus } from '../../src/sim/verdict';
import { fieldAt, fieldRange, type FieldGroup } from '../../src/plan/field-registry';
import { describePath, groupName } from '../../src/plan/describe-path';
import { useI18n, type I18n } from '../i18n';
import { fromVerdict } from './Results';

const STATUS_LABEL: Record<TargetStatus, 'status.ok' | 'status.near' | 'status.bad' | 'status.unknown'> = {
  met: 'status.ok',
  near: 'status.near',
  missed: 'status.bad',
  unknown: 'status.unknown',
};
import { runAnalysis, type RunningAnalysis } from '../worker/client';
import type { AnalysisRequest, AnalysisResultOf } from '../worker/protocol';
import { comparisonToCsv, sensitivityToCsv, sweepToCsv } from '../../src/report/csv';
import { NumberField, SelectField, CheckField } from './Field';

/** Hands a table to the platform's CSV export (desktop: Save dialog; web: download). */
export type ExportCsv = (csv: string, what: string) => void;

type Kind = AnalysisRequest['kind'];

/** Run an analysis in the worker whenever `request` changes; expose progress and cancel. */
function useAnalysis<K extends Kind>(request: Omit<Extract<AnalysisRequest, { kind: K }>, 'id'> | null) {
  const [state, setState] = useState<{
    result: AnalysisResultOf[K] | null;
    error: string | null;
    progress: [number, number] | null;
    cancelled: boolean;
  }>({ result: null, error: null, progress: null, cancelled: false });
  const running = useRef<RunningAnalysis<AnalysisResultOf[K]> | null>(null);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return;
    running.current?.cancel();
    setState((s) => ({ ...s, error: null, progress: [0, 1], cancelled: false }));
    const run = runAnalysis<K>(request as never, (done, total) =>
      setState((s) => ({ ...s, progress: [done, total] })),
    );
    running.current = run;
    let live = true;
    run.promise.then(
      (result) =>
        live &&
        setState({
          result,
          error: null,
          progress: null,
          cancelled: (result as { cancelled?: boolean }).cancelled === true,
        }),
      (e: Error) => live && setState({ result: null, error: e.message, progress: null, cancelled: false }),
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ...state, cancel: () => running.current?.cancel() };
}

function Progress({ progress, onCancel }: { progress: [number, number] | null; onCancel(): void }) {
  const { t } = useI18n();
  if (!progress) return null;
  return (
    <div className="progress" role="status" data-testid="progress">
      <progress value={progress[0]} max={Math.max(1, progress[1])} />{' '}
      {t('progress.running', { done: progress[0], total: progress[1] })}
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </div>
  );
}

const CHIPS = ACCELERATORS.filter((a) => a.status !== 'reference');

/**
 * An analysis with nothing to analyse: the plan cannot run (or rests on a missing figure), so its answer is
 * withheld, with the plan's reasons.
 */
function BlockedBanner({
  blockedBy,
  what,
}: {
  blockedBy: { feasibility: 'infeasible' | 'unknown'; reasons: VerdictReason[] };
  what: string;
}) {
  const { t, phrase: i18nPhrase } = useI18n();
  const infeasible = blockedBy.feasibility === 'infeasible';
  return (
    <div
      className={`verdict verdict-${blockedBy.feasibility}`}
      role="alert"
      data-testid="analysis-blocked"
      data-feasibility={blockedBy.feasibility}
    >
      <div className="verdict-head">
        <span className="verdict-icon" aria-hidden="true">
          {infeasible ? '✗' : '?'}
        </span>
        <strong>
          {t(infeasible ? 'verdict.infeasible' : 'verdict.unknown')} {what}
        </strong>
      </div>
      <ul>
        {blockedBy.reasons.map((r) => (
          <li key={r.code + r.message}>{i18nPhrase(r.text)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The catalog chips left out of a "chips that fit" comparison, with why (src/analysis `screenChips`). */
export interface ChipScreen {
  cannot: ScreenedChip[];
  unknown: ScreenedChip[];
}

/** A column's verdict in words, for the comparison's first row (app and report). */
export function compareColumnVerdict(col: Comparison['columns'][number], t: I18n['t']): string {
  return col.feasibility === 'infeasible'
    ? `✗ ${t('compare.infeasible')}`
    : col.feasibility === 'unknown'
      ? `? ${t('compare.unknown')}`
      : col.feasibility === 'feasible'
        ? `✓ ${t('compare.feasible')}${col.caveats.length ? ` (≈ ${t('compare.provisional')})` : ''}`
        : `${t('compare.invalid')}: ${col.errors[0]?.message ?? ''}`;
}

/** One cell of the comparison: the value as its verdict allows, its target mark, and its change from base. */
export function CompareCellView({
  col,
  row,
}: {
  col: Comparison['columns'][number];
  row: Comparison['rows'][number];
}) {
  const i = useI18n();
  const { t } = i;
  const cell = col.cells[row.key];
  // A row that describes the loads running, in a column that cannot run or rests on a missing figure.
  if (cell?.status === 'infeasible')
    return (
      <td className="na" title={t('compare.cellInfeasible')}>
        —
      </td>
    );
  if (cell?.status === 'unknown')
    return (
      <td className="na" title={t('compare.cellUnknown')}>
        ?
      </td>
    );
  const v = cell?.value ?? null;
  const verdict = verdictForOutput(col.targetStatus, row.key);
  const digits = v !== null && verdict ? verdictDigits(v, verdict.target, verdict.better) : 3;
  const show = (x: number, withVerdict: boolean) =>
    row.unit === 'h'
      ? i.hours(x, withVerdict ? verdict : undefined)
      : row.unit === 'years'
        ? i.years(x, withVerdict ? digits : 3)
        : row.key === 'chargesPerDay'
          ? `${i.count(x)} ${t('unit.perDay')}`
          : `${i.num(x, withVerdict ? digits : 3)} ${row.unit}`;
  const text = v === null ? 'n/a' : show(v, true);
  const cls = cell?.better === true ? 'better' : cell?.better === false ? 'worse' : '';
  const delta = cell?.delta ?? null;
  return (
    <td className={cls}>
      {verdict && (
        <span
          className={`status-mark status-${fromVerdict(verdict.status)}`}
          aria-label={t(STATUS_LABEL[verdict.status])}
        >
          {STATUS_MARK[verdict.status]}{' '}
        </span>
      )}
      {text}
      {delta !== null && Math.abs(delta) > 1e-9 * Math.abs(v ?? 1) && (
        <span
          className={`delta${cell!.significant ? '' : ' neutral'}`}
          title={cell!.significant ? undefined : t('compare.withinResolution')}
          aria-label={
            cell!.better === null ? undefined : cell!.better ? t('compare.better') : t('compare.worse')
          }
        >
          {' '}
          {cell!.better === null ? '' : cell!.better ? '▲ ' : '▼ '}
          {delta > 0 ? '+' : '−'}
          {show(Math.abs(delta), false)}
        </span>
      )}
    </td>
  );
}

/** Scenarios side by side, deltas highlighted; swap a chip in one click; the seed chip set. */
export function CompareView({
  plan,
  scenarios,
  setScenarios,
  screen = null,
  onExportCsv,
}: {
  plan: Plan;
  scenarios: Scenario[];
  setScenarios(s: Scenario[]): void;
  /** Set when the scenarios are "the chips that fit": the chips left out and why. */
  screen?: ChipScreen | null;
  onExportCsv: ExportCsv;
}) {
  const i = useI18n();
  const i18nPhrase = i.phrase;
  const { t } = i;
  const device = plan.compute[0]?.id;
  const a = useAnalysis<'compare'>(scenarios.length ? { kind: 'compare', plan, scenarios } : null);
  const c: Comparison | null = a.result;
  const leftOut = screen ? [...screen.cannot, ...screen.unknown] : [];
  return (
    <div className="whatif" data-testid="compare-view">
      <div className="row toolbar-row">
        {device && (
          <SelectField
            label={t('action.swapChip')}
            value=""
            options={[{ value: '', label: '—' }, ...CHIPS.map((x) => ({ value: x.id, label: x.name }))]}
            onChange={(id) =>
              id &&
              setScenarios([...scenarios, swapChipScenario(device, id, CHIPS.find((x) => x.id === id)!.name)])
            }
            testId="swap-chip"
          />
        )}
        {device && (
          <button
            type="button"
            onClick={() => setScenarios(seedChipScenarios(device))}
            data-testid="seed-scenarios"
          >
            {t('action.addSeed')}
          </button>
        )}
        {device && powerModeScenarios(plan, device).length > 0 && (
          <button
            type="button"
            onClick={() => setScenarios(powerModeScenarios(plan, device))}
            data-testid="mode-scenarios"
          >
            {t('action.comparePowerModes')}
          </button>
        )}
        {device && (
          <button
            type="button"
            onClick={() => setScenarios(runtimeScenarios(plan, device))}
            data-testid="runtime-scenarios"
          >
            {t('action.compareRuntimes')}
          </button>
        )}
        {scenarios.length > 0 && (
          <button type="button" onClick={() => setScenarios([])}>
            {t('action.clearScenarios')}
          </button>
        )}
        {c && (
          <button
            type="button"
            onClick={() => onExportCsv(comparisonToCsv(c), 'comparison')}
            data-testid="compare-csv"
          >
            {t('toolbar.exportCsv')}
          </button>
        )}
      </div>
      {scenarios.length === 0 && (
        <p className="muted">{screen ? t('compare.noneFit') : t('compare.empty')}</p>
      )}
      <Progress progress={a.progress} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {c && (
        <table className="compare" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col" />
              {c.columns.map((col, k) => (
                <th scope="col" key={k}>
                  {k === 0 ? t('compare.base') : col.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="verdict-row" data-testid="compare-verdicts">
              <th scope="row">{t('compare.verdict')}</th>
              {c.columns.map((col, k) => (
                <td
                  key={k}
                  className={`verdict-cell verdict-${col.feasibility ?? 'invalid'}`}
                  title={[...col.infeasibleReasons, ...col.unknownReasons, ...col.caveats]
                    .map((r) => i18nPhrase(r.text))
                    .join('\n')}
                  data-provisional={col.caveats.length > 0 ? '1' : undefined}
                >
                  {compareColumnVerdict(col, t)}
                </td>
              ))}
            </tr>
            {c.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.labels[i.lang]}</th>
                {c.columns.map((col, k) =>
                  col.ok ? (
                    <CompareCellView key={k} col={col} row={row} />
                  ) : (
                    <td key={k} className="na">
                      —
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c && (
        <p className="muted small">{t('compare.legend', { pct: i.num(MODEL_RESOLUTION_RELATIVE * 100) })}</p>
      )}
      {c && c.columns.some((col) => col.infeasibleReasons.length + col.unknownReasons.length > 0) && (
        <ul className="compare-reasons" data-testid="compare-reasons">
          {c.columns.flatMap((col, k) =>
            [...col.infeasibleReasons, ...col.unknownReasons].map((r) => (
              <li key={`${k}-${r.code}-${r.message}`}>
                <strong>{k === 0 ? t('compare.base') : col.name}:</strong> {i18nPhrase(r.text)}
              </li>
            )),
          )}
        </ul>
      )}
      {leftOut.length > 0 && (
        <div className="compare-left-out" data-testid="compare-left-out">
          <h3>{t('compare.leftOut', { n: leftOut.length })}</h3>
          <ul>
            {leftOut.map((x) => (
              <li key={x.preset} data-feasibility={x.feasibility}>
                <strong>
                  {x.feasibility === 'infeasible' ? '✗' : '?'} {x.name}
                </strong>{' '}
                — {x.feasibility === 'infeasible' ? t('compare.cannotRunHere') : t('compare.figuresMissing')}:{' '}
                {x.reasons[0] ? i18nPhrase(x.reasons[0].text) : ''}
                {x.reasons.length > 1 && ` (+${x.reasons.length - 1})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Tornado of runtime for ±X % on each input; clicking a bar opens a 1-D sweep of it. */
export function SensitivityView({
  plan,
  onSweep,
  onExportCsv,
}: {
  plan: Plan;
  onSweep(path: string, value: number): void;
  onExportCsv: ExportCsv;
}) {
  const { t, num, lang } = useI18n();
  const [delta, setDelta] = useState(10);
  const a = useAnalysis<'sensitivity'>({
    kind: 'sensitivity',
    plan,
    output: 'runtimeHours',
    deltaPercent: delta,
  });
  const s: Sensitivity | null = a.result;
  const naWord = (na: BarSideNa) =>
    na === 'out-of-range'
      ? t('sens.naRange')
      : na === 'infeasible'
        ? t('sens.naInfeasible')
        : na === 'unknown'
          ? t('sens.naUnknown')
          : 'n/a';
  const data = (s?.bars ?? []).slice(0, 14).map((b) => {
    const sides = [
      b.lowNa ? `−${delta} %: ${naWord(b.lowNa)}` : null,
      b.highNa ? `+${delta} %: ${naWord(b.highNa)}` : null,
    ].filter(Boolean);
    return {
      path: b.path,
      // The input in words (the field registry's labels), with any side that has no value said in words.
      label: describeInput(plan, b, lang) + (sides.length ? ` (${sides.join(', ')})` : ''),
      base: b.baseInput,
      low: (b.outputLow ?? s!.baseOutput ?? 0) - (s!.baseOutput ?? 0),
      high: (b.outputHigh ?? s!.baseOutput ?? 0) - (s!.baseOutput ?? 0),
    };
  });
  return (
    <div className="whatif" data-testid="sensitivity-view">
      <h2>{t('sens.title', { d: delta })}</h2>
      <div className="row narrow">
        <NumberField
          label={t('sens.delta')}
          unit="%"
          value={delta}
          onCommit={(v) => v && v > 0 && v < 90 && setDelta(v)}
        />
      </div>
      <Progress progress={a.progress} onCancel={a.cancel} />
      {s?.blockedBy && <BlockedBanner blockedBy={s.blockedBy} what={t('sens.blocked')} />}
      {s && !s.blockedBy && (
        <>
          <p className="muted">
            {t('sens.click')}{' '}
            <button type="button" onClick={() => onExportCsv(sensitivityToCsv(s), 'sensitivity')}>
              {t('toolbar.exportCsv')}
            </button>
          </p>
          <ResponsiveContainer width="100%" height={Math.max(200, data.length * 28 + 40)}>
            <BarChart
              data={data}
              layout="vertical"
              stackOffset="sign"
              margin={{ left: 16, right: 24 }}
              onClick={(e) => {
                const p = (e as { activeLabel?: string } | null)?.activeLabel;
                const row = data.find((d) => d.label === p);
                if (row) onSweep(row.path, row.base);
              }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis type="number" tickFormatter={(v: number) => `${v > 0 ? '+' : ''}${num(v, 2)} h`} />
              <YAxis type="category" dataKey="label" width={300} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(v) => `${Number(v) > 0 ? '+' : ''}${num(Number(v), 3)} h`} />
              <ReferenceLine x={0} stroke="var(--fg)" />
              <Legend verticalAlign="top" height={24} />
              <Bar dataKey="low" name={`−${delta} %`} fill="#9aa3ad" stackId="a" />
              <Bar dataKey="high" name={`+${delta} %`} fill="#3b6fb6" stackId="b" />
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
    </div>
  );
}

/** 1-D sweep chart (runtime vs a field): presets for pack energy and NPU power; progress and cancel. */
export function SweepView({
  plan,
  initial,
  onExportCsv,
}: {
  plan: Plan;
  initial: { path: string; from: number; to: number } | null;
  onExportCsv: ExportCsv;
}) {
  const { t, num, lang } = useI18n();
  const energyPath = plan.battery.pack ? 'battery.pack.energyWh' : 'battery.cells.parallel';
  const base = plan.battery.pack?.energyWh ?? plan.battery.cells?.parallel ?? 1;
  const [axis, setAxis] = useState(initial ?? { path: energyPath, from: base * 0.25, to: base * 2 });
  const [points, setPoints] = useState(41);
  useEffect(() => {
    if (initial) setAxis(initial);
  }, [initial]);
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
  const data = r
    ? values.map((x, k) => ({
        x,
        runtime: r.values.runtimeHours?.[k],
        eol: r.values.runtimeAtEndOfLifeHours?.[k],
      }))
    : [];
  const npu = plan.compute[0];
  // Points where the plan cannot run (or rests on a missing figure) have no value: gaps in the lines.
  const infeasiblePoints = r ? r.feasibility.filter((f) => f === 'infeasible').length : 0;
  const unknownPoints = r ? r.feasibility.filter((f) => f === 'unknown').length : 0;
  const axisUnit = fieldAt(axis.path)?.unit;
  const axisLabel = `${describePath(plan, axis.path, lang)}${axisUnit ? ` (${axisUnit})` : ''}`;
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
                    {fieldAt(x.path)?.unit ? ` ${fieldAt(x.path)!.unit}` : ''}
                    {x.from === 'catalog' ? ` (${t('sweep.fromCatalog')})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <NumberField
          label={t('sweep.from')}
          unit=""
          value={axis.from}
          onCommit={(v) => v !== undefined && setAxis({ ...axis, from: v })}
        />
        <NumberField
          label={t('sweep.to')}
          unit=""
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
      <Progress progress={a.progress} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {a.cancelled && <p className="muted">{t('progress.cancelled')}</p>}
      {r && infeasiblePoints + unknownPoints > 0 && (
        <p className="sweep-gaps" data-testid="sweep-gaps">
          {t('sweep.gaps', { n: infeasiblePoints + unknownPoints, total: r.total })}
        </p>
      )}
      {r && (
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
      )}
    </div>
  );
}

/**
 * The smallest pack that meets every target at once (runtime at end of life, lifetime, the mass limit), the
 * target that binds, the charger the charge-time target needs, and the runtime-vs-size curve; apply it in one
 * click (one undo step).
 */
export function SizingView({
  plan,
  onApply,
  applyDisabled = false,
}: {
  plan: Plan;
  onApply(result: TargetSizing): void;
  /** The plan has a problem: this sizing is of its last valid version and cannot be applied. */
  applyDisabled?: boolean;
}) {
  const i = useI18n();
  const { t } = i;
  const tg = plan.targets;
  const [target, setTarget] = useState(tg.runtimeHours ?? 5);
  const [life, setLife] = useState<number | undefined>(tg.lifetimeYears);
  const [atEol, setAtEol] = useState(true);
  const a = useAnalysis<'size'>({
    kind: 'size',
    plan,
    atEndOfLife: atEol,
    targets: {
      runtimeHours: target,
      lifetimeYears: life,
      chargeTimeMin: tg.chargeTimeMin,
      maxPackMassPercent: tg.maxPackMassPercent,
    },
  });
  const r = a.result;
  return (
    <div className="whatif" data-testid="sizing-view">
      <h2>{t('sizing.title')}</h2>
      {r?.blockedBy && <BlockedBanner blockedBy={r.blockedBy} what={t('sizing.blocked')} />}
      <div className="row">
        <NumberField
          label={t('sizing.targetHours')}
          unit="h"
          value={target}
          range={fieldRange('targets.runtimeHours')}
          onCommit={(v) => v && v > 0 && setTarget(v)}
          testId="sizing-target"
        />
        <NumberField
          label={t('sizing.targetLife')}
          unit={t('chart.yearsAxis')}
          value={life}
          optional
          range={fieldRange('targets.lifetimeYears')}
          onCommit={(v) => setLife(v)}
          testId="sizing-life"
        />
        <CheckField label={t('sizing.atEol')} checked={atEol} onChange={setAtEol} />
      </div>
      <Progress progress={a.progress} onCancel={a.cancel} />
      {r && !r.blockedBy && (
        <div
          className={`card ${r.feasible ? (r.massWarning || r.chargeTargetReachable === false ? 'status-near' : 'status-ok') : 'status-bad'}`}
          data-testid="sizing-result"
        >
          {r.feasible ? (
            <>
              <div className="card-value">
                {t('sizing.result', {
                  pack: r.mode === 'cells' ? `${r.series}S${r.parallel}P` : t('field.modePack'),
                  kwh: `${i.num(r.energyWh! / 1000)} kWh`,
                  kg: `${i.num(r.massKg!)} kg (${i.num(r.packMassPercent ?? 0, 2)} %)`,
                })}
              </div>
              <div className="card-sub">
                {t(r.atEndOfLife ? 'sizing.runtimeEol' : 'sizing.runtime', {
                  h: r.runtimeHours === null ? t('card.unbounded') : i.hours(r.runtimeHours),
                  c: i.num(r.peakCRate!, 2),
                })}
                {r.lifetimeYears !== null && ` · ${t('sizing.life', { y: i.num(r.lifetimeYears, 3) })}`} ·{' '}
                {t('sizing.iterations', { n: r.iterations })}
              </div>
              {r.binding && (
                <div className="card-sub" data-testid="sizing-binding">
                  {r.binding === 'discharge-rate'
                    ? t('sizing.bindsRate', { c: i.num(r.maxDischargeCRate, 2) })
                    : t(r.binding === 'runtime' ? 'sizing.bindsRuntime' : 'sizing.bindsLifetime')}
                </div>
              )}
              {r.massWarning && (
                <div className="card-note" data-testid="sizing-mass-warning">
                  ⚠{' '}
                  {t('sizing.massWarning', {
                    kg: i.num(r.massKg!),
                    pct: i.num(r.packMassPercent ?? 0, 2),
                    limit: i.num(r.massLimitPercent),
                  })}
                </div>
              )}
              {r.charger && (
                <div
                  className={r.chargeTargetReachable === false ? 'card-note' : 'card-sub'}
                  data-testid="sizing-charger"
                >
                  {r.charger.requiredPowerW !== null
                    ? t('sizing.charger', {
                        kw: i.num(r.charger.requiredPowerW / 1000),
                        min: i.num(r.charger.targetMinutes),
                      })
                    : t('sizing.chargerOutOfReach', { min: i.num(r.charger.targetMinutes) })}
                </div>
              )}
              <button
                type="button"
                onClick={() => onApply(r)}
                data-testid="apply-size"
                disabled={applyDisabled}
              >
                {t('action.applySize')}
              </button>
            </>
          ) : (
            <div className="card-value wrap">{t('sizing.infeasible', { reason: r.reason ?? '' })}</div>
          )}
        </div>
      )}
      {r && !r.blockedBy && (
        <figure className="chart">
          <figcaption>{t('sizing.curve')}</figcaption>
          {r.curve.some((p) => p.peakCRate > r.maxDischargeCRate * (1 + 1e-9)) && (
            <p className="muted small" data-testid="sizing-rate-gap">
              {t('sizing.rateGap', { c: i.num(r.maxDischargeCRate, 2) })}
            </p>
          )}
          <ResponsiveContainer width="100%" height={280}>
            <LineChart
              // A pack drawing more than its rated C-rate cannot run the plan: a gap, not a runtime.
              data={r.curve.map((p) => ({
                kwh: p.energyWh / 1000,
                h: p.peakCRate > r.maxDischargeCRate * (1 + 1e-9) ? null : p.runtimeHours,
                kg: p.massKg,
              }))}
              margin={{ top: 8, right: 16, bottom: 16, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis
                dataKey="kwh"
                type="number"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(v: number) => i.num(v, 2)}
                label={{ value: 'kWh', position: 'insideBottom', offset: -8 }}
              />
              <YAxis label={{ value: 'h', angle: -90, position: 'insideLeft' }} />
              <Tooltip
                formatter={(v) => `${i.hours(Number(v))}`}
                labelFormatter={(v) => `${i.num(Number(v))} kWh`}
              />
              <ReferenceLine y={target} stroke="#555" strokeDasharray="10 5" label={t('chart.target')} />
              {r.feasible && <ReferenceLine x={r.energyWh! / 1000} stroke="#2e8540" strokeDasharray="2 2" />}
              <Line
                dataKey="h"
                name={t(r.atEndOfLife ? 'card.eol' : 'card.runtime')}
                stroke="#3b6fb6"
                dot
                strokeWidth={2}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
    </div>
  );
}
