import { CELLS } from '../../../src/catalog';
import { useState } from 'react';
import { buildChange, packSummary, packToCells, type BuildChange } from '../../../src/plan/edits';
import { batterySchema, type PlanInput } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { applyCellPreset, setBatteryMode, setField, setPackMassPinned } from '../../state/commands';
import { CheckField, Section, SelectField } from '../Field';
import { PlanNumber, type Dispatch } from './fields';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The pack in the figures a reader checks (energy, voltage window, capacity, resistance, mass, Wh/kg, max
 * continuous current), shown in both modes so a switch between pack figures and cells keeps its meaning.
 */
function PackSummaryLine({ battery }: { battery: PlanInput['battery'] }) {
  const { t, num } = useI18n();
  const parsed = batterySchema.safeParse(battery);
  if (!parsed.success) return null;
  const s = packSummary(parsed.data);
  return (
    <p className="pack-summary" data-testid="pack-summary">
      {s.configuration && <strong>{s.configuration} · </strong>}
      {num(s.energyKWh)} kWh · {num(s.minVoltageV)}–{num(s.maxVoltageV)} V · {num(s.capacityAh)} Ah ·{' '}
      {num(s.resistanceMilliOhm)} mΩ · {num(s.massKg)} kg · {num(s.specificEnergyWhPerKg)} Wh/kg ·{' '}
      {t('battery.maxCurrent', { a: num(s.maxContinuousCurrentA) })}
    </p>
  );
}

/** What the switch to cells changed: the closest whole-cell build is rarely the pack exactly. */
function BuildChangeNote({ change }: { change: BuildChange }) {
  const { t, num } = useI18n();
  const pct = (x: number) => `${x > 0 ? '+' : '−'}${num(Math.abs(x), 2)} %`;
  return (
    <p className="prompt" role="note" data-testid="build-change">
      {t('battery.buildChange', {
        config: change.after.configuration ?? '',
        kwh: `${num(change.after.energyKWh)} kWh (${pct(change.energyPercent)})`,
        mohm: `${num(change.after.resistanceMilliOhm)} mΩ (${t('battery.was', { v: `${num(change.before.resistanceMilliOhm)} mΩ` })})`,
        kg: `${num(change.after.massKg)} kg (${t('battery.was', { v: `${num(change.before.massKg)} kg` })})`,
      })}
    </p>
  );
}

function PackFigures({
  pack,
  dispatch,
}: {
  pack: NonNullable<PlanInput['battery']['pack']>;
  dispatch: Dispatch;
}) {
  const { t } = useI18n();
  const pinned = pack.massKg !== undefined;
  return (
    <>
      <div className="row">
        <PlanNumber
          path="battery.pack.energyWh"
          value={pack.energyWh}
          dispatch={dispatch}
          testId="pack-energy"
        />
        <PlanNumber path="battery.pack.nominalVoltageV" value={pack.nominalVoltageV} dispatch={dispatch} />
      </div>
      <div className="row">
        <PlanNumber
          path="battery.pack.internalResistanceOhm"
          value={pack.internalResistanceOhm}
          dispatch={dispatch}
        />
        {pinned ? (
          <PlanNumber path="battery.pack.massKg" value={pack.massKg} dispatch={dispatch} testId="pack-mass" />
        ) : (
          <PlanNumber
            path="battery.pack.specificEnergyWhPerKg"
            value={pack.specificEnergyWhPerKg}
            dispatch={dispatch}
            testId="pack-specific-energy"
          />
        )}
      </div>
      <CheckField
        label={t('battery.pinMass')}
        help={t('help.pinMass')}
        checked={pinned}
        onChange={(on) => dispatch(setPackMassPinned(on))}
        testId="pin-mass"
      />
      <div className="row">
        <PlanNumber
          path="battery.pack.maxDischargeCRate"
          value={pack.maxDischargeCRate}
          dispatch={dispatch}
          optional
        />
        <PlanNumber
          path="battery.pack.maxChargeCRate"
          value={pack.maxChargeCRate}
          dispatch={dispatch}
          optional
        />
      </div>
    </>
  );
}

