/**
 * Every editable input of a plan, once: its path pattern, its label and one-line help in English and Korean,
 * its display unit and its group. The plan editor's labels, error messages ("Pack › Energy: must be …"),
 * sensitivity bars, the sweep's picker, `--set` help and the report's inputs table read it; ranges and
 * defaults come from the plan schema itself (`numberRange`).
 *
 * Patterns: `[]` is any list index, `{}` any key of a record (a device id in a segment's compute loads).
 */
import { numberRange, type NumberRange } from './schema-ranges';
import type { FieldDef } from './field-table/define';
import { PLAN_FIELDS } from './field-table/plan';
import { ROBOT_FIELDS } from './field-table/robot';
import { BATTERY_FIELDS } from './field-table/battery';
import { COMPUTE_FIELDS } from './field-table/compute';
import { WORKLOAD_FIELDS } from './field-table/workloads';
import { ACCESSORY_AND_CONVERSION_FIELDS } from './field-table/accessories';
import { CHARGER_FIELDS } from './field-table/charger';
import { DUTY_CYCLE_FIELDS } from './field-table/duty-cycle';
import { TARGET_FIELDS } from './field-table/targets';

export type { Bilingual, FieldDef, FieldGroup } from './field-table/define';

/** Every field, group by group (the order of the editor). */
export const FIELDS: readonly FieldDef[] = [
  ...PLAN_FIELDS,
  ...ROBOT_FIELDS,
  ...BATTERY_FIELDS,
  ...COMPUTE_FIELDS,
  ...WORKLOAD_FIELDS,
  ...ACCESSORY_AND_CONVERSION_FIELDS,
  ...CHARGER_FIELDS,
  ...DUTY_CYCLE_FIELDS,
  ...TARGET_FIELDS,
];

const BY_PATTERN = new Map(FIELDS.map((d) => [d.pattern, d]));

/**
 * The path pattern of a concrete path: `robot.activities[1].powerW` → `robot.activities[].powerW`,
 * `dutyCycle.segments[2].compute.npu.utilisationPercent` → `dutyCycle.segments[].compute{}.utilisationPercent`.
 */
export function patternOf(path: string): string {
  const parts = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let out = '';
  parts.forEach((p, i) => {
    if (p.startsWith('[')) out += '[]';
    else if (i >= 2 && parts[i - 1] === 'compute' && parts[i - 2]!.startsWith('[')) out += '{}';
    else out += out ? `.${p}` : p;
  });
  return out;
}

/** The field definition for a concrete path or pattern, if the path is an input of the registry. */
export function fieldAt(path: string): FieldDef | undefined {
  return BY_PATTERN.get(path) ?? BY_PATTERN.get(patternOf(path));
}

/** The allowed range of a numeric field (from the schema). */
export function fieldRange(path: string): NumberRange | null {
  return numberRange(fieldAt(path)?.pattern ?? patternOf(path));
}
