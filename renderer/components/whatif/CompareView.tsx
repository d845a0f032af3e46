import { Fragment, useMemo, useState } from 'react';
import {
  localizedScenarioName,
  MODEL_RESOLUTION_RELATIVE,
  powerModeScenarios,
  runtimeScenarios,
  screenChips,
  seedChipScenarios,
  swapChipScenario,
  type Comparison,
  type Scenario,
  type ScreenedChip,
} from '../../../src/analysis';
import { ACCELERATORS } from '../../../src/catalog';
import { chipDisplayName } from '../../../src/catalog/chip-names';
import { sameValue } from '../../../src/plan/scenario-diff';
import { addScenarios as addScenarioList } from '../../../src/plan/scenario-edits';
import type { Plan } from '../../../src/plan/schema';
import { comparisonToCsv } from '../../../src/report/csv';
import { verdictDigits } from '../../../src/sim/targets';
import { STATUS_MARK, verdictForOutput, type TargetStatus } from '../../../src/sim/verdict';
import { useI18n, type I18n } from '../../i18n';
import { SelectField } from '../Field';
import { fromVerdict } from '../ResultCards';
import { addScenarios, deleteAllScenarios, deleteScenario } from '../../state/commands';
import {
  ScenarioNameInput,
  ScenariosPanel,
  type ScenarioControls,
  type ScenarioNotice,
} from './ScenariosPanel';
import { Progress, useAnalysis, type ExportCsv } from './shared';

const STATUS_LABEL: Record<TargetStatus, 'status.ok' | 'status.near' | 'status.bad' | 'status.unknown'> = {
  met: 'status.ok',
  near: 'status.near',
  missed: 'status.bad',
  unknown: 'status.unknown',
};

const CHIPS = ACCELERATORS.filter((a) => a.status !== 'reference');

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

/**
 * The ready-made scenarios, each a click that adds them to the plan (one undo step; one the plan has already
 * is not added twice): a chip, the seed chip set, the chips that fit, power modes, runtimes; Delete all; CSV.
 */