function CellFigures({
  cells,
  dispatch,
}: {
  cells: NonNullable<PlanInput['battery']['cells']>;
  dispatch: Dispatch;
}) {
  const { t } = useI18n();
  const c = cells.cell;
  return (
    <>
      <SelectField
        label={t('field.cellPreset')}
        path="battery.cells.preset"
        value={cells.preset ?? 'custom'}
        options={[
          { value: 'custom', label: t('field.customCell') },
          ...CELLS.map((x) => ({ value: x.id, label: `${x.name} (${x.chemistry})` })),
        ]}
        onChange={(v) =>
          v === 'custom'
            ? dispatch(setField('battery.cells.preset', undefined, 'Use a custom cell'))
            : dispatch(applyCellPreset(v))
        }
        testId="cell-preset"
      />
      <div className="row">
        <PlanNumber
          path="battery.cells.series"
          value={cells.series}
          dispatch={dispatch}
          testId="cells-series"
        />
        <PlanNumber
          path="battery.cells.parallel"
          value={cells.parallel}
          dispatch={dispatch}
          testId="cells-parallel"
        />
      </div>
      <div className="row">
        <PlanNumber path="battery.cells.cell.capacityAh" value={c.capacityAh} dispatch={dispatch} />
        <PlanNumber path="battery.cells.cell.nominalVoltageV" value={c.nominalVoltageV} dispatch={dispatch} />
      </div>
      <div className="row">
        <PlanNumber
          path="battery.cells.cell.internalResistanceOhm"
          value={c.internalResistanceOhm}
          dispatch={dispatch}
        />
        <PlanNumber path="battery.cells.cell.massKg" value={c.massKg} dispatch={dispatch} />
      </div>
      <div className="row">
        <PlanNumber
          path="battery.cells.cell.maxDischargeCRate"
          value={c.maxDischargeCRate}
          dispatch={dispatch}
        />
        <PlanNumber path="battery.cells.cell.maxChargeCRate" value={c.maxChargeCRate} dispatch={dispatch} />
      </div>
      <PlanNumber
        path="battery.cells.packMassOverheadPercent"
        value={cells.packMassOverheadPercent ?? 25}
        dispatch={dispatch}
      />
    </>
  );
}

/** Battery: chemistry, pack figures or cells × S × P with the derived summary, reserve, health, temperature. */
export function BatterySection({ doc, dispatch }: { doc: PlanInput; dispatch: Dispatch }) {
  const { t } = useI18n();
  const battery = doc.battery;
  const mode = battery.cells ? 'cells' : 'pack';
  // The pack figures a build was made from, and the build: switching back from an unchanged build restores
  // them, and while the build is unchanged the switch says what it changed.
  const [switched, setSwitched] = useState<{
    pack: NonNullable<PlanInput['battery']['pack']>;
    cells: NonNullable<PlanInput['battery']['cells']>;
    change: BuildChange | null;
  } | null>(null);
  const buildUnchanged =
    switched !== null && battery.cells !== undefined && sameJson(battery.cells, switched.cells);
  const onMode = (m: string) => {
    if (m === 'cells' && battery.pack) {
      const next = packToCells(battery);
      const before = batterySchema.safeParse(battery);
      const after = batterySchema.safeParse(next);
      setSwitched({
        pack: battery.pack,
        cells: next.cells!,
        change: before.success && after.success ? buildChange(before.data, after.data) : null,
      });
      dispatch(setBatteryMode('cells'));
    } else if (m === 'pack') {
      dispatch(setBatteryMode('pack', buildUnchanged ? switched!.pack : undefined));
      setSwitched(null);
    }
  };
  return (
    <Section title={t('section.battery')} testId="section-battery">
      <div className="row">
        <SelectField
          label={t('field.chemistry')}
          path="battery.chemistry"
          value={battery.chemistry ?? 'NMC'}
          options={['NMC', 'NCA', 'LFP'].map((c) => ({ value: c, label: c }))}
          onChange={(v) => dispatch(setField('battery.chemistry', v, 'Set chemistry'))}
        />
        <SelectField
          label={t('field.batteryMode')}
          help={t('help.batteryMode')}
          value={mode}
          options={[
            { value: 'pack', label: t('field.modePack') },
            { value: 'cells', label: t('field.modeCells') },
          ]}
          onChange={onMode}
          testId="battery-mode"
        />
      </div>
      {buildUnchanged && switched.change?.changed && <BuildChangeNote change={switched.change} />}
      {battery.pack && <PackFigures pack={battery.pack} dispatch={dispatch} />}
      {battery.cells && <CellFigures cells={battery.cells} dispatch={dispatch} />}
      <PackSummaryLine battery={battery} />
      <div className="row">
        <PlanNumber
          path="battery.reservePercent"
          value={battery.reservePercent ?? 10}
          dispatch={dispatch}
          testId="reserve"
        />
        <PlanNumber path="battery.maxSocPercent" value={battery.maxSocPercent ?? 100} dispatch={dispatch} />
      </div>
      <div className="row">
        <PlanNumber
          path="battery.stateOfHealthPercent"
          value={battery.stateOfHealthPercent ?? 100}
          dispatch={dispatch}
        />
        <PlanNumber path="battery.temperatureC" value={battery.temperatureC ?? 25} dispatch={dispatch} />
      </div>
    </Section>
  );
}
