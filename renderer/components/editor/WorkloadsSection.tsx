import { useState } from 'react';
import {
  findAccelerator,
  LLMS,
  RUNTIMES,
  runtimeRunsOn,
  VISION_MODELS,
  WEIGHT_FORMATS,
  WORLD_MODELS,
} from '../../../src/catalog';
import { runtimeDisplayName } from '../../../src/catalog/chip-names';
import { newWorkload, weightChoiceOf, workloadLabel } from '../../../src/plan/edits';
import type { PlanInput } from '../../../src/plan/schema';
import { deviceRunsWorkload } from '../../../src/plan/workload-use';
import { useI18n } from '../../i18n';
import {
  addWorkload,
  removeListItem,
  setField,
  setWeightChoice,
  setWorkloadModel,
} from '../../state/commands';
import { Section, SelectField } from '../Field';
import { PlanNumber, PlanText, type Dispatch } from './fields';

type Workload = NonNullable<PlanInput['workloads']>[number];
type Kind = Workload['kind'];
const KINDS: readonly Kind[] = ['llm', 'vision', 'worldModel'];

/** The segments (by their names) where a workload runs. */
function runsIn(doc: PlanInput, id: string): string[] {
  const names: string[] = [];
  doc.dutyCycle.segments.forEach((s, i) => {
    if (s.kind !== 'activity') return;
    if (!Object.values(s.compute ?? {}).some((l) => l.workloads?.includes(id))) return;
    const a = doc.robot.activities.find((x) => x.id === s.activity);
    names.push(s.label ?? a?.label ?? `${i + 1}`);
  });
  return [...new Set(names)];
}

function WorkloadCard({
  doc,
  w,
  index,
  dispatch,
}: {
  doc: PlanInput;
  w: Workload;
  index: number;
  dispatch: Dispatch;
}) {
  const { t } = useI18n();
  const p = `workloads[${index}]`;
  const models = w.kind === 'llm' ? LLMS : w.kind === 'vision' ? VISION_MODELS : WORLD_MODELS;
  const where = runsIn(doc, w.id);
  return (
    <fieldset className="list" data-testid={`workload-${w.id}`}>
      <legend>{workloadLabel(w)}</legend>
      <PlanText
        path={`${p}.label`}
        value={w.label}
        dispatch={dispatch}
        optional
        testId={`workload-label-${w.id}`}
      />
      <div className="row">
        <SelectField
          label={t('field.workloadKind')}
          path={`${p}.kind`}
          value={w.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(k) => dispatch(setField(p, newWorkload(k, w.id, w.label), 'Change workload kind'))}
        />
        <SelectField
          label={t('field.model')}
          path={`${p}.model`}
          value={w.model ?? ''}
          options={[{ value: '', label: '—' }, ...models.map((m) => ({ value: m.id, label: m.name }))]}
          onChange={(v) => dispatch(setWorkloadModel(index, v || undefined))}
          testId={`workload-model-${w.id}`}
        />
      </div>
      {w.kind === 'llm' && (
        <LlmRuntimeFields w={w} index={index} dispatch={dispatch} vendors={chipVendorsRunning(doc, w.id)} />
      )}
      {w.kind === 'llm' && (
        <div className="row">
          <PlanNumber path={`${p}.decodeTokensPerS`} value={w.decodeTokensPerS} dispatch={dispatch} />
          {weightChoiceOf(w).kind === 'nominal' && (
            <PlanNumber path={`${p}.bitsPerWeight`} value={w.bitsPerWeight ?? 4} dispatch={dispatch} />
          )}
          <PlanNumber path={`${p}.contextTokens`} value={w.contextTokens ?? 2048} dispatch={dispatch} />
        </div>
      )}
      {w.kind === 'vision' && (
        <PlanNumber path={`${p}.framesPerS`} value={w.framesPerS} dispatch={dispatch} />
      )}
      {w.kind === 'worldModel' && (
        <PlanNumber path={`${p}.clipsPerS`} value={w.clipsPerS} dispatch={dispatch} />
      )}
      <p className="muted small" data-testid={`workload-where-${w.id}`}>
        {where.length ? t('workload.runsIn', { where: where.join(', ') }) : t('workload.runsNowhere')}
      </p>
      <button type="button" onClick={() => dispatch(removeListItem('workloads', index, 'Remove workload'))}>
        {t('action.remove')}
      </button>
    </fieldset>
  );
}

