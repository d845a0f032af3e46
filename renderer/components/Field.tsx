import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { parseQuantity } from '../lib/units';
import { useI18n } from '../i18n';

/** Validation errors of the current document, by JSON path ("battery.pack.energyWh"). */
export const ErrorsContext = createContext<Map<string, string>>(new Map());

function useFieldError(path: string | undefined): string | undefined {
  const errors = useContext(ErrorsContext);
  return path ? errors.get(path) : undefined;
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  unit: string;
  path?: string;
  placeholder?: string;
  onCommit(value: number | undefined): void;
  /** Allow clearing the field (an optional value, e.g. a preset supplies it). */
  optional?: boolean;
  testId?: string;
  digits?: number;
}

/**
 * A number input with its unit. It keeps its own text while the user types (no recompute per keystroke),
 * commits on Enter or blur, accepts typed units ("2.3 kWh", "45 min"), and shows the plan's validation error
 * for its path.
 */
export function NumberField({
  label,
  value,
  unit,
  path,
  placeholder,
  onCommit,
  optional,
  testId,
  digits = 6,
}: NumberFieldProps) {
  const id = useId();
  const { num } = useI18n();
  const shown = value === undefined ? '' : String(Number(value.toPrecision(digits)));
  const [text, setText] = useState(shown);
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => setText(shown), [shown]);
  const planError = useFieldError(path);
  const error = parseError ?? planError;
  const commit = () => {
    if (text.trim() === '') {
      if (optional) onCommit(undefined);
      else setText(shown);
      setParseError(null);
      return;
    }
    const v = parseQuantity(text, unit);
    if (v === null) {
      setParseError(`“${text}” is not a number in ${unit}`);
      return;
    }
    setParseError(null);
    if (v !== value) onCommit(v);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-input">
        <input
          id={id}
          data-testid={testId}
          inputMode="decimal"
          value={text}
          placeholder={placeholder ?? (value === undefined ? '' : num(value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(shown);
              setParseError(null);
            }
          }}
        />
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      {error && (
        <div className="field-error" id={`${id}-err`} role="alert">
          ⚠ {error}
        </div>
      )}
    </div>
  );
}

export function TextField({
  label,
  value,
  onCommit,
  path,
  testId,
}: {
  label: string;
  value: string;
  onCommit(v: string): void;
  path?: string;
  testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const error = useFieldError(path);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={testId}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== value && onCommit(text)}
        onKeyDown={(e) => e.key === 'Enter' && text !== value && onCommit(text)}
      />
      {error && (
        <div className="field-error" role="alert">
          ⚠ {error}
        </div>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Section({
  title,
  children,
  open = true,
  testId,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
  testId?: string;
}) {
  return (
    <details className="section" open={open} data-testid={testId}>
      <summary>{title}</summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
