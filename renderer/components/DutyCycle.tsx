import { useRef, useState } from 'react';
import { findAccelerator } from '../../src/catalog';
import { useI18n, type I18n } from '../i18n';
import { ACTIVITY_COLORS, CHARGE_COLOR, REST_COLOR } from '../lib/colors';
import {
  addSegmentAfter,
  moveSegment,
  removeSegment,
  resizeSegment,
  setField,
  setSegmentDeviceLoad,
  toggleSegmentAccessory,
} from '../state/commands';
import type { Command } from '../state/store';
import type { NumberRange } from '../../src/plan/schema-ranges';
import type { PlanInput } from '../../src/plan/schema';
import { CheckField, NumberField, SelectField } from './Field';

type Segment = PlanInput['dutyCycle']['segments'][number];
type Repeat = NonNullable<PlanInput['dutyCycle']['repeat']>;
type Activity = PlanInput['robot']['activities'][number];
type Device = NonNullable<PlanInput['compute']>[number];
type Workload = NonNullable<PlanInput['workloads']>[number];
type Accessory = NonNullable<PlanInput['accessories']>[number];
type DeviceLoad = NonNullable<Extract<Segment, { kind: 'activity' }>['compute']>[string];

interface Props {
  doc: PlanInput;
  dispatch(cmd: Command): void;
  endGesture(): void;
  selected: number;
  onSelect(i: number): void;
}

/**
 * What the editor accepts as a segment's duration: at least one second (the schema also allows 0, "skipped",
 * in files; typed in the editor, 0 or a negative duration is a mistake and is refused at the field).
 */
const DURATION_RANGE: NumberRange = { min: 1 / 60, max: 100_000, exclusiveMin: false, integer: false };

/** A block being dragged to another place in the cycle. */
interface Reorder {
  from: number;
  pointerId: number;
  startX: number;
  /** The gap between blocks it would drop into (0…n); null until it has moved past the threshold. */
  slot: number | null;
}

/** How far (px) a block must be dragged before the press is a reorder rather than a click. */
const REORDER_THRESHOLD_PX = 4;

/** Readable one-line description of a segment: "Walking 20 min · NPU: detector". */
export function describeSegment(doc: PlanInput, s: Segment, t: I18n): string {
  const activities: Activity[] = doc.robot?.activities ?? [];
  const name =
    s.label ??
    (s.kind === 'activity'
      ? (activities.find((a) => a.id === s.activity)?.label ?? s.activity)
      : t.t(`kind.${s.kind}`));
  const dur = s.durationMin === undefined ? t.t('segment.toFull') : t.hours(s.durationMin / 60);
  // Devices and workloads by the names the user gave them (ids only when there is no name).
  const workloadName = (id: string) => (doc.workloads ?? []).find((w) => w.id === id)?.label ?? id;
  const compute: Record<string, DeviceLoad> = (s.kind === 'activity' ? s.compute : undefined) ?? {};
  const loads = Object.entries(compute).map(([dev, load]) => {
    const d = (doc.compute ?? []).find((x) => x.id === dev);
    const devName = d?.name ?? (d?.preset ? findAccelerator(d.preset)?.name : undefined) ?? dev.toUpperCase();
    return load.workloads
      ? `${devName}: ${load.workloads.map(workloadName).join(' + ')}`
      : `${devName} ${t.num(load.utilisationPercent ?? 0)} %`;
  });
  return [`${name} ${dur}`, ...loads].join(' · ');
}

function segmentColor(doc: PlanInput, s: Segment): string {
  if (s.kind === 'rest') return REST_COLOR;
  if (s.kind === 'charge') return CHARGE_COLOR;
  const i = (doc.robot?.activities ?? []).findIndex((a) => a.id === s.activity);
  return ACTIVITY_COLORS[Math.max(0, i) % ACTIVITY_COLORS.length]!;
}

/** A segment's length on the timeline: its duration; a charge "until full" is drawn as 30 min. */
function timelineMinutes(s: Segment): number {
  return Number(s.durationMin) || (s.kind === 'charge' ? 30 : 0);
}

/**
 * The duty-cycle editor: a timeline of segments coloured by activity, each block exactly as wide as its share
 * of the cycle (drag a block's right edge to resize — one undo step per drag; drag a block onto another place,
 * or use the arrows, to reorder — one undo step per move; click selects), the selected segment's inspector,
 * the readable list of steps, and the repeat settings.
 */
