/** Figures in AI issue sentences: bytes as GB, rates as GB/s or TOPS, fractions as percent, plain numbers. */
import type { PhraseValue } from '../text/phrase';

export const GB = (bytes: number): PhraseValue => ({ ai: bytes / 1e9, u: 'GB' });
export const GBps = (bytesPerS: number): PhraseValue => ({ ai: bytesPerS / 1e9, u: 'GB/s' });
export const TOPS = (opsPerS: number): PhraseValue => ({ ai: opsPerS / 1e12, u: 'TOPS' });
export const PCT = (fraction: number): PhraseValue => ({ pct: fraction });
export const N = (x: number): PhraseValue => ({ ai: x });
