import type { Comparison, ScreenedChip } from '../../../src/analysis';
import { useI18n } from '../../i18n';
import { CompareCellView, compareColumnVerdict, Unbroken } from './CompareCell';
import { ColumnHead } from './CompareColumnHead';
import type { ScenarioControls, ScenarioNotice } from './scenarios/controls';

/** The comparison: a column per scenario (the base first), its verdict on top, then a row per output. */
export function CompareTable({
  c,
  editable,
  controls,
  notify,
}: {
  c: Comparison;
  /** The columns are the plan's scenarios as they stand (their heads can rename and delete them). */
  editable: boolean;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
}) {
  const i = useI18n();
  const { t } = i;
  return (
    <table className="compare" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col" />
          {c.columns.map((col, k) => (
            <th scope="col" key={k} data-testid={`compare-col-${k}`}>
              {k === 0 ? (
                <Unbroken text={t('compare.base')} />
              ) : (
                <ColumnHead
                  name={col.name}
                  index={editable ? k - 1 : null}
                  controls={controls}
                  notify={notify}
                />
              )}
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
                .map((r) => i.phrase(r.text))
                .join('\n')}
              data-provisional={col.caveats.length > 0 ? '1' : undefined}
            >
              {/* "✓ can run" whole; a note in parentheses may go to the next line. */}
              {col.feasibility ? (
                <Unbroken text={compareColumnVerdict(col, t)} split={/ (?=\()/} />
              ) : (
                compareColumnVerdict(col, t)
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
  );
}

/** Why columns cannot run (or rest on a missing figure), each reason named by its column. */
export function CompareReasons({ c }: { c: Comparison }) {
  const { t, phrase } = useI18n();
  return (
    <ul className="compare-reasons" data-testid="compare-reasons">
      {c.columns.flatMap((col, k) =>
        [...col.infeasibleReasons, ...col.unknownReasons].map((r) => (
          <li key={`${k}-${r.code}-${r.message}`}>
            <strong>{k === 0 ? t('compare.base') : col.name}:</strong> {phrase(r.text)}
          </li>
        )),
      )}
    </ul>
  );
}

/** The chips a "chips that fit" comparison left out, each with its first reason. */
export function LeftOutChips({ leftOut }: { leftOut: ScreenedChip[] }) {
  const { t, phrase } = useI18n();
  return (
    <div className="compare-left-out" data-testid="compare-left-out">
      <h3>{t('compare.leftOut', { n: leftOut.length })}</h3>
      <ul>
        {leftOut.map((x) => (
          <li key={x.preset} data-feasibility={x.feasibility}>
            <strong>
              {x.feasibility === 'infeasible' ? '✗' : '?'} {x.name}
            </strong>{' '}
            — {x.feasibility === 'infeasible' ? t('compare.cannotRunHere') : t('compare.figuresMissing')}:{' '}
            {x.reasons[0] ? phrase(x.reasons[0].text) : ''}
            {x.reasons.length > 1 && ` (+${x.reasons.length - 1})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
