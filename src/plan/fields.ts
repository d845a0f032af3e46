import { z } from 'zod';
import { forbiddenCharacter, isInvisible } from '../text/safe-text';

/**
 * Building blocks for the plan schema: every number carries its allowed range and unit in its error
 * message, so a validation error names the field, the problem and what is allowed.
 */

function formatBound(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** A finite number in [min, max] (or (min, max] when `exclusiveMin`), with the unit in its messages. */
export function num(
  min: number,
  max: number,
  unit: string,
  opts: { exclusiveMin?: boolean; int?: boolean } = {},
) {
  const lower = opts.exclusiveMin ? `greater than ${formatBound(min)}` : `at least ${formatBound(min)}`;
  const range = `${opts.exclusiveMin ? '>' : ''}${formatBound(min)} … ${formatBound(max)}${unit ? ' ' + unit : ''}`;
  const kind = opts.int ? 'a whole number' : 'a number';
  let schema = z.number({
    error: (issue) =>
      issue.input === undefined ? `required: ${kind} in ${range}` : `must be ${kind} in ${range}`,
  });
  if (opts.int) schema = schema.int({ error: `must be a whole number in ${range}` });
  schema = opts.exclusiveMin
    ? schema.gt(min, { error: `must be ${lower} (allowed ${range})` })
    : schema.gte(min, { error: `must be ${lower} (allowed ${range})` });
  return schema.lte(max, { error: `must be at most ${formatBound(max)} (allowed ${range})` });
}

/** Identifier used to cross-reference activities, devices, accessories and workloads. */
export const id = z
  .string({ error: 'required: an id (letters, digits, "-" or "_", 1–40 characters)' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, {
    error: 'must be an id: letters, digits, "-" or "_", starting with a letter or digit, 1–40 characters',
  });

/**
 * Human-readable text with a length limit. No control characters (line breaks only in multi-line `notes`),
 * no bidirectional overrides, and — when not empty — at least one visible character: a name made only of
 * spaces or zero-width characters shows as nothing (src/text/safe-text.ts).
 */
export function text(maxLength: number, minLength = 0, opts: { multiline?: boolean } = {}) {
  return z
    .string({ error: `must be text (${minLength}–${maxLength} characters)` })
    .min(minLength, { error: `must have at least ${minLength} character(s)` })
    .max(maxLength, { error: `must have at most ${maxLength} characters` })
    .superRefine((s, ctx) => {
      const bad = forbiddenCharacter(s, opts.multiline === true);
      if (bad)
        ctx.addIssue({
          code: 'custom',
          message: `must not contain control or text-direction characters (found ${bad})`,
        });
      else if (isInvisible(s))
        ctx.addIssue({ code: 'custom', message: 'must contain a visible character (not only spaces)' });
    });
}

/** A percentage in [min, max] %. */
export function percent(min = 0, max = 100) {
  return num(min, max, '%');
}
