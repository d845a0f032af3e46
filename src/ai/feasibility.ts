/**
 * The feasibility checks of a workload analysis (src/ai/analyse.ts): bandwidth, compute and busy time against
 * the device (u > 1 is infeasible), memory capacity, and the verdict read from the issues.
 */
import { ph, type Phrase, type PhraseValue } from '../text/phrase';
import { aiIssue } from './issue';
import { GB, GBps, PCT, TOPS } from './phrase-values';
import type { AiIssue, DeviceSpec, Efficiency, StepTime } from './types';

/** Busy fraction above which a feasible workload gets an AI_NEAR_LIMIT warning. */
export const NEAR_LIMIT_UTILISATION = 0.9;

/** Relative tolerance on "> 1" so that a demand exactly at the roof is not flagged by rounding. */
const LIMIT_TOLERANCE = 1e-9;

export function exceeds(fraction: number): boolean {
  return fraction > 1 + LIMIT_TOLERANCE;
}

interface LoadCheck {
  d: DeviceSpec;
  e: Efficiency;
  /** What is asked, e.g. 'decode at 20 tok/s plus prefill of 6 requests/min × 512 tokens'. */
  demand: Phrase;
  bytesPerS: number;
  opsPerS: number;
  utilisation: number;
  /** True when some step moves DRAM bytes whose time is unknown (bandwidth null). */
  memoryTimeUnknown: boolean;
  phases: { label: Phrase; utilisation: number; bound: StepTime['bound'] }[];
  /** Extra sentence for the bandwidth-exceeded message (e.g. the max decode rate). */
  bandwidthHint?: Phrase;
  /** Extra sentence for the overloaded message (the runtime's per-token overhead and the fastest rate). */
  overloadHint?: Phrase;
  bandwidthUnknownHint?: Phrase;
}

/** Bandwidth, compute and busy-time checks shared by the LLM, vision and world-model analyses. */
export function loadIssues(c: LoadCheck): AiIssue[] {
  const issues: AiIssue[] = [];
  const { d, e } = c;
  const bw = d.memoryBandwidthBytesPerS;
  if (bw !== null && exceeds(c.bytesPerS / (e.bandwidth * bw))) {
    issues.push(
      aiIssue(
        'AI_BANDWIDTH_EXCEEDED',
        'error',
        ph('AI_BANDWIDTH_EXCEEDED', {
          demand: { p: c.demand, cap: true },
          need: GBps(c.bytesPerS),
          device: d.name,
          bw: GBps(bw),
          eff: PCT(e.bandwidth),
          effBw: GBps(e.bandwidth * bw),
          hint: { p: c.bandwidthHint ?? ph('empty') },
        }),
      ),
    );
  }
  if (exceeds(c.opsPerS / (e.compute * d.peakOpsPerS))) {
    issues.push(
      aiIssue(
        'AI_COMPUTE_EXCEEDED',
        'error',
        ph('AI_COMPUTE_EXCEEDED', {
          demand: { p: c.demand, cap: true },
          need: TOPS(c.opsPerS),
          device: d.name,
          peak: TOPS(d.peakOpsPerS),
          eff: PCT(e.compute),
          effPeak: TOPS(e.compute * d.peakOpsPerS),
        }),
      ),
    );
  }
  if (issues.length === 0 && exceeds(c.utilisation)) {
    const parts = c.phases
      .filter((p) => p.utilisation > 0)
      .map((p): PhraseValue => ({
        p: ph('phase', {
          label: { p: p.label },
          share: PCT(p.utilisation),
          bound: { p: ph(`bound.${p.bound}`) },
        }),
      }));
    issues.push(
      aiIssue(
        'AI_OVERLOADED',
        'error',
        ph('AI_OVERLOADED', {
          device: d.name,
          busy: PCT(c.utilisation),
          parts: { join: parts, sep: ' + ' },
          hint: { p: c.overloadHint ?? ph('hint.sequential') },
        }),
      ),
    );
  }
  if (c.memoryTimeUnknown) {
    issues.push(
      aiIssue(
        'AI_BANDWIDTH_UNKNOWN',
        'warning',
        ph('AI_BANDWIDTH_UNKNOWN', {
          device: d.name,
          u: PCT(c.utilisation),
          need: {
            p:
              c.bytesPerS > 0
                ? ph('bwUnknown.need', { demand: { p: c.demand }, bw: GBps(c.bytesPerS) })
                : ph('bwUnknown.none'),
          },
          hint: { p: c.bandwidthUnknownHint ?? ph('empty') },
        }),
      ),
    );
  }
  if (
    issues.every((i) => i.severity !== 'error') &&
    c.utilisation > NEAR_LIMIT_UTILISATION &&
    !exceeds(c.utilisation)
  ) {
    issues.push(
      aiIssue(
        'AI_NEAR_LIMIT',
        'warning',
        ph('AI_NEAR_LIMIT', {
          device: d.name,
          u: PCT(c.utilisation),
          bw: PCT(e.bandwidth),
          c: PCT(e.compute),
        }),
      ),
    );
  }
  return issues;
}

/**
 * Weights this large cannot stay in any edge accelerator's on-chip memory (tens of MB; Coral Edge TPU ≈ 8 MB,
 * coral.ai/docs/edgetpu/compiler "parameter data caching"): a chip without DRAM cannot hold them. Below it, an
 * unknown on-chip capacity stays unknown.
 */
export const ON_CHIP_MEMORY_IMPOSSIBLE_BYTES = 1e9;

export function memoryCapacityIssues(
  d: DeviceSpec,
  neededBytes: number,
  what: Phrase,
  tooSmall: Phrase,
): AiIssue[] {
  const cap = d.memoryCapacityBytes;
  if (cap === null && d.onChipMemoryOnly && neededBytes >= ON_CHIP_MEMORY_IMPOSSIBLE_BYTES) {
    // No off-chip DRAM: the weights must stay in on-chip SRAM, tens of MB on edge accelerators (the Coral
    // Edge TPU has about 8 MB). Gigabytes of LLM weights cannot.
    return [
      aiIssue(
        'AI_MEMORY_TOO_SMALL',
        'error',
        ph('AI_MEMORY_ON_CHIP_ONLY', { device: d.name, what: { p: what }, need: GB(neededBytes) }),
      ),
    ];
  }
  if (cap === null) {
    return [
      aiIssue(
        'AI_MEMORY_CAPACITY_UNKNOWN',
        'warning',
        ph('AI_MEMORY_CAPACITY_UNKNOWN', { device: d.name, what: { p: what } }),
      ),
    ];
  }
  if (neededBytes > cap) {
    return [
      aiIssue(
        'AI_MEMORY_TOO_SMALL',
        'error',
        ph('AI_MEMORY_TOO_SMALL', { need: { p: tooSmall, cap: true }, device: d.name, cap: GB(cap) }),
      ),
    ];
  }
  return [];
}

export function finish<T extends { issues: AiIssue[] }>(x: T): T & { feasible: boolean } {
  return { ...x, feasible: x.issues.every((i) => i.severity !== 'error') };
}

export function boundLabel(s: StepTime): StepTime['bound'] {
  return s.bound;
}
