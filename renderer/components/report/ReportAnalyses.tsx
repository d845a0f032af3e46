import {
  describeInput,
  MODEL_RESOLUTION_RELATIVE,
  type BarSideNa,
  type Comparison,
  type Sensitivity,
} from '../../../src/analysis';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { CompareCellView, compareColumnVerdict, Unbroken } from '../WhatIf';

/** The comparison the user ran and chose to include: the verdict row, each output, the reasons. */
export function ComparisonSection({ c }: { c: Comparison }) {
  const i = useI18n();
  return (
    <section className="keep page-break">
      <h2>{i.t('report.comparison')}</h2>
      <ComparisonTable c={c} />
    </section>
  );
}

/** A comparison as a printed table: the verdict row, each output with its change, the legend and the reasons. */
export function ComparisonTable({ c }: { c: Comparison }) {
  const i = useI18n();
  const i18nPhrase = i.phrase;
  return (
    <>
      <table className="compare print">
        <thead>
          <tr>
            <th />
            {c.columns.map((col, k) => (
              <th key={k}>
                <Unbroken text={k === 0 ? i.t('compare.base') : col.name} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="verdict-row">
            <th scope="row">{i.t('compare.verdict')}</th>
            {c.columns.map((col, k) => (
              <td key={k} className={`verdict-cell verdict-${col.feasibility ?? 'invalid'}`}>
                {col.feasibility ? (
                  <Unbroken text={compareColumnVerdict(col, i.t)} split={/ (?=\()/} />
                ) : (
                  compareColumnVerdict(col, i.t)
                )}
              </td>
            ))}
          </tr>
          {c.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <Unbroken text={row.labels[i.lang]} />
              </th>
              {c.columns.map((col, k) =>
                col.ok ? <CompareCellView key={k} col={col} row={row} /> : <td key={k}>—</td>,
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{i.t('compare.legend', { pct: i.num(MODEL_RESOLUTION_RELATIVE * 100) })}</p>
      {c.columns.some((col) => col.infeasibleReasons.length + col.unknownReasons.length > 0) && (
        <ul className="compare-reasons">
          {c.columns.flatMap((col, k) =>
            [...col.infeasibleReasons, ...col.unknownReasons].map((r) => (
              <li key={`${k}-${r.code}-${r.message}`}>
                <strong>{k === 0 ? i.t('compare.base') : col.name}:</strong> {i18nPhrase(r.text)}
              </li>
            )),
          )}
        </ul>
      )}
    </>
  );
}

/** The sensitivity of the runtime to each input (the largest swings first). */
export function SensitivitySection({ s, plan }: { s: Sensitivity; plan: Plan }) {
  const i = useI18n();
  if (s.blockedBy)
    return (
      <section className="keep">
        <h2>{i.t('report.sensitivity')}</h2>
        <p>
          {i.t(s.blockedBy.feasibility === 'infeasible' ? 'verdict.infeasible' : 'verdict.unknown')}{' '}
          {i.t('sens.blocked')}
        </p>
      </section>
    );
  const bars = s.bars.slice(0, 12);
  const max = Math.max(...bars.map((b) => b.swing), 1e-9);
  const side = (v: number | null, na: BarSideNa) =>
    v !== null
      ? i.hours(v)
      : na === 'infeasible'
        ? i.t('sens.naInfeasible')
        : na === 'out-of-range'
          ? i.t('sens.naRange')
          : i.t('value.na');
  return (
    <section className="keep">
      <h2>{i.t('report.sensitivity')}</h2>
      <table className="tornado">
        <thead>
          <tr>
            <th>{i.t('report.input')}</th>
            <th>−{i.num(s.deltaPercent)} %</th>
            <th>+{i.num(s.deltaPercent)} %</th>
            <th className="bar-cell">{i.t('report.swing')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.path}>
              <th scope="row">{describeInput(plan, b, i.lang)}</th>
              <td>{side(b.outputLow, b.lowNa)}</td>
              <td>{side(b.outputHigh, b.highNa)}</td>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(b.swing / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
