import { ACCELERATORS, DEFAULT_RUNTIME_ID, findAccelerator, runtimesFor } from '../../../src/catalog';
import { chipIsUsable } from '../../../src/analysis/seed-scenarios';
import { chipDisplayName, runtimeDisplayName } from '../../../src/catalog/chip-names';
import { missingPowerFigures, resolveDeviceSpec, type ResolvedFigure } from '../../../src/plan/presets';
import { fieldAt } from '../../../src/plan/field-registry';
import { computeDeviceSchema, type PlanInput } from '../../../src/plan/schema';
import { unknownDeviceFigures } from '../../../src/sim/device-figures';
import type { SimulationResult } from '../../../src/sim/simulate';
import { useI18n, type I18n } from '../../i18n';
import { settleParticles } from '../../../src/text/korean-particles';
import { removeListItem, setField } from '../../state/commands';
import { Section, SelectField } from '../Field';
import { addDeviceOnChip, swapChipNamed } from './device-commands';
import { PlanNumber, PlanText, type Dispatch } from './fields';

type Device = NonNullable<PlanInput['compute']>[number];

/** Chips a robot can carry (datacenter parts are compare-only references). */
const ROBOT_CHIPS = ACCELERATORS.filter((a) => a.status !== 'reference');

/** Where a resolved figure comes from, in words: "catalog: manufacturer claim", "implied by DEEPX's claim". */
function provenanceText(f: ResolvedFigure, i: I18n): string {
  const p = f.provenance;
  if (p.from === 'plan') return i.t('chip.fromPlan');
  if (p.from === 'default') return f.value === null ? i.t('chip.missing') : i.t('chip.default');
  return i.t('chip.fromCatalog', {
    confidence: i.t(`confidence.${p.confidence ?? 'unsourced'}` as 'confidence.datasheet'),
  });
}

/** Whether a device runs workloads anywhere in the duty cycle (then its compute figure is required). */
function runsWorkloads(doc: PlanInput, d: Device): boolean {
  if ((d.defaultWorkloads ?? []).length > 0) return true;
  return doc.dutyCycle.segments.some(
    (s) => s.kind === 'activity' && (s.compute?.[d.id]?.workloads ?? []).length > 0,
  );
}

/**
 * One AI device: its chip, and every figure the model uses — the catalog's (with source and confidence) as
 * the placeholder, overridable in place. A chip without a published figure asks for it ("enter figures"),
 * never computes with a silent 0 W.
 */
