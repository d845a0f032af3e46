import type { PlanInput } from '../../../src/plan/schema';
import { chipDisplayName } from '../../../src/catalog/chip-names';
import { useI18n } from '../../i18n';
import {
  moveSegment,
  removeSegment,
  setField,
  setSegmentDeviceLoad,
  toggleSegmentAccessory,
} from '../../state/commands';
import type { Command } from '../../state/store';
import { CheckField, NumberField, SelectField } from '../Field';
import {
  describeSegment,
  DURATION_RANGE,
  type Accessory,
  type Activity,
  type Device,
  type DeviceLoad,
  type Segment,
  type Workload,
} from './segments';

/** The selected segment's inspector: its kind, activity and duration, the loads it puts on each device. */
export function SegmentInspector({
  doc,
  seg,
  selIndex,
  count,
  dispatch,
  onSelect,
}: {
  doc: PlanInput;
  seg: Segment;
  selIndex: number;
  /** How many segments the cycle has. */
  count: number;
  dispatch(cmd: Command): void;
  onSelect(i: number): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const activities: Activity[] = doc.robot?.activities ?? [];
  const devices: Device[] = doc.compute ?? [];
  const workloads: Workload[] = doc.workloads ?? [];
  const accessories: Accessory[] = (doc.accessories ?? []).filter((a) => a.mode === 'perSegment');
  return (
    <fieldset className="inspector" data-testid="segment-inspector">
      <legend>{describeSegment(doc, seg, i18n)}</legend>
      <div className="row">
        <SelectField
          label={t('field.segmentKind')}
          path={`dutyCycle.segments[${selIndex}].kind`}
          value={seg.kind}
          options={(['activity', 'rest', 'charge'] as const).map((k) => ({
            value: k,
            label: t(`kind.${k}`),
          }))}
          onChange={(k) =>
            dispatch(
              setField(
                `dutyCycle.segments[${selIndex}]`,
                k === 'activity'
                  ? { kind: k, activity: activities[0]?.id, durationMin: seg.durationMin ?? 15 }
                  : k === 'rest'
                    ? { kind: k, durationMin: seg.durationMin ?? 15 }
                    : { kind: k, durationMin: seg.durationMin ?? 30 },
                'Change segment kind',
              ),
            )
          }
          testId="segment-kind"
        />
        {seg.kind === 'activity' && (
          <SelectField
            label={t('field.segmentActivity')}
            path={`dutyCycle.segments[${selIndex}].activity`}
            value={seg.activity}
            options={activities.map((a) => ({ value: a.id, label: a.label }))}
            onChange={(v) =>
              dispatch(setField(`dutyCycle.segments[${selIndex}].activity`, v, 'Set segment activity'))
            }
            testId="segment-activity"
          />
        )}
        <NumberField
          label={t('field.segmentDuration')}
          unit="min"
          optional={seg.kind === 'charge'}
          range={DURATION_RANGE}
          value={seg.durationMin}
          path={`dutyCycle.segments[${selIndex}].durationMin`}
          onCommit={(v) =>
            dispatch(setField(`dutyCycle.segments[${selIndex}].durationMin`, v, 'Set segment duration'))
          }
          testId="segment-duration"
        />
      </div>
      {seg.kind === 'rest' && (
        <CheckField
          label={t('field.powered')}
          path={`dutyCycle.segments[${selIndex}].powered`}
          checked={!!seg.powered}
          onChange={(v) => dispatch(setField(`dutyCycle.segments[${selIndex}].powered`, v, 'Set rest power'))}
        />
      )}
      {seg.kind === 'activity' &&
        devices.map((d) => (
          <DeviceLoadRow
            key={d.id}
            device={d}
            load={seg.compute?.[d.id]}
            workloads={workloads}
            selIndex={selIndex}
            dispatch={dispatch}
          />
        ))}
      {seg.kind === 'activity' &&
        accessories.map((a) => (
          <CheckField
            key={a.id}
            label={a.label}
            path={`dutyCycle.segments[${selIndex}].accessoriesOn`}
            checked={(seg.accessoriesOn ?? []).includes(a.id)}
            onChange={(on) => dispatch(toggleSegmentAccessory(selIndex, a.id, on))}
          />
        ))}
      <div className="row buttons">
        <button
          type="button"
          onClick={() => {
            dispatch(moveSegment(selIndex, selIndex - 1));
            onSelect(Math.max(0, selIndex - 1));
          }}
          disabled={selIndex === 0}
          aria-label={t('action.moveLeft')}
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => {
            dispatch(moveSegment(selIndex, selIndex + 1));
            onSelect(Math.min(count - 1, selIndex + 1));
          }}
          disabled={selIndex >= count - 1}
          aria-label={t('action.moveRight')}
        >
          →
        </button>
        <button
          type="button"
          onClick={() => {
            dispatch(removeSegment(selIndex));
            onSelect(Math.max(0, selIndex - 1));
          }}
          disabled={count <= 1}
        >
          {t('action.remove')}
        </button>
      </div>
    </fieldset>
  );
}

/** What one device does in an activity segment: its default, a utilisation, or chosen workloads. */
function DeviceLoadRow({
  device: d,
  load,
  workloads,
  selIndex,
  dispatch,
}: {
  device: Device;
  load: DeviceLoad | undefined;
  workloads: Workload[];
  selIndex: number;
  dispatch(cmd: Command): void;
}) {
  const { t, lang } = useI18n();
  const path = `dutyCycle.segments[${selIndex}].compute.${d.id}`;
  const mode = load === undefined ? 'default' : load.workloads ? 'workloads' : 'utilisation';
  return (
    <div className="row">
      <SelectField
        label={t('field.deviceLoad', {
          device: d.name ?? (d.preset ? chipDisplayName(d.preset, lang) : d.id),
        })}
        path={path}
        value={mode}
        options={[
          { value: 'default', label: t('field.loadDefault') },
          { value: 'utilisation', label: t('field.loadUtilisation') },
          { value: 'workloads', label: t('field.loadWorkloads') },
        ]}
        onChange={(m) =>
          dispatch(
            setSegmentDeviceLoad(
              selIndex,
              d.id,
              m === 'default'
                ? undefined
                : m === 'utilisation'
                  ? { utilisationPercent: 50 }
                  : { workloads: workloads.slice(0, 1).map((w) => w.id) },
            ),
          )
        }
      />
      {mode === 'utilisation' && (
        <NumberField
          label={t('field.utilisation')}
          unit="%"
          value={load?.utilisationPercent}
          path={`${path}.utilisationPercent`}
          onCommit={(v) => dispatch(setSegmentDeviceLoad(selIndex, d.id, { utilisationPercent: v ?? 0 }))}
        />
      )}
      {mode === 'workloads' &&
        workloads.map((w) => (
          <CheckField
            key={w.id}
            label={w.label ?? w.id}
            path={`${path}.workloads`}
            checked={(load?.workloads ?? []).includes(w.id)}
            onChange={(on) => {
              const list = new Set<string>(load?.workloads);
              if (on) list.add(w.id);
              else list.delete(w.id);
              dispatch(
                setSegmentDeviceLoad(selIndex, d.id, list.size ? { workloads: [...list] } : undefined),
              );
            }}
          />
        ))}
    </div>
  );
}
