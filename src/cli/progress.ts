import type { Output } from './command';
import { UserError } from '../node/files';

/** A long analysis says how far it is on stderr once it has run this long (stdout stays the result). */
export const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 1000;

/**
 * A progress callback for a long CLI analysis: silent for the first 2 s, then a line on stderr at most once a
 * second ("sensitivity: 120 of 400 (30 %) — Ctrl+C stops"), so quick runs print nothing extra.
 */
export function progressOnStderr(label: string, io: Output, now: () => number = Date.now) {
  const start = now();
  let last = 0;
  return (done: number, total: number): void => {
    const t = now();
    if (t - start < PROGRESS_AFTER_MS || (t - last < PROGRESS_EVERY_MS && done < total)) return;
    last = t;
    const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
    io.err(`${label}: ${done} of ${total} (${pct} %)${done < total ? ' — Ctrl+C stops' : ''}\n`);
  };
}

/** Exit code of a run stopped with Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT = 130;

/** A run the user stopped: nothing was written. */
export class Interrupted extends UserError {
  constructor() {
    super('stopped (Ctrl+C); no output was written');
  }
}

/**
 * Run an async analysis that yields between steps, stopping cleanly on Ctrl+C: the signal aborts, the
 * analysis returns at its next step, and the command ends with `Interrupted` — no partial file, no stack.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctl = new AbortController();
  const onSigint = () => ctl.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await work(ctl.signal);
    if (ctl.signal.aborted) throw new Interrupted();
    return result;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

/** Yield to the event loop (so Ctrl+C and progress get their turn) about every 50 ms of work. */
export function yielder(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < 50) return;
    await new Promise<void>((r) => setImmediate(r));
    last = Date.now();
  };
}
