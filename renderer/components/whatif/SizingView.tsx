import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TargetSizing } from '../../../src/analysis';
import { fieldAt, fieldRange } from '../../../src/plan/field-registry';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { CheckField, NumberField } from '../Field';
import { BlockedBanner, Progress, useAnalysis } from './shared';

/** The pack found: its size, runtime and life, the target that binds, warnings, the charger, and Apply. */
function SizingResultCard({
  result: r,
  onApply,
  applyDisabled,
}: {
  result: TargetSizing;
  onApply(result: TargetSizing): void;
  applyDisabled: boolean;
}) {
  const i = useI18n();
  const { t } = i;
  return (
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
          <button type="button" onClick={() => onApply(r)} data-testid="apply-size" disabled={applyDisabled}>
            {t('action.applySize')}
          </button>
        </>
      ) : (
        <div className="card-value wrap">
          {t('sizing.infeasible', { reason: r.reasonText ? i.phrase(r.reasonText) : '' })}
        </div>
      )}
    </div>
  );
}

/** Runtime against pack energy, with the target and the size found; a gap where a pack exceeds its C-rate. */
function SizingCurve({ result: r, target }: { result: TargetSizing; target: number }) {
  const i = useI18n();
  const { t } = i;
  return (
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
            label={{
              value: `${fieldAt('battery.pack.energyWh')?.label[i.lang] ?? ''} (kWh)`,
              position: 'insideBottom',
              offset: -8,
            }}
          />
          <YAxis label={{ value: i.unit('h'), angle: -90, position: 'insideLeft' }} />
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
  const { t } = useI18n();
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
      {r && !r.blockedBy && <SizingResultCard result={r} onApply={onApply} applyDisabled={applyDisabled} />}
      {r && !r.blockedBy && <SizingCurve result={r} target={target} />}
    </div>
  );
}
