import { useRef, useState } from 'react';
import { findAccelerator } from '../../src/catalog';
import { useI18n } from '../i18n';
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
import { CheckField, NumberField, SelectField } from './Field';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  doc: Json;
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

/** Readable one-line description of a segment: "Walking 20 min · NPU: detector". */
export function describeSegment(doc: Json, s: Json, t: ReturnType<typeof useI18n>): string {
  const activities: Json[] = doc.robot?.activities ?? [];
  const name =
    s.label ??
    (s.kind === 'activity'
      ? (activities.find((a) => a.id === s.activity)?.label ?? s.activity)
      : t.t(`kind.${s.kind}` as 'kind.rest'));
  const dur = s.durationMin === undefined ? t.t('segment.toFull') : t.hours(s.durationMin / 60);
  // Devices and workloads by the names the user gave them (ids only when there is no name).
  const workloadName = (id: string) =>
    ((doc.workloads ?? []) as Json[]).find((w) => w.id === id)?.label ?? id;
  const loads = Object.entries((s.compute ?? {}) as Record<string, Json>).map(([dev, load]) => {
    const d = (doc.compute ?? []).find((x: Json) => x.id === dev);
    const devName = d?.name ?? (d?.preset ? findAccelerator(d.preset)?.name : undefined) ?? dev.toUpperCase();
    return load.workloads
      ? `${devName}: ${(load.workloads as string[]).map(workloadName).join(' + ')}`
      : `${devName} ${t.num(load.utilisationPercent ?? 0)} %`;
  });
  return [`${name} ${dur}`, ...loads].join(' · ');
}

function segmentColor(doc: Json, s: Json): string {
  if (s.kind === 'rest') return REST_COLOR;
  if (s.kind === 'charge') return CHARGE_COLOR;
  const i = (doc.robot?.activities ?? []).findIndex((a: Json) => a.id === s.activity);
  return ACTIVITY_COLORS[Math.max(0, i) % ACTIVITY_COLORS.length]!;
}

/**
 * The duty-cycle editor: a timeline of segments coloured by activity (drag a block's right edge to resize —
 * one undo step per drag; arrows reorder; click selects), the selected segment's inspector, the readable
 * list of steps, and the repeat settings.
 */
export function DutyCycleEditor({ doc, dispatch, endGesture, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const segments: Json[] = doc.dutyCycle?.segments ?? [];
  const total =
    segments.reduce((sum, s) => sum + (Number(s.durationMin) || (s.kind === 'charge' ? 30 : 0)), 0) || 1;
  const barRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{
    index: number;
    startX: number;
    startMin: number;
    gesture: string;
  } | null>(null);
  const repeat: Json = doc.dutyCycle?.repeat ?? { mode: 'untilReserve' };
  const seg = segments[Math.min(selected, segments.length - 1)];
  const selIndex = Math.min(selected, segments.length - 1);
  const activities: Json[] = doc.robot?.activities ?? [];
  const devices: Json[] = doc.compute ?? [];
  const workloads: Json[] = doc.workloads ?? [];
  const accessories: Json[] = (doc.accessories ?? []).filter((a: Json) => a.mode === 'perSegment');

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

  return (
    <div className="duty" data-testid="duty-cycle">
      <div
        className="timeline"
        ref={barRef}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        role="list"
        aria-label={t('section.dutyCycle')}
      >
        {segments.map((s, i) => {
          const minutes = Number(s.durationMin) || (s.kind === 'charge' ? 30 : 0);
          return (
            <div
              key={i}
              role="listitem"
              className={`block${i === selIndex ? ' selected' : ''}${s.kind === 'charge' ? ' charge' : ''}`}
              style={{ flexGrow: Math.max(minutes, total / 200), background: segmentColor(doc, s) }}
              data-testid={`segment-${i}`}
              title={describeSegment(doc, s, i18n)}
            >
              <button
                type="button"
                className="block-body"
                onClick={() => onSelect(i)}
                aria-pressed={i === selIndex}
                aria-label={describeSegment(doc, s, i18n)}
              >
                <span className="block-label">{describeSegment(doc, s, i18n).split(' · ')[0]}</span>
              </button>
              {s.durationMin !== undefined && (
                <span
                  className="handle"
                  role="slider"
                  tabIndex={0}
                  aria-label={`${t('field.segmentDuration')}: ${describeSegment(doc, s, i18n).split(' · ')[0]}`}
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
              const load: Json | undefined = seg.compute?.[d.id];
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
                      value={load!.utilisationPercent}
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
                        checked={(load!.workloads as string[]).includes(w.id)}
                        onChange={(on) => {
                          const list = new Set<string>(load!.workloads);
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
