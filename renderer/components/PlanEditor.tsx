import { ACCELERATORS, CELLS, LLMS, VISION_MODELS, WORLD_MODELS } from '../../src/catalog';
import { useI18n } from '../i18n';
import {
  addListItem,
  removeListItem,
  applyCellPreset,
  setBatteryMode,
  setField,
  swapChip,
} from '../state/commands';
import type { Command } from '../state/store';
import { CheckField, NumberField, Section, SelectField, TextField } from './Field';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  doc: Json;
  dispatch(cmd: Command): void;
}

const ROBOT_CHIPS = ACCELERATORS.filter((a) => a.status !== 'reference');

/** The plan editor: robot, battery, AI compute and workloads, accessories, charger, targets. */
export function PlanEditor({ doc, dispatch }: Props) {
  const { t } = useI18n();
  const set = (path: string, label: string) => (v: unknown) => dispatch(setField(path, v, label));
  const robot: Json = doc.robot ?? {};
  const battery: Json = doc.battery ?? {};
  const mode = battery.cells ? 'cells' : 'pack';
  const compute: Json[] = doc.compute ?? [];
  const workloads: Json[] = doc.workloads ?? [];
  const accessories: Json[] = doc.accessories ?? [];
  const charger: Json | undefined = doc.charger;
  const targets: Json = doc.targets ?? {};
  const duty: Json = doc.dutyCycle ?? {};
  return (
    <div className="editor" aria-label="Plan editor">
      <TextField
        label={t('field.planName')}
        value={doc.name ?? ''}
        onCommit={set('name', 'Rename plan')}
        path="name"
      />

      <Section title={t('section.robot')} testId="section-robot">
        <TextField
          label={t('field.robotName')}
          value={robot.name ?? ''}
          onCommit={set('robot.name', 'Rename robot')}
          path="robot.name"
        />
        <NumberField
          label={t('field.massWithoutBattery')}
          unit="kg"
          value={robot.massWithoutBatteryKg}
          path="robot.massWithoutBatteryKg"
          onCommit={set('robot.massWithoutBatteryKg', 'Set robot mass')}
        />
        <fieldset className="list">
          <legend>{t('field.activities')}</legend>
          {(robot.activities ?? []).map((a: Json, i: number) => (
            <div className="row" key={i}>
              <TextField
                label={t('field.activityLabel')}
                value={a.label ?? ''}
                onCommit={set(`robot.activities[${i}].label`, 'Rename activity')}
                path={`robot.activities[${i}].label`}
              />
              <NumberField
                label={t('field.activityPower')}
                unit="W"
                value={a.powerW}
                path={`robot.activities[${i}].powerW`}
                onCommit={set(`robot.activities[${i}].powerW`, `Set ${a.label} power`)}
                testId={`activity-power-${a.id}`}
              />
              <button
                type="button"
                className="icon"
                aria-label={`${t('action.remove')} ${a.label}`}
                onClick={() => dispatch(removeListItem('robot.activities', i, 'Remove activity'))}
                disabled={(robot.activities ?? []).length <= 1}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              dispatch(
                addListItem(
                  'robot.activities',
                  'activity',
                  { label: 'New activity', powerW: 100 },
                  'Add activity',
                ),
              )
            }
          >
            + {t('action.addActivity')}
          </button>
        </fieldset>
        <CheckField
          label={t('field.massScaling')}
          checked={robot.massScaling !== undefined}
          onChange={(on) =>
            dispatch(
              setField(
                'robot.massScaling',
                on ? { referenceMassKg: (robot.massWithoutBatteryKg ?? 50) + 10, exponent: 1 } : undefined,
                on ? 'Scale power with mass' : 'Stop scaling power with mass',
              ),
            )
          }
        />
        {robot.massScaling && (
          <div className="row">
            <NumberField
              label={t('field.referenceMass')}
              unit="kg"
              value={robot.massScaling.referenceMassKg}
              path="robot.massScaling.referenceMassKg"
              onCommit={set('robot.massScaling.referenceMassKg', 'Set reference mass')}
            />
            <NumberField
              label={t('field.exponent')}
              unit=""
              value={robot.massScaling.exponent}
              path="robot.massScaling.exponent"
              onCommit={set('robot.massScaling.exponent', 'Set mass exponent')}
            />
          </div>
        )}
      </Section>

      <Section title={t('section.battery')} testId="section-battery">
        <div className="row">
          <SelectField
            label={t('field.chemistry')}
            value={battery.chemistry ?? 'NMC'}
            options={['NMC', 'NCA', 'LFP'].map((c) => ({ value: c, label: c }))}
            onChange={set('battery.chemistry', 'Set chemistry')}
          />
          <SelectField
            label={t('field.batteryMode')}
            value={mode}
            options={[
              { value: 'pack', label: t('field.modePack') },
              { value: 'cells', label: t('field.modeCells') },
            ]}
            onChange={(m) => dispatch(setBatteryMode(m))}
            testId="battery-mode"
          />
        </div>
        {mode === 'pack' ? (
          <>
            <div className="row">
              <NumberField
                label={t('field.energy')}
                unit="Wh"
                value={battery.pack?.energyWh}
                path="battery.pack.energyWh"
                onCommit={set('battery.pack.energyWh', 'Set pack energy')}
                testId="pack-energy"
              />
              <NumberField
                label={t('field.nominalVoltage')}
                unit="V"
                value={battery.pack?.nominalVoltageV}
                path="battery.pack.nominalVoltageV"
                onCommit={set('battery.pack.nominalVoltageV', 'Set pack voltage')}
              />
            </div>
            <div className="row">
              <NumberField
                label={t('field.resistance')}
                unit="Ω"
                value={battery.pack?.internalResistanceOhm}
                path="battery.pack.internalResistanceOhm"
                onCommit={set('battery.pack.internalResistanceOhm', 'Set pack resistance')}
              />
              <NumberField
                label={t('field.packMass')}
                unit="kg"
                value={battery.pack?.massKg}
                path="battery.pack.massKg"
                onCommit={set('battery.pack.massKg', 'Set pack mass')}
              />
            </div>
            <div className="row">
              <NumberField
                label={t('field.maxDischargeC')}
                unit="C"
                optional
                value={battery.pack?.maxDischargeCRate}
                path="battery.pack.maxDischargeCRate"
                onCommit={set('battery.pack.maxDischargeCRate', 'Set discharge limit')}
              />
              <NumberField
                label={t('field.maxChargeC')}
                unit="C"
                optional
                value={battery.pack?.maxChargeCRate}
                path="battery.pack.maxChargeCRate"
                onCommit={set('battery.pack.maxChargeCRate', 'Set charge limit')}
              />
            </div>
          </>
        ) : (
          <>
            <SelectField
              label="Cell"
              value={battery.cells?.preset ?? 'custom'}
              options={[
                { value: 'custom', label: t('field.customChip') },
                ...CELLS.map((c) => ({ value: c.id, label: `${c.name} (${c.chemistry})` })),
              ]}
              onChange={(v) =>
                v === 'custom'
                  ? dispatch(setField('battery.cells.preset', undefined, 'Use a custom cell'))
                  : dispatch(applyCellPreset(v))
              }
            />
            <div className="row">
              <NumberField
                label={t('field.series')}
                unit="S"
                value={battery.cells?.series}
                path="battery.cells.series"
                onCommit={set('battery.cells.series', 'Set series count')}
              />
              <NumberField
                label={t('field.parallel')}
                unit="P"
                value={battery.cells?.parallel}
                path="battery.cells.parallel"
                onCommit={set('battery.cells.parallel', 'Set parallel count')}
                testId="cells-parallel"
              />
            </div>
            <div className="row">
              <NumberField
                label={t('field.cellCapacity')}
                unit="Ah"
                value={battery.cells?.cell?.capacityAh}
                path="battery.cells.cell.capacityAh"
                onCommit={set('battery.cells.cell.capacityAh', 'Set cell capacity')}
              />
              <NumberField
                label={t('field.cellVoltage')}
                unit="V"
                value={battery.cells?.cell?.nominalVoltageV}
                path="battery.cells.cell.nominalVoltageV"
                onCommit={set('battery.cells.cell.nominalVoltageV', 'Set cell voltage')}
              />
            </div>
            <div className="row">
              <NumberField
                label={t('field.cellResistance')}
                unit="Ω"
                value={battery.cells?.cell?.internalResistanceOhm}
                path="battery.cells.cell.internalResistanceOhm"
                onCommit={set('battery.cells.cell.internalResistanceOhm', 'Set cell resistance')}
              />
              <NumberField
                label={t('field.cellMass')}
                unit="kg"
                value={battery.cells?.cell?.massKg}
                path="battery.cells.cell.massKg"
                onCommit={set('battery.cells.cell.massKg', 'Set cell mass')}
              />
            </div>
            <div className="row">
              <NumberField
                label={t('field.maxDischargeC')}
                unit="C"
                value={battery.cells?.cell?.maxDischargeCRate}
                path="battery.cells.cell.maxDischargeCRate"
                onCommit={set('battery.cells.cell.maxDischargeCRate', 'Set discharge limit')}
              />
              <NumberField
                label={t('field.maxChargeC')}
                unit="C"
                value={battery.cells?.cell?.maxChargeCRate}
                path="battery.cells.cell.maxChargeCRate"
                onCommit={set('battery.cells.cell.maxChargeCRate', 'Set charge limit')}
              />
            </div>
          </>
        )}
        <div className="row">
          <NumberField
            label={t('field.reserve')}
            unit="%"
            value={battery.reservePercent ?? 10}
            path="battery.reservePercent"
            onCommit={set('battery.reservePercent', 'Set reserve')}
            testId="reserve"
          />
          <NumberField
            label={t('field.soh')}
            unit="%"
            value={battery.stateOfHealthPercent ?? 100}
            path="battery.stateOfHealthPercent"
            onCommit={set('battery.stateOfHealthPercent', 'Set state of health')}
          />
          <NumberField
            label={t('field.temperature')}
            unit="°C"
            value={battery.temperatureC ?? 25}
            path="battery.temperatureC"
            onCommit={set('battery.temperatureC', 'Set temperature')}
          />
        </div>
      </Section>

      <Section title={t('section.compute')} testId="section-compute">
        {compute.map((d, i) => (
          <fieldset className="list" key={i}>
            <legend>{d.name ?? d.id}</legend>
            <SelectField
              label={t('field.chip')}
              value={d.preset ?? ''}
              options={[
                { value: '', label: t('field.customChip') },
                ...ROBOT_CHIPS.map((a) => ({
                  value: a.id,
                  label: `${a.name}${a.status === 'target' ? ' (target)' : ''}`,
                })),
              ]}
              onChange={(v) =>
                v
                  ? dispatch(swapChip(i, v))
                  : dispatch(setField(`compute[${i}].preset`, undefined, 'Use custom chip'))
              }
              testId={`chip-${d.id}`}
            />
            <div className="row">
              <NumberField
                label={t('field.idlePower')}
                unit="W"
                optional={!!d.preset}
                value={d.idlePowerW}
                path={`compute[${i}].idlePowerW`}
                placeholder={d.preset ? 'preset' : ''}
                onCommit={set(`compute[${i}].idlePowerW`, 'Set idle power')}
              />
              <NumberField
                label={t('field.maxPower')}
                unit="W"
                optional={!!d.preset}
                value={d.maxPowerW}
                path={`compute[${i}].maxPowerW`}
                placeholder={d.preset ? 'preset' : ''}
                onCommit={set(`compute[${i}].maxPowerW`, 'Set max power')}
                testId={`max-power-${d.id}`}
              />
            </div>
            <NumberField
              label={t('field.defaultUtilisation')}
              unit="%"
              value={d.defaultUtilisationPercent ?? 0}
              path={`compute[${i}].defaultUtilisationPercent`}
              onCommit={set(`compute[${i}].defaultUtilisationPercent`, 'Set default utilisation')}
            />
            <button type="button" onClick={() => dispatch(removeListItem('compute', i, 'Remove device'))}>
              {t('action.remove')}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => dispatch(addListItem('compute', 'npu', { preset: 'deepx-dx-m1' }, 'Add device'))}
        >
          + {t('action.addDevice')}
        </button>
      </Section>

      <Section title={t('section.workloads')} testId="section-workloads" open={workloads.length > 0}>
        {workloads.map((w, i) => (
          <fieldset className="list" key={i}>
            <legend>{w.label ?? w.id}</legend>
            <div className="row">
              <SelectField
                label={t('field.workloadKind')}
                value={w.kind}
                options={(['llm', 'vision', 'worldModel'] as const).map((k) => ({
                  value: k,
                  label: t(`kind.${k}`),
                }))}
                onChange={(k) =>
                  dispatch(setField(`workloads[${i}]`, defaultWorkload(k, w.id), 'Change workload kind'))
                }
              />
              <SelectField
                label={t('field.model')}
                value={w.model ?? ''}
                options={[
                  { value: '', label: '—' },
                  ...(w.kind === 'llm' ? LLMS : w.kind === 'vision' ? VISION_MODELS : WORLD_MODELS).map(
                    (m) => ({ value: m.id, label: m.name }),
                  ),
                ]}
                onChange={(v) => dispatch(setField(`workloads[${i}].model`, v || undefined, 'Set model'))}
              />
            </div>
            {w.kind === 'llm' && (
              <div className="row">
                <NumberField
                  label={t('field.decodeRate')}
                  unit="tok/s"
                  value={w.decodeTokensPerS}
                  path={`workloads[${i}].decodeTokensPerS`}
                  onCommit={set(`workloads[${i}].decodeTokensPerS`, 'Set decode rate')}
                />
                <NumberField
                  label={t('field.bits')}
                  unit="bit"
                  value={w.bitsPerWeight ?? 4}
                  path={`workloads[${i}].bitsPerWeight`}
                  onCommit={set(`workloads[${i}].bitsPerWeight`, 'Set weight bits')}
                />
                <NumberField
                  label={t('field.context')}
                  unit="tok"
                  value={w.contextTokens ?? 2048}
                  path={`workloads[${i}].contextTokens`}
                  onCommit={set(`workloads[${i}].contextTokens`, 'Set context')}
                />
              </div>
            )}
            {w.kind === 'vision' && (
              <NumberField
                label={t('field.frames')}
                unit="fps"
                value={w.framesPerS}
                path={`workloads[${i}].framesPerS`}
                onCommit={set(`workloads[${i}].framesPerS`, 'Set frame rate')}
              />
            )}
            {w.kind === 'worldModel' && (
              <NumberField
                label={t('field.clips')}
                unit="clips/s"
                value={w.clipsPerS}
                path={`workloads[${i}].clipsPerS`}
                onCommit={set(`workloads[${i}].clipsPerS`, 'Set clip rate')}
              />
            )}
            <button type="button" onClick={() => dispatch(removeListItem('workloads', i, 'Remove workload'))}>
              {t('action.remove')}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() =>
            dispatch(addListItem('workloads', 'workload', defaultWorkload('llm', ''), 'Add workload'))
          }
        >
          + {t('action.addWorkload')}
        </button>
      </Section>

      <Section title={t('section.accessories')} open={false}>
        {accessories.map((a, i) => (
          <div className="row" key={i}>
            <TextField
              label={t('field.activityLabel')}
              value={a.label ?? ''}
              onCommit={set(`accessories[${i}].label`, 'Rename accessory')}
            />
            <NumberField
              label={t('field.accessoryPower')}
              unit="W"
              value={a.powerW}
              path={`accessories[${i}].powerW`}
              onCommit={set(`accessories[${i}].powerW`, 'Set accessory power')}
            />
            <CheckField
              label={t('field.alwaysOn')}
              checked={(a.mode ?? 'always') === 'always'}
              onChange={(on) =>
                dispatch(
                  setField(`accessories[${i}].mode`, on ? 'always' : 'perSegment', 'Set accessory mode'),
                )
              }
            />
            <button
              type="button"
              className="icon"
              aria-label={`${t('action.remove')} ${a.label}`}
              onClick={() => dispatch(removeListItem('accessories', i, 'Remove accessory'))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            dispatch(
              addListItem(
                'accessories',
                'acc',
                { label: 'Sensor', powerW: 5, mode: 'always' },
                'Add accessory',
              ),
            )
          }
        >
          + {t('action.addAccessory')}
        </button>
        <NumberField
          label={t('field.dcdc')}
          unit="%"
          value={doc.powerConversion?.dcdcEfficiencyPercent ?? 92}
          path="powerConversion.dcdcEfficiencyPercent"
          onCommit={set('powerConversion.dcdcEfficiencyPercent', 'Set DC-DC efficiency')}
        />
      </Section>

      <Section title={t('section.charger')} open={false}>
        <CheckField
          label={t('section.charger')}
          checked={!!charger}
          onChange={(on) =>
            dispatch(
              setField(
                'charger',
                on ? { powerW: 1000, efficiencyPercent: 92 } : undefined,
                on ? 'Add charger' : 'Remove charger',
              ),
            )
          }
        />
        {charger && (
          <div className="row">
            <NumberField
              label={t('field.chargerPower')}
              unit="W"
              value={charger.powerW}
              path="charger.powerW"
              onCommit={set('charger.powerW', 'Set charger power')}
              testId="charger-power"
            />
            <NumberField
              label={t('field.chargerEfficiency')}
              unit="%"
              value={charger.efficiencyPercent ?? 92}
              path="charger.efficiencyPercent"
              onCommit={set('charger.efficiencyPercent', 'Set charger efficiency')}
            />
          </div>
        )}
      </Section>

      <Section title={t('section.targets')} testId="section-targets">
        <div className="row">
          <NumberField
            label={t('field.targetRuntime')}
            unit="h"
            optional
            value={targets.runtimeHours}
            path="targets.runtimeHours"
            onCommit={set('targets.runtimeHours', 'Set runtime target')}
            testId="target-runtime"
          />
          <NumberField
            label={t('field.targetCharge')}
            unit="min"
            optional
            value={targets.chargeTimeMin}
            path="targets.chargeTimeMin"
            onCommit={set('targets.chargeTimeMin', 'Set charge-time target')}
          />
          <NumberField
            label={t('field.targetLife')}
            unit="years"
            optional
            value={targets.lifetimeYears}
            path="targets.lifetimeYears"
            onCommit={set('targets.lifetimeYears', 'Set lifetime target')}
          />
        </div>
        <div className="row">
          <NumberField
            label={t('field.hoursPerDay')}
            unit="h"
            value={duty.operatingHoursPerDay ?? 8}
            path="dutyCycle.operatingHoursPerDay"
            onCommit={set('dutyCycle.operatingHoursPerDay', 'Set hours per day')}
          />
          <NumberField
            label={t('field.daysPerYear')}
            unit="days"
            value={duty.daysPerYear ?? 250}
            path="dutyCycle.daysPerYear"
            onCommit={set('dutyCycle.daysPerYear', 'Set days per year')}
          />
        </div>
      </Section>
    </div>
  );
}

function defaultWorkload(kind: 'llm' | 'vision' | 'worldModel', id: string): Json {
  const base = id ? { id } : {};
  if (kind === 'llm') return { ...base, kind, model: 'llama-3.2-1b', decodeTokensPerS: 5 };
  if (kind === 'vision') return { ...base, kind, model: 'yolov8n', framesPerS: 10 };
  return { ...base, kind, model: 'vjepa2-vitl', clipsPerS: 0.2 };
}
