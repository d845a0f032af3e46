import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { describeInput, type BarSideNa, type Sensitivity } from '../../../src/analysis';
import type { Plan } from '../../../src/plan/schema';
import { sensitivityToCsv } from '../../../src/report/csv';
import { useI18n } from '../../i18n';
import { NumberField } from '../Field';
import { CategoryTick, labelLines } from './CategoryTick';
import { BlockedBanner, Progress, useAnalysis, type ExportCsv } from './shared';

/** The width of the inputs' labels beside the bars (px). */
const LABEL_WIDTH = 300;

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
  const { t, num, lang, unit } = useI18n();
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
          : t('value.na');
  const data = (s?.bars ?? []).slice(0, 14).map((b) => {
    const sides = [
      b.lowNa ? `−${delta} %: ${naWord(b.lowNa)}` : null,
      b.highNa ? `+${delta} %: ${naWord(b.highNa)}` : null,
    ].filter(Boolean);
    const input = describeInput(plan, b, lang);
    const note = sides.join(', ');
    return {
      path: b.path,
      // The input in words (the field registry's labels), with any side that has no value said in words.
      label: input + (note ? ` (${note})` : ''),
      input,
      note,
      base: b.baseInput,
      low: (b.outputLow ?? s!.baseOutput ?? 0) - (s!.baseOutput ?? 0),
      high: (b.outputHigh ?? s!.baseOutput ?? 0) - (s!.baseOutput ?? 0),
    };
  });
  const notes = useMemo(() => new Map(data.map((d) => [d.label, { label: d.input, note: d.note }])), [data]);
  // A row is as tall as its label's lines (a long Korean label on two, a note on its own).
  const lines = Math.max(1, ...data.map((d) => labelLines(d.input, d.note, LABEL_WIDTH - 8)));
  const rowPx = 14 + 13 * lines;
  const hours = (v: number, digits: number) => `${v > 0 ? '+' : ''}${num(v, digits)} ${unit('h')}`;
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
          <ResponsiveContainer width="100%" height={Math.max(200, data.length * rowPx + 40)}>
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
              <XAxis type="number" tickFormatter={(v: number) => hours(v, 2)} />
              <YAxis
                type="category"
                dataKey="label"
                width={LABEL_WIDTH}
                interval={0}
                tick={<CategoryTick width={LABEL_WIDTH} notes={notes} />}
              />
              <Tooltip formatter={(v) => hours(Number(v), 3)} />
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
