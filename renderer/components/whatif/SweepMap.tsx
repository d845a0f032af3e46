import { memo, useMemo, type ReactNode } from 'react';
import type { SweepResult } from '../../../src/analysis';
import { OUTPUTS, outputLabel } from '../../../src/analysis/outputs';
import type { SweepInput } from '../../../src/analysis/sweep';
import {
  baseValue,
  gridStatuses,
  outputTarget,
  sweepContour,
  sweepPointVerdict,
} from '../../../src/analysis/sweep-grid';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { unitLabel } from '../../lib/units';
import { Heatmap, type HeatmapCell } from './Heatmap';
import { inputLabel } from './SweepPickers';

/**
 * A 2-D sweep's map: the output over both inputs, its target line and the base plan (the grid, the target's
 * status at each point and the line come from src/analysis/sweep-grid.ts).
 */
export const SweepMap = memo(function SweepMap({
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