function DeviceCard({
  doc,
  d,
  index,
  dispatch,
  result,
}: {
  doc: PlanInput;
  d: Device;
  index: number;
  dispatch: Dispatch;
  /** The current plan's simulation (null while the plan has a problem): which figures its answer lacks. */
  result: SimulationResult | null;
}) {
  const i = useI18n();
  const { t } = i;
  const parsed = computeDeviceSchema.safeParse(d);
  const spec = parsed.success ? resolveDeviceSpec(parsed.data) : null;
  const chip = d.preset ? findAccelerator(d.preset) : undefined;
  // The chip in the reader's words ("DEEPX DX-M1 (M.2 모듈)"), and the device by its name, else its chip's.
  const chipName = chip ? chipDisplayName(chip, i.lang) : undefined;
  const deviceName = d.name ?? chipName ?? d.id;
  const needsCompute = runsWorkloads(doc, d);
  const figure = (
    rel: 'idlePowerW' | 'maxPowerW' | 'peakTops' | 'memory.bandwidthGBps' | 'memory.capacityGB',
    f: ResolvedFigure | undefined,
    own: number | undefined,
    required: boolean,
    testId?: string,
  ) => (
    <PlanNumber
      path={`compute[${index}].${rel}`}
      value={own}
      dispatch={dispatch}
      optional
      testId={testId}
      placeholder={
        own !== undefined ? '' : required ? t('chip.enter') : f && f.value !== null ? i.num(f.value) : ''
      }
      required={required && own === undefined}
      hint={f ? provenanceText(f, i) : undefined}
    />
  );
  const powerFigures = spec ? missingPowerFigures(spec) : [];
  const powerMissing = powerFigures.length > 0;
  const topsMissing = needsCompute && spec !== null && spec.peakTops.value === null;
  const fromResult = result ? unknownDeviceFigures(result, d.id) : [];
  const bandwidthMissing = fromResult.includes('memoryBandwidthGBps');
  const capacityMissing = fromResult.includes('memoryCapacityGB');
  // Exactly the figures the answer still lacks, in the editor's own words.
  const label = (rel: string) => fieldAt(`compute[${index}].${rel}`)?.label[i.lang] ?? rel;
  const missing = [
    powerMissing ? powerFigures.map(label).join(', ') : null,
    topsMissing ? label('peakTops') : null,
    bandwidthMissing ? label('memory.bandwidthGBps') : null,
    capacityMissing ? label('memory.capacityGB') : null,
  ].filter((x): x is string => x !== null);
  return (
    <fieldset className="list device" data-testid={`device-${d.id}`}>
      <legend>{deviceName}</legend>
      <SelectField
        label={t('field.chip')}
        path={`compute[${index}].preset`}
        value={d.preset ?? ''}
        options={[
          { value: '', label: t('field.customChip') },
          ...ROBOT_CHIPS.map((a) => ({
            value: a.id,
            label:
              chipDisplayName(a, i.lang) +
              (!chipIsUsable(a)
                ? ` — ${t('chip.enterFiguresTag')}`
                : a.status === 'target'
                  ? ` — ${t('chip.targetTag')}`
                  : ''),
          })),
        ]}
        onChange={(v) =>
          v
            ? dispatch(swapChipNamed(index, v, i.lang))
            : dispatch(setField(`compute[${index}].preset`, undefined, 'Use custom chip'))
        }
        testId={`chip-${d.id}`}
      />
      {missing.length > 0 && (
        <p className="prompt" role="note" data-testid={`chip-prompt-${d.id}`}>
          {settleParticles(t('chip.needsFigures', { chip: deviceName, list: missing.join('; ') }))}
        </p>
      )}
      {chip?.status === 'target' && chipIsUsable(chip) && (
        <p className="muted small" data-testid={`chip-target-${d.id}`}>
          {settleParticles(t('chip.claimImplied', { chip: chipName ?? chip.name }))}
        </p>
      )}
      <div className="row">
        {chip?.powerModes && chip.powerModes.length > 0 && (
          <SelectField
            label={t('field.powerMode')}
            path={`compute[${index}].powerMode`}
            value={d.powerMode ?? ''}
            options={[
              { value: '', label: t('mode.reference', { mode: chip.powerModes[0]!.name }) },
              ...chip.powerModes.slice(1).map((m) => ({
                value: m.id,
                label: `${m.name} · ${i.num(m.memoryBandwidthGBps.value ?? 0)} GB/s · GPU ${m.gpuMaxMHz.value} MHz`,
              })),
            ]}
            onChange={(v) =>
              dispatch(setField(`compute[${index}].powerMode`, v || undefined, 'Set power mode'))
            }
            testId={`power-mode-${d.id}`}
          />
        )}
        <SelectField
          label={t('field.runtime')}
          path={`compute[${index}].runtime`}
          value={d.runtime ?? ''}
          options={[
            {
              value: '',
              label: t('runtime.chipDefault', {
                runtime: runtimeDisplayName(chip?.defaultRuntime ?? DEFAULT_RUNTIME_ID, i.lang),
              }),
            },
            ...runtimesFor(chip?.vendor).map((r) => ({ value: r.id, label: runtimeDisplayName(r, i.lang) })),
          ]}
          onChange={(v) => dispatch(setField(`compute[${index}].runtime`, v || undefined, 'Set runtime'))}
          testId={`device-runtime-${d.id}`}
        />
      </div>
      <PlanText
        path={`compute[${index}].name`}
        value={d.name}
        dispatch={dispatch}
        optional
        placeholder={chipName ?? d.id}
      />
      <div className="row">
        {figure('idlePowerW', spec?.idlePowerW, d.idlePowerW, powerFigures.includes('idlePowerW'))}
        {figure(
          'maxPowerW',
          spec?.maxPowerW,
          d.maxPowerW,
          powerFigures.includes('maxPowerW'),
          `max-power-${d.id}`,
        )}
      </div>
      <div className="row">
        {figure(
          'peakTops',
          spec?.peakTops,
          d.peakTops,
          needsCompute && (spec?.peakTops.value ?? null) === null,
          `tops-${d.id}`,
        )}
        {figure('memory.bandwidthGBps', spec?.memoryBandwidthGBps, d.memory?.bandwidthGBps, bandwidthMissing)}
        {figure('memory.capacityGB', spec?.memoryCapacityGB, d.memory?.capacityGB, capacityMissing)}
      </div>
      <PlanNumber
        path={`compute[${index}].defaultUtilisationPercent`}
        value={d.defaultUtilisationPercent ?? 0}
        dispatch={dispatch}
      />
      <button type="button" onClick={() => dispatch(removeListItem('compute', index, 'Remove device'))}>
        {t('action.remove')}
      </button>
    </fieldset>
  );
}

/** AI compute devices: one card each, and "add device". */
export function ComputeSection({
  doc,
  dispatch,
  result,
}: {
  doc: PlanInput;
  dispatch: Dispatch;
  result: SimulationResult | null;
}) {
  const { t, lang } = useI18n();
  const compute = doc.compute ?? [];
  return (
    <Section title={t('section.compute')} testId="section-compute">
      {compute.map((d, index) => (
        <DeviceCard key={d.id} doc={doc} d={d} index={index} dispatch={dispatch} result={result} />
      ))}
      <button type="button" onClick={() => dispatch(addDeviceOnChip('deepx-dx-m1', lang))}>
        + {t('action.addDevice')}
      </button>
    </Section>
  );
}
