import { z } from 'zod';
import { text } from './fields';

/** Free-text notes: any plan part may carry them (one schema, shared). */
export const notes = text(20_000, 0, { multiline: true }).optional();

/** A catalog id (an accelerator, runtime, weight format or model); see `powerplan catalog`. */
export const catalogId = z
  .string({ error: 'must be a catalog id (see `powerplan catalog`)' })
  .regex(/^[a-z0-9][a-z0-9._-]{0,60}$/, { error: 'must be a catalog id (see `powerplan catalog`)' });
