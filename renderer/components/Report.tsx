import { useEffect, useState } from 'react';
import {
  compare,
  describeInput,
  MODEL_RESOLUTION_RELATIVE,
  seedChipScenarios,
  sensitivity,
  type BarSideNa,
  type Comparison,
  type Sensitivity,
} from '../../src/analysis';
import { parsePlanText } from '../../src/plan/load';
import { missingPowerFigures } from '../../src/plan/presets';
import { findRuntime } from '../../src/catalog';
import { REPORT_ASSUMPTIONS, reportSources } from '../../src/report/sources';
import type { Plan } from '../../src/plan/schema';
import { simulate, type SimulationResult } from '../../src/sim/simulate';
import { VERSION } from '../../src/version';
import exampleJson from '../../examples/optimus-class-dx-m1.powerplan.json';
import { I18nContext, makeI18n, useI18n, type I18n, type Lang } from '../i18n';
import { en as i18nKeys, type MessageKey } from '../i18n/en';
import type { Platform } from '../platform/types';
import { AgeingChart, EnergyChart, PowerChart, SocChart } from './Charts';
import { ReportTimeline } from './ReportTimeline';
import { describeSegment } from './DutyCycle';
import { AiSummary, NotAnAnswer, Remarks, ResultCards, ShiftLine, VerdictBanner } from './Results';
import { CompareCellView, compareColumnVerdict } from './WhatIf';

export interface ReportOptions {
  paper: 'a4' | 'letter';
  lang: Lang;
  comparison?: Comparison | null;
  sensitivity?: Sensitivity | null;
}

/** Page content width in CSS px for the paper (A4 210 mm, Letter 8.5 in, minus 2 × 15 mm margins). */
export function contentWidthPx(paper: 'a4' | 'letter'): number {
  const mm = paper === 'a4' ? 210 - 30 : 215.9 - 30;
  return Math.floor((mm / 25.4) * 96);
}