export function DutyCycleEditor({ doc, dispatch, endGesture, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const segments: Segment[] = doc.dutyCycle?.segments ?? [];
  const minutesOf = segments.map(timelineMinutes);
  const total = minutesOf.reduce((sum, m) => sum + m, 0) || 1;
  const barRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{
    index: number;
    startX: number;
    startMin: number;
    gesture: string;
  } | null>(null);
  // A block being dragged to a new place: in a ref for the pointer handlers (events can outrun renders), in
  // state for drawing.
  const [reorder, setReorderState] = useState<Reorder | null>(null);
  const reorderRef = useRef<Reorder | null>(null);
  const setReorder = (r: Reorder | null) => {
    reorderRef.current = r;
    setReorderState(r);
  };
  /** The click that ends a reorder drag is not a selection of the block it started on. */
  const suppressClick = useRef(false);
  const repeat: Repeat = doc.dutyCycle?.repeat ?? { mode: 'untilReserve' };
  const seg = segments[Math.min(selected, segments.length - 1)];
  const selIndex = Math.min(selected, segments.length - 1);
  const activities: Activity[] = doc.robot?.activities ?? [];
  const devices: Device[] = doc.compute ?? [];
  const workloads: Workload[] = doc.workloads ?? [];
  const accessories: Accessory[] = (doc.accessories ?? []).filter((a) => a.mode === 'perSegment');

  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag || !barRef.current) return;
    const minPerPx = total / barRef.current.clientWidth;
    const next = Math.max(1, Math.round(drag.startMin + (e.clientX - drag.startX) * minPerPx));
    dispatch(resizeSegment(drag.index, next, drag.gesture));
  };
  const endDrag = () => {
    if (drag) endGesture();
    setDrag(null);
  };

  /** Minutes from the cycle's start to the gap before segment `slot`. */
  const startOf = (slot: number) => minutesOf.slice(0, slot).reduce((sum, m) => sum + m, 0);
  /** The gap a pointer at `clientX` drops into: before the first segment whose middle lies right of it. */
  const slotAt = (clientX: number): number | null => {
    const bar = barRef.current;
    if (!bar || bar.clientWidth <= 0) return null;
    const at = ((clientX - bar.getBoundingClientRect().left - bar.clientLeft) / bar.clientWidth) * total;
    let slot = 0;
    for (let j = 0, start = 0; j < minutesOf.length; start += minutesOf[j]!, j++) {
      if (at <= start + minutesOf[j]! / 2) break;
      slot = j + 1;
    }
    return slot;
  };
  /** Where segment `from` lands when dropped into gap `slot` (moveSegment's index after removal). */
  const targetOf = (from: number, slot: number) => (slot > from ? slot - 1 : slot);
  const dropSlot =
    reorder && reorder.slot !== null && targetOf(reorder.from, reorder.slot) !== reorder.from
      ? reorder.slot
      : null;

  return (
    <div className="duty" data-testid="duty-cycle">
      <div
        className={`timeline${reorder && reorder.slot !== null ? ' reordering' : ''}`}
        ref={barRef}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        role="list"
        aria-label={t('section.dutyCycle')}
      >
        {segments.map((s, i) => {
          const minutes = minutesOf[i]!;
          const description = describeSegment(doc, s, i18n);
          const label = description.split(' · ')[0];
          return (
            <div
              key={i}
              role="listitem"
              className={`block${i === selIndex ? ' selected' : ''}${s.kind === 'charge' ? ' charge' : ''}${
                reorder?.from === i && reorder.slot !== null ? ' dragging' : ''
              }`}
              style={{ width: `${(minutes / total) * 100}%`, background: segmentColor(doc, s) }}
              data-testid={`segment-${i}`}
              title={description}
            >
              <button
                type="button"
                className="block-body"
                onClick={() => {
                  if (suppressClick.current) {
                    suppressClick.current = false;
                    return;
                  }
                  onSelect(i);
                }}
                onPointerDown={(e) => {
                  suppressClick.current = false;
                  if (e.button !== 0) return;
                  e.currentTarget.setPointerCapture?.(e.pointerId);
                  setReorder({ from: i, pointerId: e.pointerId, startX: e.clientX, slot: null });
                }}
                onPointerMove={(e) => {
                  const r = reorderRef.current;
                  if (!r || r.pointerId !== e.pointerId) return;
                  if (r.slot === null && Math.abs(e.clientX - r.startX) < REORDER_THRESHOLD_PX) return;
                  const slot = slotAt(e.clientX) ?? r.slot;
                  if (slot !== r.slot) setReorder({ ...r, slot });
                }}
                onPointerUp={(e) => {
                  const r = reorderRef.current;
                  if (!r || r.pointerId !== e.pointerId) return;
                  if (r.slot !== null) {
                    // A drag, not a click: one move, one undo step.
                    suppressClick.current = true;
                    const to = targetOf(r.from, r.slot);
                    if (to !== r.from) {
                      dispatch(moveSegment(r.from, to));
                      onSelect(to);
                    }
                  }
                  setReorder(null);
                }}
                onPointerCancel={() => setReorder(null)}
                onKeyDown={(e) => {
                  const r = reorderRef.current;
                  if (e.key === 'Escape' && r) {
                    suppressClick.current = r.slot !== null;
                    setReorder(null);
                  }
                }}
                aria-pressed={i === selIndex}
                aria-label={description}
              >
                <span className="block-marker" aria-hidden="true" />
                <span className="block-label">{label}</span>
              </button>
              {s.durationMin !== undefined && (
                <span
                  className="handle"
                  role="slider"
                  tabIndex={0}
                  aria-label={`${t('field.segmentDuration')}: ${label}`}
                  aria-valuenow={minutes}
                  aria-valuemin={1}
                  aria-valuemax={100000}
                  data-testid={`segment-handle-${i}`}
                  onPointerDown={(e) => {
                    (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
                    setDrag({
                      index: i,
                      startX: e.clientX,
                      startMin: minutes,
                      gesture: `resize-${i}-${Date.now()}`,
                    });
                  }}
                  onPointerMove={onPointerMove}
                  onPointerUp={endDrag}
                  onKeyDown={(e) => {
                    const step = e.shiftKey ? 10 : 1;
                    if (e.key === 'ArrowRight' || e.key === 'ArrowUp')
                      dispatch(resizeSegment(i, minutes + step, `key-${i}`));
                    if (e.key === 'ArrowLeft' || e.key === 'ArrowDown')
                      dispatch(resizeSegment(i, Math.max(1, minutes - step), `key-${i}`));
                  }}
                  onKeyUp={endGesture}
                />
              )}
            </div>
          );
        })}
        {dropSlot !== null && (
          <span
            className="drop-marker"
            aria-hidden="true"
            data-testid="drop-marker"
            style={{ left: `${(startOf(dropSlot) / total) * 100}%` }}
          />
        )}
      </div>
      <div className="timeline-actions">
        <span className="muted">
          {t('dc.total', { total: i18n.hours(total / 60) })} · {t('dc.hint')}
        </span>
        <button
          type="button"
          data-testid="add-segment"
          onClick={() => {
            dispatch(addSegmentAfter(selIndex));
            onSelect(selIndex + 1);
          }}
        >
          + {t('action.addSegment')}
        </button>
      </div>

      {seg && (
        <fieldset className="inspector" data-testid="segment-inspector">
          <legend>{describeSegment(doc, seg, i18n)}</legend>
          <div className="row">
            <SelectField
              label={t('field.segmentKind')}
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
              checked={!!seg.powered}
              onChange={(v) =>
                dispatch(setField(`dutyCycle.segments[${selIndex}].powered`, v, 'Set rest power'))
              }
            />
          )}
          {seg.kind === 'activity' &&
            devices.map((d) => {
              const load: DeviceLoad | undefined = seg.compute?.[d.id];
              const mode = load === undefined ? 'default' : load.workloads ? 'workloads' : 'utilisation';
              return (
                <div className="row" key={d.id}>
                  <SelectField
                    label={t('field.deviceLoad', {
                      device: d.name ?? findAccelerator(d.preset ?? '')?.name ?? d.id,
                    })}
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
                      path={`dutyCycle.segments[${selIndex}].compute.${d.id}.utilisationPercent`}
                      onCommit={(v) =>
                        dispatch(setSegmentDeviceLoad(selIndex, d.id, { utilisationPercent: v ?? 0 }))
                      }
                    />
                  )}
                  {mode === 'workloads' &&
                    workloads.map((w) => (
                      <CheckField
                        key={w.id}
                        label={w.label ?? w.id}
                        checked={(load?.workloads ?? []).includes(w.id)}
                        onChange={(on) => {
                          const list = new Set<string>(load?.workloads);
                          if (on) list.add(w.id);
                          else list.delete(w.id);
                          dispatch(
                            setSegmentDeviceLoad(
                              selIndex,
                              d.id,
                              list.size ? { workloads: [...list] } : undefined,
                            ),
                          );
                        }}
                      />
                    ))}
                </div>
              );
            })}
          {seg.kind === 'activity' &&
            accessories.map((a) => (
              <CheckField
                key={a.id}
                label={a.label}
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
                onSelect(Math.min(segments.length - 1, selIndex + 1));
              }}
              disabled={selIndex >= segments.length - 1}
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
              disabled={segments.length <= 1}
            >
              {t('action.remove')}
            </button>
          </div>
        </fieldset>
      )}

      <div className="row">
        <SelectField
          label={t('field.repeat')}
          value={repeat.mode}
          options={[
            { value: 'untilReserve', label: t('field.repeatUntilReserve') },
            { value: 'hours', label: t('field.repeatHours') },
            { value: 'count', label: t('field.repeatCount') },
          ]}
          onChange={(m) =>
            dispatch(
              setField(
                'dutyCycle.repeat',
                m === 'hours' ? { mode: m, hours: 8 } : m === 'count' ? { mode: m, count: 3 } : { mode: m },
                'Set shift',
              ),
            )
          }
        />
        {repeat.mode === 'hours' && (
          <NumberField
            label={t('field.repeatHours')}
            unit="h"
            value={repeat.hours}
            path="dutyCycle.repeat.hours"
            onCommit={(v) => dispatch(setField('dutyCycle.repeat.hours', v, 'Set shift hours'))}
          />
        )}
        {repeat.mode === 'count' && (
          <NumberField
            label={t('field.repeatCount')}
            unit="×"
            value={repeat.count}
            path="dutyCycle.repeat.count"
            onCommit={(v) => dispatch(setField('dutyCycle.repeat.count', v, 'Set repeat count'))}
          />
        )}
      </div>

      <ol className="steps" aria-label={t('dc.steps')} data-testid="steps">
        {segments.map((s, i) => (
          <li key={i}>{describeSegment(doc, s, i18n)}</li>
        ))}
      </ol>
    </div>
  );
}