function CompareToolbar({
  plan,
  device,
  controls,
  notify,
  setScreen,
  comparison: c,
  onExportCsv,
}: {
  plan: Plan;
  /** The device the scenarios vary (the plan's first). */
  device: string | undefined;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
  setScreen(s: ChipScreen | null): void;
  comparison: Comparison | null;
  onExportCsv: ExportCsv;
}) {
  const { t, lang } = useI18n();
  const count = controls.doc.scenarios?.length ?? 0;
  const add = (list: Scenario[], screen: ChipScreen | null = null) => {
    const r = addScenarioList(controls.doc, list);
    const label = t('cmd.addScenarios');
    if (r.added) controls.dispatch(addScenarios(list, label));
    setScreen(screen);
    notify({
      text: [
        t('scn.added', { n: r.added }),
        r.present ? t('scn.addedPresent', { n: r.present }) : '',
        r.overLimit ? t('scn.addedOver', { n: r.overLimit }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      ...(r.added ? { undoLabel: label } : {}),
    });
  };
  return (
    <div className="generators" data-testid="scenario-generators">
      <span className="generators-label">{t('compare.generators')}</span>
      {device && (
        <SelectField
          label={t('action.swapChip')}
          value=""
          options={[
            { value: '', label: '—' },
            ...CHIPS.map((x) => ({ value: x.id, label: chipDisplayName(x, lang) })),
          ]}
          onChange={(id) => id && add([swapChipScenario(device, id, chipDisplayName(id, lang))])}
          testId="swap-chip"
        />
      )}
      {device && (
        <button
          type="button"
          onClick={() => add(seedChipScenarios(device, lang))}
          data-testid="seed-scenarios"
        >
          {t('action.addSeed')}
        </button>
      )}
      {device && (
        <button
          type="button"
          onClick={() => {
            const s = screenChips(plan, device, lang);
            add(s.fit, { cannot: s.cannot, unknown: s.unknown });
          }}
          data-testid="fit-scenarios"
        >
          {t('action.addFit')}
        </button>
      )}
      {device && powerModeScenarios(plan, device).length > 0 && (
        <button
          type="button"
          onClick={() => add(powerModeScenarios(plan, device, lang))}
          data-testid="mode-scenarios"
        >
          {t('action.comparePowerModes')}
        </button>
      )}
      {device && (
        <button
          type="button"
          onClick={() => add(runtimeScenarios(plan, device, lang))}
          data-testid="runtime-scenarios"
        >
          {t('action.compareRuntimes')}
        </button>
      )}
      <span className="spacer" />
      {count > 0 && (
        <button
          type="button"
          onClick={() => {
            const label = t('cmd.deleteAllScenarios');
            controls.dispatch(deleteAllScenarios(label));
            setScreen(null);
            notify({ text: t('scn.deletedAll', { n: count }), undoLabel: label });
          }}
          data-testid="clear-scenarios"
        >
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
  );
}

/**
 * A scenario column's head: its name, and (when the table shows the plan's scenarios as they are) Rename in
 * place and Delete, which edit the plan's scenario.
 */
function ColumnHead({
  name,
  index,
  controls,
  notify,
}: {
  name: string;
  /** The scenario's position in the plan; null: the column cannot be edited now. */
  index: number | null;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  if (index === null) return <Unbroken text={name} />;
  if (editing)
    return (
      <ScenarioNameInput
        doc={controls.doc}
        index={index}
        shown={name}
        dispatch={controls.dispatch}
        testId={`compare-rename-input-${index}`}
        autoFocus
        onDone={() => setEditing(false)}
      />
    );
  return (
    <span className="col-head">
      <span className="col-name">
        <Unbroken text={name} />
      </span>
      <span className="col-tools">
        <button
          type="button"
          onClick={() => setEditing(true)}
          aria-label={t('compare.renameColumn', { name })}
          title={t('compare.renameColumn', { name })}
          data-testid={`compare-rename-${index}`}
        >
          ✎
        </button>
        <button
          type="button"
          onClick={() => {
            const label = t('cmd.deleteScenario');
            controls.dispatch(deleteScenario(index, label));
            notify({ text: t('scn.deleted', { name }), undoLabel: label });
          }}
          aria-label={t('compare.removeColumn', { name })}
          title={t('compare.removeColumn', { name })}
          data-testid={`compare-remove-${index}`}
        >
          ×
        </button>
      </span>
    </span>
  );
}

/** The comparison: a column per scenario (the base first), its verdict on top, then a row per output. */
function CompareTable({
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
function CompareReasons({ c }: { c: Comparison }) {
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
function LeftOutChips({ leftOut }: { leftOut: ScreenedChip[] }) {
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

/**
 * The plan's scenarios (the Scenarios panel, to edit them) and the comparison of the base with all of them,
 * side by side: verdicts per target, deltas coloured only when they matter. Ready-made scenarios are a click
 * away and land in the plan (one undo step each).
 */
export function CompareView({
  plan,
  controls,
  screen = null,
  setScreen = () => undefined,
  onExportCsv,
}: {
  /** The plan's current valid version, its scenarios included. */
  plan: Plan;
  controls: ScenarioControls;
  /** Set after "chips that fit": the chips left out and why. */
  screen?: ChipScreen | null;
  setScreen?(s: ChipScreen | null): void;
  onExportCsv: ExportCsv;
}) {
  const i = useI18n();
  const { t } = i;
  const device = plan.compute[0]?.id;
  const [notice, setNotice] = useState<ScenarioNotice | null>(null);
  const scenarios = useMemo(() => plan.scenarios ?? [], [plan]);
  // Generated scenarios named in the reader's language, even when set up in the other one.
  const named = useMemo(
    () => scenarios.map((s) => ({ ...s, name: localizedScenarioName(plan, s, i.lang) })),
    [plan, scenarios, i.lang],
  );
  const a = useAnalysis<'compare'>(named.length ? { kind: 'compare', plan, scenarios: named } : null);
  const c: Comparison | null = named.length ? a.result : null;
  // The table's columns are the document's scenarios as they stand (not a result still on its way, nor the
  // last valid version of a plan with a problem): only then do its heads rename and delete them.
  const editable =
    c !== null &&
    c.columns.length - 1 === named.length &&
    c.columns.slice(1).every((col, k) => col.name === named[k]!.name) &&
    sameValue(controls.doc.scenarios ?? [], scenarios);
  const leftOut = screen ? [...screen.cannot, ...screen.unknown] : [];
  return (
    <div className="whatif" data-testid="compare-view">
      <ScenariosPanel plan={plan} controls={controls} notify={setNotice} />
      <CompareToolbar
        plan={plan}
        device={device}
        controls={controls}
        notify={setNotice}
        setScreen={setScreen}
        comparison={c}
        onExportCsv={onExportCsv}
      />
      {scenarios.length === 0 && (
        <p className="muted" data-testid="compare-empty">
          {screen ? t('compare.noneFit') : t('compare.empty')}
        </p>
      )}
      <Progress progress={named.length ? a.progress : null} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {c && (
        <div className="compare-scroll">
          <CompareTable c={c} editable={editable} controls={controls} notify={setNotice} />
        </div>
      )}
      {c && (
        <p className="muted small">{t('compare.legend', { pct: i.num(MODEL_RESOLUTION_RELATIVE * 100) })}</p>
      )}
      {c && c.columns.some((col) => col.infeasibleReasons.length + col.unknownReasons.length > 0) && (
        <CompareReasons c={c} />
      )}
      {leftOut.length > 0 && <LeftOutChips leftOut={leftOut} />}
      {notice && (
        <div className="scenario-notice" role="status" data-testid="scenario-notice">
          <span>{notice.text}</span>
          {notice.undoLabel && notice.undoLabel === controls.undoLabel && (
            <button
              type="button"
              onClick={() => {
                controls.undo();
                setNotice(null);
              }}
              data-testid="scenario-notice-undo"
            >
              {t('scn.undo')}
            </button>
          )}
          <button
            type="button"
            className="icon"
            onClick={() => setNotice(null)}
            aria-label={t('action.dismiss')}
            title={t('action.dismiss')}
            data-testid="scenario-notice-dismiss"
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
