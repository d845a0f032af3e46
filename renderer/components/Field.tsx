import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { fieldAt, fieldRange } from '../../src/plan/field-registry';
import { settleParticles } from '../../src/text/korean-particles';
import { inRange, type NumberRange } from '../../src/plan/schema-ranges';
import { readQuantity, unitLabel, type QuantityError, type QuantityNote } from '../lib/units';
import { useI18n, type I18n } from '../i18n';

/** Validation errors of the current document, by JSON path ("battery.pack.energyWh"). */
export const ErrorsContext = createContext<Map<string, string>>(new Map());

function useFieldError(path: string | undefined): string | undefined {
  const errors = useContext(ErrorsContext);
  return path ? errors.get(path) : undefined;
}

/** A field's one-line help: given, else the field registry's for its plan path (src/plan/field-registry.ts). */
function useHelp(path: string | undefined, help: string | undefined): string | undefined {
  const { lang } = useI18n();
  return help || (path ? fieldAt(path)?.help[lang] : undefined) || undefined;
}

/**
 * A field's label with, when the field has help, an ⓘ that shows it on hover; the help is also the field's
 * description for screen readers (`helpId`, referenced by the input's aria-describedby).
 */
function FieldLabel({ id, label, help }: { id: string; label: string; help: string | undefined }) {
  return (
    <div className="field-label">
      <label htmlFor={id} title={help}>
        {label}
      </label>
      {help && <InfoMark id={id} help={help} />}
    </div>
  );
}

