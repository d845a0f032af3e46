/**
 * The shape of a field registry entry (src/plan/field-registry.ts) and the helper the group tables write
 * their entries with.
 */
export type FieldGroup =
  | 'plan'
  | 'robot'
  | 'battery'
  | 'compute'
  | 'workloads'
  | 'accessories'
  | 'conversion'
  | 'charger'
  | 'dutyCycle'
  | 'targets';

export interface Bilingual {
  en: string;
  ko: string;
}

export interface FieldDef {
  pattern: string;
  label: Bilingual;
  /** Display unit ('' for pure numbers and text). */
  unit: string;
  group: FieldGroup;
  help: Bilingual;
  /**
   * A physical input an analysis may vary (sensitivity, sweep): numbers that describe the robot, the pack, the
   * chips, the loads and the schedule — not counts of structure (layers, heads), ids or versions.
   */
  analysable?: boolean;
}

/** One entry: pattern, unit, group, English and Korean label, English and Korean help, analysable. */
export const f = (
  pattern: string,
  unit: string,
  group: FieldGroup,
  en: string,
  ko: string,
  helpEn: string,
  helpKo: string,
  analysable = false,
): FieldDef => ({ pattern, unit, group, label: { en, ko }, help: { en: helpEn, ko: helpKo }, analysable });
