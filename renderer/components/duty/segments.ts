import { chipDisplayName } from '../../../src/catalog/chip-names';
import type { NumberRange } from '../../../src/plan/schema-ranges';
import type { PlanInput } from '../../../src/plan/schema';
import type { I18n } from '../../i18n';
import { ACTIVITY_COLORS, CHARGE_COLOR, REST_COLOR } from '../../lib/colors';

export type Segment = PlanInput['dutyCycle']['segments'][number];
export type Repeat = NonNullable<PlanInput['dutyCycle']['repeat']>;
export type Activity = PlanInput['robot']['activities'][number];
export type Device = NonNullable<PlanInput['compute']>[number];
export type Workload = NonNullable<PlanInput['workloads']>[number];
export type Accessory = NonNullable<PlanInput['accessories']>[number];
export type DeviceLoad = NonNullable<Extract<Segment, { kind: 'activity' }>['compute']>[string];

/**
 * What the editor accepts as a segment's duration: at least one second (the schema also allows 0, "skipped",
 * in files; typed in the editor, 0 or a negative duration is a mistake and is refused at the field).
 */
export const DURATION_RANGE: NumberRange = { min: 1 / 60, max: 100_000, exclusiveMin: false, integer: false };

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
    const devName =
      d?.name ?? (d?.preset ? chipDisplayName(d.preset, t.lang) : undefined) ?? dev.toUpperCase();
    return load.workloads
      ? `${devName}: ${load.workloads.map(workloadName).join(' + ')}`
      : `${devName} ${t.num(load.utilisationPercent ?? 0)} %`;
  });
  return [`${name} ${dur}`, ...loads].join(' · ');
}

export function segmentColor(doc: PlanInput, s: Segment): string {
  if (s.kind === 'rest') return REST_COLOR;
  if (s.kind === 'charge') return CHARGE_COLOR;
  const i = (doc.robot?.activities ?? []).findIndex((a) => a.id === s.activity);
  return ACTIVITY_COLORS[Math.max(0, i) % ACTIVITY_COLORS.length]!;
}

/** A segment's length on the timeline: its duration; a charge "until full" is drawn as 30 min. */
export function timelineMinutes(s: Segment): number {
  return Number(s.durationMin) || (s.kind === 'charge' ? 30 : 0);
}
