import type { ReactNode } from 'react';
import { fieldAt } from '../../../src/plan/field-registry';
import type { NumberRange } from '../../../src/plan/schema-ranges';
import { useI18n } from '../../i18n';
import { setField } from '../../state/commands';
import type { Command } from '../../state/store';
import { NumberField, TextField } from '../Field';

export type Dispatch = (cmd: Command) => void;

/** The registry's label, unit and help for a plan path (src/plan/field-registry.ts). */
export function useFieldText(path: string): { label: string; unit: string; help: string } {
  const { lang } = useI18n();
  const f = fieldAt(path);
  return { label: f?.label[lang] ?? path, unit: f?.unit ?? '', help: f?.help[lang] ?? '' };
}

/**
 * A number input for a plan field: label, unit, range and help from the field registry, committed as a
 * named undoable command ("Set Pack energy").
 */
export function PlanNumber({
  path,
  value,
  dispatch,
  label,
  unit,
  optional,
  testId,
  placeholder,
  required,
  hint,
  range,
  onCommit,
}: {
  path: string;
  value: number | undefined;
  dispatch: Dispatch;
  label?: string;
  unit?: string;
  optional?: boolean;
  testId?: string;
  placeholder?: string;
  required?: boolean;
  hint?: ReactNode;
  range?: NumberRange | null;
  onCommit?: (v: number | undefined) => void;
}) {
  const f = useFieldText(path);
  const shownLabel = label ?? f.label;
  return (
    <NumberField
      label={shownLabel}
      unit={unit ?? f.unit}
      value={value}
      path={path}
      optional={optional}
      testId={testId}
      placeholder={placeholder}
      required={required}
      hint={hint}
      {...(range !== undefined ? { range } : {})}
      title={f.help}
      onCommit={onCommit ?? ((v) => dispatch(setField(path, v, `Set ${f.label}`)))}
    />
  );
}

/** A text input for a plan field (label and help from the registry). */
export function PlanText({
  path,
  value,
  dispatch,
  label,
  testId,
  optional,
  placeholder,
}: {
  path: string;
  value: string | undefined;
  dispatch: Dispatch;
  label?: string;
  testId?: string;
  /** An empty text removes the field (an optional name or label). */
  optional?: boolean;
  placeholder?: string | undefined;
}) {
  const f = useFieldText(path);
  return (
    <TextField
      label={label ?? f.label}
      value={value ?? ''}
      placeholder={placeholder}
      path={path}
      testId={testId}
      title={f.help}
      onCommit={(v) =>
        dispatch(setField(path, optional && v.trim() === '' ? undefined : v, `Set ${f.label}`))
      }
    />
  );
}
