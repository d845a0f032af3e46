import { chipDisplayName, runtimeDisplayName } from '../../../src/catalog/chip-names';
import { missingPowerFigures } from '../../../src/plan/presets';
import type { Plan } from '../../../src/plan/schema';
import { reportSources } from '../../../src/report/sources';
import type { SimulationResult } from '../../../src/sim/simulate';
import { useI18n, type I18n } from '../../i18n';
import { en as i18nKeys, type MessageKey } from '../../i18n/en';
import { AiSummary } from '../Results';

export function Table({ rows }: { rows: [string, string][] }) {
  const { t } = useI18n();
  return (
    <table className="kv">
      <thead>
        <tr>
          <th scope="col">{t('report.item')}</th>
          <th scope="col">{t('report.valueHead')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A confidence id in words ("datasheet", "제조사 발표"); `plan` and `default` have their own. */
function confidenceLabel(i: I18n, id: string): string {
  const key = `confidence.${id}`;
  return key in i18nKeys ? i.t(key as MessageKey) : id;
}

/** The robot and the battery, as entered and as resolved (the pack's configuration, energy, voltage, mass). */
export function RobotBatterySection({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  const b = plan.battery;
  const pack = result.pack;
  return (
    <section className="keep page-break">
      <h2>
        {t('report.inputs')}: {t('section.robot')} · {t('section.battery')}
      </h2>
      <Table
        rows={[
          [t('field.robotName'), plan.robot.name],
          [t('field.massWithoutBattery'), `${i.num(plan.robot.massWithoutBatteryKg)} kg`],
          ...plan.robot.activities.map((a): [string, string] => [a.label, `${i.num(a.powerW)} W`]),
          [t('field.chemistry'), b.chemistry],
          [
            t('report.pack'),
            `${pack.configuration.kind === 'cells' ? `${pack.configuration.series}S${pack.configuration.parallel}P · ` : ''}${i.num(pack.ratedEnergyWh)} Wh · ${i.num(pack.nominalVoltageV)} V · ${i.num(pack.massKg)} kg`,
          ],
          [t('field.resistance'), `${i.num(pack.resistanceOhm * 1000)} mΩ`],
          [t('field.reserve'), `${i.num(b.reservePercent)} %`],
          [t('report.chargeLimit'), `${i.num(b.maxSocPercent)} %`],
          [t('report.cRates'), `${i.num(pack.maxDischargeCRate)}C / ${i.num(pack.maxChargeCRate)}C`],
          [t('field.soh'), `${i.num(b.stateOfHealthPercent)} %`],
          [t('field.temperature'), `${i.num(b.temperatureC)} °C`],
        ]}
      />
    </section>
  );
}

/** The shift (how the cycle repeats, the operating day) and the targets the plan sets. */
export function ShiftTargetsSection({ plan }: { plan: Plan }) {
  const i = useI18n();
  const { t } = i;
  const row = (k: string, v: string): [string, string][] => [[k, v]];
  return (
    <section className="keep">
      <h2>
        {t('report.shift')} · {t('report.targets')}
      </h2>
      <Table
        rows={[
          [
            t('field.repeat'),
            plan.dutyCycle.repeat.mode === 'hours'
              ? `${t('field.repeatHours')}: ${i.hours(plan.dutyCycle.repeat.hours)}`
              : plan.dutyCycle.repeat.mode === 'count'
                ? `${t('field.repeatCount')}: ${plan.dutyCycle.repeat.count}`
                : t('field.repeatUntilReserve'),
          ],
          [
            t('field.hoursPerDay'),
            t('report.dayPattern', {
              hours: i.num(plan.dutyCycle.operatingHoursPerDay),
              days: i.num(plan.dutyCycle.daysPerYear),
            }),
          ],
          ...(plan.targets.runtimeHours !== undefined
            ? row(t('field.targetRuntime'), `≥ ${i.hours(plan.targets.runtimeHours)}`)
            : []),
          ...(plan.targets.chargeTimeMin !== undefined
            ? row(t('field.targetCharge'), `≤ ${i.hours(plan.targets.chargeTimeMin / 60)}`)
            : []),
          ...(plan.targets.lifetimeYears !== undefined
            ? row(t('field.targetLife'), `≥ ${i.years(plan.targets.lifetimeYears)}`)
            : []),
          ...(plan.targets.maxPackMassPercent !== undefined
            ? row(t('field.maxPackMass'), `≤ ${i.num(plan.targets.maxPackMassPercent)} %`)
            : []),
        ]}
      />
    </section>
  );
}

/** A device's own name, else its catalog chip's in a language (undefined for a custom chip with no name). */
function deviceName(plan: Plan, id: string, lang: I18n['lang']): string | undefined {
  const d = plan.compute.find((x) => x.id === id);
  return d?.name ?? (d?.preset ? chipDisplayName(d.preset, lang) : undefined);
}

/** The compute devices (power, compute, memory, mode, runtime), the AI summary, accessories and charger. */
export function ComputeTablesSection({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  return (
    <section className="keep">
      <h2>{t('section.compute')}</h2>
      <Table
        rows={result.devices.map((d): [string, string] => [
          // The device by its own name, else its chip's in the report's language.
          deviceName(plan, d.id, i.lang) ?? d.name,
          // A chip with no power figure anywhere: "? W", never 0 W.
          `${missingPowerFigures(d).length > 0 ? '? W' : `${i.num(d.idlePowerW.value ?? 0)}–${i.num(d.maxPowerW.value ?? 0)} W`}` +
            `${d.peakTops.value ? ` · ${i.num(d.peakTops.value)} TOPS` : ''}` +
            `${d.memoryBandwidthGBps.value ? ` · ${i.num(d.memoryBandwidthGBps.value)} GB/s` : ''}` +
            `${d.memoryCapacityGB.value ? ` · ${i.num(d.memoryCapacityGB.value)} GB` : ''}` +
            `${d.powerMode ? ` · ${i.t('field.powerMode')} ${d.powerMode.name}` : ''}` +
            `${d.runtime ? ` · ${runtimeDisplayName(d.runtime, i.lang)}` : ''}`,
        ])}
      />
      <AiSummary result={result} />
      <Table
        rows={[
          ...plan.accessories.map((a): [string, string] => [
            a.label,
            `${i.num(a.powerW)} W (${a.mode === 'always' ? t('report.alwaysOn') : t('report.perSegment')})`,
          ]),
          [t('field.dcdc'), `${i.num(plan.powerConversion.dcdcEfficiencyPercent)} %`],
          [
            t('section.charger'),
            plan.charger
              ? `${i.num(plan.charger.powerW)} W · ${i.num(plan.charger.efficiencyPercent)} %`
              : '—',
          ],
        ]}
      />
    </section>
  );
}

/** Where every figure comes from, with its confidence. */
export function SourcesSection({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  return (
    <section>
      <h2>{t('report.sources')}</h2>
      <table className="sources">
        <thead>
          <tr>
            <th>{t('report.what')}</th>
            <th>{t('report.value')}</th>
            <th>{t('report.source')}</th>
            <th>{t('report.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {reportSources(plan, result).map((l, k) => (
            <tr key={k}>
              <td>{i.phrase(l.what)}</td>
              <td>{i.phrase(l.value)}</td>
              <td className="source">{i.phrase(l.source)}</td>
              <td>{confidenceLabel(i, l.confidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