/** The ⓘ after a label, and the help it stands for (hidden, read as the field's description). */
function InfoMark({ id, help }: { id: string; help: string }) {
  return (
    <>
      <span className="field-info" title={help} aria-hidden="true" data-testid="field-info">
        ⓘ
      </span>
      <span id={`${id}-help`} hidden>
        {help}
      </span>
    </>
  );
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
  /**
   * The allowed range: from the plan schema for `path` (the field registry), unless given here. A value
   * outside it is refused at the field, like text that is not a number: no commit, no undo step.
   */
  range?: NumberRange | null;
  /** Marks a figure the plan needs and does not have (an "enter figures" prompt). */
  required?: boolean;
  /** A line under the field: where its value comes from (catalog source and confidence), or help. */
  hint?: ReactNode;
  /** One-line help, shown on hover and read by screen readers (the field registry's for `path` when absent). */
  title?: string;
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
  digits = 10,
  range,
  required,
  hint,
  title,
}: NumberFieldProps) {
  const id = useId();
  const { num, t, lang } = useI18n();
  const help = useHelp(path, title);
  const shownUnit = unitLabel(unit, lang);
  const shown = value === undefined ? '' : String(Number(value.toPrecision(digits)));
  const [text, setText] = useState(shown);
  // Only text the user typed is committed: focusing a field and leaving it changes nothing.
  const [edited, setEdited] = useState(false);
  const [parseError, setParseError] = useState<string | null>(null);
  // How the last committed text was read when it could have meant another number ("1,5" → 1.5): shown under
  // the field while the field holds that value, never blocking.
  const [note, setNote] = useState<{ note: QuantityNote; value: number } | null>(null);
  useEffect(() => {
    setText(shown);
    setEdited(false);
  }, [shown]);
  const planError = useFieldError(path);
  const error = parseError ?? planError;
  const allowed = range === undefined ? (path ? fieldRange(path) : null) : range;
  const shownNote = !error && note && note.value === value ? noteText(note.note, t) : null;
  const commit = () => {
    if (!edited || text === shown) {
      setParseError(null);
      return;
    }
    if (text.trim() === '') {
      if (optional) onCommit(undefined);
      else setText(shown);
      setParseError(null);
      setNote(null);
      setEdited(false);
      return;
    }
    const r = readQuantity(text, unit, lang);
    if (!r.ok) {
      setParseError(errorText(r.error, text, shownUnit, t));
      setNote(null);
      return;
    }
    const v = r.value;
    if (allowed && !inRange(v, allowed)) {
      setParseError(
        settleParticles(t('field.outOfRange', { text, range: describeRange(allowed, shownUnit, num) })),
      );
      setNote(null);
      return;
    }
    setParseError(null);
    setNote(r.note ? { note: r.note, value: v } : null);
    setEdited(false);
    if (v !== value) onCommit(v);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}${required ? ' field-required' : ''}`}>
      <FieldLabel id={id} label={label} help={help} />
      <div className="field-input">
        <input
          id={id}
          title={help}
          data-testid={testId}
          data-required={required ? '1' : undefined}
          inputMode="decimal"
          value={text}
          placeholder={placeholder ?? (value === undefined ? '' : num(value))}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={
            error
              ? `${id}-err`
              : [shownNote && `${id}-note`, hint && `${id}-hint`, help && `${id}-help`]
                  .filter(Boolean)
                  .join(' ') || undefined
          }
          onChange={(e) => {
            setText(e.target.value);
            setEdited(true);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(shown);
              setEdited(false);
              setParseError(null);
            }
          }}
        />
        <span className="unit" aria-hidden="true">
          {shownUnit}
        </span>
      </div>
      {error && (
        <div className="field-error" id={`${id}-err`} role="alert">
          ⚠ {error}
        </div>
      )}
      {shownNote && (
        <div
          className="field-hint field-note"
          id={`${id}-note`}
          data-testid={testId ? `${testId}-note` : undefined}
          role="status"
        >
          {shownNote}
        </div>
      )}
      {!error && hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** Why a field's text was refused, in the reader's language (`readQuantity`'s reason). */
function errorText(e: QuantityError, text: string, unit: string, t: I18n['t']): string {
  return settleParticles(errorWords(e, text, unit, t));
}

function errorWords(e: QuantityError, text: string, unit: string, t: I18n['t']): string {
  switch (e.code) {
    case 'notANumber':
      return t('field.notANumber', { text, unit });
    case 'wrongUnit':
      return t('field.wrongUnit', { text, given: e.unit, unit });
    case 'notATimeUnit':
      return t('field.notATimeUnit', { text, given: e.unit });
    case 'badClock':
      return t('field.badClock', { text });
    case 'badDuration':
      return t('field.badDuration', { text });
  }
}

/** "Read as 1.5: “,” taken as the decimal point": how an ambiguous number was read. */
function noteText(n: QuantityNote, t: I18n['t']): string {
  const vars = { read: n.read, decimal: n.decimal, group: n.group };
  const key = (
    {
      ambiguousDecimal: 'field.noteDecimal',
      ambiguousThousands: 'field.noteThousands',
      foreignFormat: 'field.noteForeign',
    } as const
  )[n.code];
  return settleParticles(t(key, vars));
}

/** "0 … 100 000 W", "more than 0 min": the range a field accepts, for its message. */
export function describeRange(r: NumberRange, unit: string, num: (v: number) => string): string {
  const u = unit ? ` ${unit}` : '';
  if (r.max === Infinity) return `${r.exclusiveMin ? '> ' : '≥ '}${num(r.min)}${u}`;
  return `${r.exclusiveMin ? '> ' : ''}${num(r.min)} … ${num(r.max)}${u}`;
}

export function TextField({
  label,
  value,
  onCommit,
  path,
  testId,
  title,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit(v: string): void;
  path?: string;
  testId?: string;
  title?: string;
  /** Shown greyed when empty: what an empty optional field means (a device named after its chip). */
  placeholder?: string | undefined;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const error = useFieldError(path);
  const help = useHelp(path, title);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <FieldLabel id={id} label={label} help={help} />
      <input
        id={id}
        title={help}
        data-testid={testId}
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={help ? `${id}-help` : undefined}
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
  path,
  help: given,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
  testId?: string;
  /** The plan path it edits: its help comes from the field registry. */
  path?: string;
  /** One-line help, where the field is no plan path of the registry. */
  help?: string;
}) {
  const id = useId();
  const help = useHelp(path, given);
  return (
    <div className="field">
      <FieldLabel id={id} label={label} help={help} />
      <select
        id={id}
        data-testid={testId}
        value={value}
        title={help}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
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
  testId,
  path,
  help: given,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  testId?: string;
  /** The plan path it edits: its help comes from the field registry. */
  path?: string;
  /** One-line help, where the field is no plan path of the registry. */
  help?: string;
}) {
  const id = useId();
  const help = useHelp(path, given);
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-testid={testId}
        title={help}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} title={help}>
        {label}
      </label>
      {help && <InfoMark id={id} help={help} />}
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
