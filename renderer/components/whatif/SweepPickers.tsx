import { useMemo } from 'react';
import { OUTPUT_KEYS, OUTPUTS, outputLabel, type OutputKey } from '../../../src/analysis/outputs';
import type { SweepInput } from '../../../src/analysis/sweep';
import { describePath, groupName } from '../../../src/plan/describe-path';
import { fieldAt, type FieldGroup } from '../../../src/plan/field-registry';
import type { Plan } from '../../../src/plan/schema';
import { useI18n, type Lang } from '../../i18n';
import { unitLabel } from '../../lib/units';
import { NumberField } from '../Field';

/** What a sweep varies: one input of the plan (its path), from one value to another. */
export type SweepAxis = { path: string; from: number; to: number };

/** An input in words with its unit, in the reader's language ("Activity “Walking” › Power (W)"). */
export function inputLabel(plan: Plan, path: string, lang: Lang): string {
  const unit = fieldAt(path)?.unit;
  const shown = unit ? unitLabel(unit, lang) : '';
  return `${describePath(plan, path, lang)}${shown ? ` (${shown})` : ''}`;
}

/**
 * One input to sweep (the plan's physical inputs, grouped as the editor groups them), its range and points.
 * The second input is optional: "none" keeps the sweep one-dimensional.
 */
export function AxisPicker({
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

/** The output a 2-D sweep's map is coloured by: any of the analysis outputs, with its unit. */
export function OutputPicker({
  output,
  setOutput,
}: {
  output: OutputKey;
  setOutput(output: OutputKey): void;
}) {
  const { t, lang } = useI18n();
  return (
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
  );
}
