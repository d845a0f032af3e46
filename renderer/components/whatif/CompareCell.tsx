import { Fragment } from 'react';
import type { Comparison } from '../../../src/analysis';
import { verdictDigits } from '../../../src/sim/targets';
import { STATUS_MARK, verdictForOutput, type TargetStatus } from '../../../src/sim/verdict';
import { useI18n, type I18n } from '../../i18n';
import { fromVerdict } from '../ResultCards';

const STATUS_LABEL: Record<TargetStatus, 'status.ok' | 'status.near' | 'status.bad' | 'status.unknown'> = {
  met: 'status.ok',
  near: 'status.near',
  missed: 'status.bad',
  unknown: 'status.unknown',
};

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

/**
 * Words that break only between them: a column's name wraps at its spaces ("GPU급: Jetson AGX Orin 64GB"),
 * never inside a word or at a hyphen ("DX-M1"); a parenthesised part stays whole ("(목표 칩)"), and a number
 * with its % or ° ("80 %까지").
 */
export function Unbroken({ text, split = /\s+(?![^(]*\)|[%°])/ }: { text: string; split?: RegExp }) {
  const words = text.split(split);
  return (
    <>
      {words.map((w, k) => (
        <Fragment key={k}>
          {k > 0 && ' '}
          <span className="nowrap">{w}</span>
        </Fragment>
      ))}
    </>
  );
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
  const text = v === null ? t('value.na') : show(v, true);
  const cls = cell?.better === true ? 'better' : cell?.better === false ? 'worse' : '';
  const delta = cell?.delta ?? null;
  return (
    <td className={cls}>
      {verdict && (
        <span
          className={`status-mark status-${fromVerdict(verdict.status)}`}
          aria-label={t(STATUS_LABEL[verdict.status])}
          title={t(STATUS_LABEL[verdict.status])}
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