/**
 * An LLM's runtime and weight format: the runtime its device settles unless it names one; a catalog format,
 * nominal bits, or its runtime's default format.
 */
/** The vendors of the catalog chips on the devices that run a workload (a runtime must run on all of them). */
function chipVendorsRunning(doc: PlanInput, id: string): string[] {
  return (doc.compute ?? [])
    .filter((d) => deviceRunsWorkload(doc, d, id))
    .flatMap((d) => {
      const v = d.preset ? findAccelerator(d.preset)?.vendor : undefined;
      return v ? [v] : [];
    });
}

function LlmRuntimeFields({
  w,
  index,
  dispatch,
  vendors,
}: {
  w: Workload & { kind: 'llm' };
  index: number;
  dispatch: Dispatch;
  vendors: readonly string[];
}) {
  const { t, lang } = useI18n();
  const p = `workloads[${index}]`;
  const choice = weightChoiceOf(w);
  const value = choice.kind === 'format' ? choice.id : choice.kind === 'nominal' ? '#nominal' : '';
  return (
    <div className="row">
      <SelectField
        label={t('field.runtime')}
        path={`${p}.runtime`}
        value={w.runtime ?? ''}
        options={[
          { value: '', label: t('runtime.fromDevice') },
          // Runtimes that run on every chip this workload runs on (and the plan's own choice, if not).
          ...RUNTIMES.filter(
            (r) => r.offered && (r.id === w.runtime || vendors.every((v) => runtimeRunsOn(r.id, v))),
          ).map((r) => ({ value: r.id, label: runtimeDisplayName(r, lang) })),
        ]}
        onChange={(v) => dispatch(setField(`${p}.runtime`, v || undefined, 'Set runtime'))}
        testId={`workload-runtime-${w.id}`}
      />
      <SelectField
        label={t('field.weightFormat')}
        path={`${p}.quantisation`}
        value={value}
        options={[
          { value: '', label: t('format.runtimeDefault') },
          { value: '#nominal', label: t('format.nominal') },
          ...WEIGHT_FORMATS.map((f) => ({ value: f.id, label: f.name })),
        ]}
        onChange={(v) =>
          dispatch(
            setWeightChoice(
              index,
              v === ''
                ? { kind: 'runtime-default' }
                : v === '#nominal'
                  ? { kind: 'nominal' }
                  : { kind: 'format', id: v },
            ),
          )
        }
        testId={`workload-format-${w.id}`}
      />
    </div>
  );
}

/** AI workloads (LLM, vision, world model); a new one is switched on in the selected segment. */
export function WorkloadsSection({
  doc,
  dispatch,
  selectedSegment,
}: {
  doc: PlanInput;
  dispatch: Dispatch;
  selectedSegment: number;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('llm');
  const workloads = doc.workloads ?? [];
  const seg = doc.dutyCycle.segments[selectedSegment];
  return (
    <Section title={t('section.workloads')} testId="section-workloads" open={workloads.length > 0}>
      {workloads.map((w, index) => (
        <WorkloadCard key={w.id} doc={doc} w={w} index={index} dispatch={dispatch} />
      ))}
      <div className="row">
        <SelectField
          label={t('field.workloadKind')}
          path="workloads[].kind"
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(k: Kind) => setKind(k)}
          testId="new-workload-kind"
        />
        <button
          type="button"
          className="align-end"
          data-testid="add-workload"
          onClick={() => dispatch(addWorkload(kind, { segmentIndex: selectedSegment }))}
        >
          + {t('action.addWorkload')}
        </button>
      </div>
      {seg?.kind === 'activity' && (doc.compute ?? []).length > 0 && (
        <p className="muted small">{t('workload.addHint', { n: selectedSegment + 1 })}</p>
      )}
    </Section>
  );
}