function Table({ rows }: { rows: [string, string][] }) {
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

/**
 * The printable report: every page's content in order, charts without animation, sections that never split
 * a chart across pages (CSS break-inside: avoid). Printed by Electron's printToPDF, by headless Chromium for
 * `powerplan report`, and by the browser's print in web mode.
 */
/** A confidence id in words ("datasheet", "제조사 발표"); `plan` and `default` have their own. */
function confidenceLabel(i: I18n, id: string): string {
  const key = `confidence.${id}`;
  return key in i18nKeys ? i.t(key as MessageKey) : id;
}

export function Report({
  plan,
  result,
  options,
}: {
  plan: Plan;
  result: SimulationResult;
  options: ReportOptions;
}) {
  const i = useI18n();
  const { t } = i;
  const width = contentWidthPx(options.paper);
  const date = new Intl.DateTimeFormat(options.lang === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  const b = plan.battery;
  const pack = result.pack;
  return (
    <article className={`report paper-${options.paper}`} data-testid="report">
      <header className="report-head">
        <div className="report-brand">PowerPlan {VERSION}</div>
        <h1>
          <bdi>{plan.name}</bdi>
        </h1>
        <div className="muted">
          <bdi>{plan.robot.name}</bdi> · {date}
        </div>
      </header>
      <section className="keep">
        <h2>{t('report.results')}</h2>
        <VerdictBanner result={result} />
        <ResultCards plan={plan} result={result} />
      </section>
      <section className="keep">
        <h2>{t('section.dutyCycle')}</h2>
        <ReportTimeline plan={plan} result={result} width={width} />
        <ol className="steps">
          {plan.dutyCycle.segments.map((s, k) => (
            <li key={k}>{describeSegment(plan, s, i)}</li>
          ))}
        </ol>
      </section>
      <section className="keep">
        <h2>{t('chart.socShift')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <SocChart
            result={result}
            animate={false}
            width={width}
            height={380}
            reservePercent={b.reservePercent}
          />
        </NotAnAnswer>
        {result.feasible && <ShiftLine result={result} />}
      </section>
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
              ? [[t('field.targetRuntime'), `≥ ${i.hours(plan.targets.runtimeHours)}`] as [string, string]]
              : []),
            ...(plan.targets.chargeTimeMin !== undefined
              ? [
                  [t('field.targetCharge'), `≤ ${i.hours(plan.targets.chargeTimeMin / 60)}`] as [
                    string,
                    string,
                  ],
                ]
              : []),
            ...(plan.targets.lifetimeYears !== undefined
              ? [[t('field.targetLife'), `≥ ${i.years(plan.targets.lifetimeYears)}`] as [string, string]]
              : []),
            ...(plan.targets.maxPackMassPercent !== undefined
              ? [
                  [t('field.maxPackMass'), `≤ ${i.num(plan.targets.maxPackMassPercent)} %`] as [
                    string,
                    string,
                  ],
                ]
              : []),
          ]}
        />
      </section>
      <section className="keep">
        <h2>{t('section.compute')}</h2>
        <Table
          rows={result.devices.map((d): [string, string] => [
            d.name,
            // A chip with no power figure anywhere: "? W", never 0 W.
            `${missingPowerFigures(d).length > 0 ? '? W' : `${i.num(d.idlePowerW.value ?? 0)}–${i.num(d.maxPowerW.value ?? 0)} W`}` +
              `${d.peakTops.value ? ` · ${i.num(d.peakTops.value)} TOPS` : ''}` +
              `${d.memoryBandwidthGBps.value ? ` · ${i.num(d.memoryBandwidthGBps.value)} GB/s` : ''}` +
              `${d.memoryCapacityGB.value ? ` · ${i.num(d.memoryCapacityGB.value)} GB` : ''}` +
              `${d.powerMode ? ` · ${i.t('field.powerMode')} ${d.powerMode.name}` : ''}` +
              `${d.runtime ? ` · ${findRuntime(d.runtime)?.name ?? d.runtime}` : ''}`,
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
      <section className="keep page-break">
        <h2>
          {t('report.breakdown')}: {t('chart.power')}
        </h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <PowerChart result={result} animate={false} width={width} height={220} />
        </NotAnAnswer>
      </section>
      <section className="keep">
        <h2>{t('chart.energy')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <EnergyChart result={result} animate={false} width={width} height={190} />
        </NotAnAnswer>
      </section>
      <section className="keep">
        <h2>{t('chart.ageing')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <AgeingChart result={result} animate={false} width={width} height={200} />
        </NotAnAnswer>
      </section>
      {options.comparison && <ComparisonSection c={options.comparison} />}
      {options.sensitivity && <SensitivitySection s={options.sensitivity} plan={plan} />}
      <section className="keep">
        <h2>{t('section.remarks')}</h2>
        <Remarks result={result} />
      </section>
      <section className="keep">
        <h2>{t('report.assumptions')}</h2>
        <ul className="assumptions">
          {REPORT_ASSUMPTIONS.map((a) => (
            <li key={a.id}>{i.phrase(a)}</li>
          ))}
        </ul>
        {plan.notes && (
          <>
            <h3>{t('report.notes')}</h3>
            <p className="notes">
              <bdi>{plan.notes}</bdi>
            </p>
          </>
        )}
      </section>
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
    </article>
  );
}

function ComparisonSection({ c }: { c: Comparison }) {
  const i = useI18n();
  const i18nPhrase = i.phrase;
  return (
    <section className="keep page-break">
      <h2>{i.t('report.comparison')}</h2>
      <table className="compare print">
        <thead>
          <tr>
            <th />
            {c.columns.map((col, k) => (
              <th key={k}>{k === 0 ? i.t('compare.base') : col.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="verdict-row">
            <th scope="row">{i.t('compare.verdict')}</th>
            {c.columns.map((col, k) => (
              <td key={k} className={`verdict-cell verdict-${col.feasibility ?? 'invalid'}`}>
                {compareColumnVerdict(col, i.t)}
              </td>
            ))}
          </tr>
          {c.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.labels[i.lang]}</th>
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
    </section>
  );
}

function SensitivitySection({ s, plan }: { s: Sensitivity; plan: Plan }) {
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
          : 'n/a';
  return (
    <section className="keep">
      <h2>{i.t('report.sensitivity')}</h2>
      <table className="tornado">
        <thead>
          <tr>
            <th>{i.t('report.input')}</th>
            <th>−{i.num(s.deltaPercent)} %</th>
            <th>+{i.num(s.deltaPercent)} %</th>
            <th>{i.t('report.swing')}</th>
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

/** The #/report route: gets the plan to print from the platform, renders, signals readiness, prints if asked. */
export function ReportRoute({ platform }: { platform: Platform }) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const [job, setJob] = useState<
    { plan: Plan; result: SimulationResult; options: ReportOptions } | { error: string } | null
  >(null);
  useEffect(() => {
    document.body.classList.add('print-body');
    void platform
      .reportJob()
      .then((j) => {
        const parsed = parsePlanText(j?.planText ?? JSON.stringify(exampleJson));
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        const plan = parsed.plan;
        const paper = j?.paper ?? (params.get('paper') === 'letter' ? 'letter' : 'a4');
        const lang: Lang = j?.lang ?? (params.get('lang') === 'ko' ? 'ko' : 'en');
        const device = plan.compute[0]?.id;
        setJob({
          plan,
          result: simulate(plan),
          options: {
            paper,
            lang,
            // What the user ran and chose to include (the desktop job or the web hand-over); the CLI asks
            // through the URL (--compare-seed, --sensitivity).
            comparison: j?.contents?.scenarios?.length
              ? compare(plan, j.contents.scenarios)
              : device && params.get('compare') === 'seed'
                ? compare(plan, seedChipScenarios(device))
                : null,
            sensitivity:
              j?.contents?.sensitivity || params.get('sensitivity') === '1' ? sensitivity(plan) : null,
          },
        });
      })
      .catch((e: Error) => {
        setJob({ error: e.message });
        document.body.dataset.reportReady = 'error';
      });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!job || 'error' in job) return;
    document.documentElement.lang = job.options.lang;
    document.title = `${job.plan.name} — PowerPlan report`;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          document.body.dataset.reportReady = '1';
          if (params.get('print') === '1' && platform.kind === 'web') window.print();
        }),
      ),
    );
  }, [job]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!job) return null;
  if ('error' in job) return <pre className="error">{job.error}</pre>;
  return (
    <I18nContext.Provider value={makeI18n(job.options.lang)}>
      <style>{`@page { size: ${job.options.paper === 'a4' ? 'A4' : 'Letter'}; margin: 15mm 15mm 18mm 15mm; }`}</style>
      <Report plan={job.plan} result={job.result} options={job.options} />
    </I18nContext.Provider>
  );
}
