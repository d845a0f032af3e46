import { memo } from 'react';
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
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { inputLabel } from './SweepPickers';

/** Runtime (new and at end of life) against the swept input, with the runtime target; gaps where no answer. */
export const SweepChart = memo(function SweepChart({ plan, result: r }: { plan: Plan; result: SweepResult }) {
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
