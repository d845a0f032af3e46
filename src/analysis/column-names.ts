import { describePath } from '../plan/describe-path';
import { fieldAt } from '../plan/field-registry';
import type { Plan } from '../plan/schema';
import { outputLabel, OUTPUTS, type OutputKey } from './outputs';

/**
 * Column names of the CSV files, read from the registries so a spreadsheet shows the words the app shows:
 * an output as "Runtime per charge (h)" (src/analysis/outputs.ts), an input as
 * "Activity “Walking” › Power (W)" (src/plan/field-registry.ts). English: CSV files are read by tools too.
 */
export function outputHeader(key: OutputKey): string {
  const unit = OUTPUTS[key].unit;
  return unit ? `${outputLabel(key)} (${unit})` : outputLabel(key);
}

/** An input's column name: its path in words and its unit (the path as written when the registry lacks it). */
export function inputHeader(plan: Plan, path: string): string {
  const unit = fieldAt(path)?.unit;
  const words = describePath(plan, path);
  return unit ? `${words} (${unit})` : words;
}
