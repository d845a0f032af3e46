import { findAccelerator, findModel, hasValue } from '../catalog';
import { describePath, type Lang } from '../plan/describe-path';
import { fieldAt, fieldRange } from '../plan/field-registry';
import { validatePlan } from '../plan/load';
import { resolveDeviceSpec } from '../plan/presets';
import type { Plan } from '../plan/schema';
import { inRange } from '../plan/schema-ranges';
import { escapeInline } from '../text/safe-text';
import { simulate } from '../sim/simulate';
import type { VerdictReason } from '../sim/verdict';
import { evaluateAnswer, OUTPUTS, type OutputAnswer, type OutputKey } from './outputs';
import { getAtPath, numericLeaves, setAtPath } from './paths';

/** One input of a sensitivity study: a plan field, or a group of per-segment fields varied together. */
export interface SensitivityInput {
  /** The field's path, or for a group an id such as `dutyCycle.segments[*:walk].durationMin`. */
  path: string;
  /** The concrete paths varied together (one for a single field). */
  paths: string[];
  /** Their base values. */
  values: number[];
  /** The figure is written in the plan, or supplied by a catalog preset (chip or model) and written to vary it. */
  from: 'plan' | 'catalog';
  /** For a group: what it gathers (the activity of the segments, or the device whose utilisation varies). */
  group?: { kind: 'segmentDurations'; activity: string } | { kind: 'deviceUtilisation'; device: string };
}

export interface TornadoBar {
  path: string;
  /** The input in words (`describeInput`, English): the CSV's input name. */
  label?: string;
  paths: string[];
  from: 'plan' | 'catalog';
  group?: SensitivityInput['group'];
  /** The base input (for a group: the mean of its values), and its values at −d and +d. */
  baseInput: number;
  lowInput: number;
  highInput: number;
  /**
   * Output with the input lowered / raised by the step; null when that side is no answer (`lowNa`/`highNa`
   * say why: outside the input's range, or the plan cannot run or rests on a missing figure there).
   */
  outputLow: number | null;
  outputHigh: number | null;
  lowNa: BarSideNa;
  highNa: BarSideNa;
  /** |outputHigh − outputLow| (one-sided when a side is n/a): the bar's length, used for ranking. */
  swing: number;
}

/** Why a side of a bar has no output: its input leaves the allowed range, or the plan there is no answer. */
export type BarSideNa = null | 'out-of-range' | 'infeasible' | 'unknown' | 'not-available';

export interface Sensitivity {
  output: OutputKey;
  deltaPercent: number;
  baseOutput: number | null;
  bars: TornadoBar[];
  /**
   * Set when the base plan has no answer to be sensitive about (it cannot run, or rests on a missing figure,
   * and the output depends on the loads): no bars, and the plan's reasons.
   */
  blockedBy: { feasibility: 'infeasible' | 'unknown'; reasons: VerdictReason[] } | null;
}

/**
 * Above this many segments, per-segment inputs are grouped: one bar for the durations of all segments of an
 * activity, one for a device's utilisation in every segment. A 1000-segment duty cycle gives a few dozen
 * bars, not ten thousand (and a tornado of ten thousand bars answers nothing).
 */
export const MAX_PER_SEGMENT_BARS = 24;

/** Preset figures a sensitivity study varies when the plan leaves them to the catalog. */
const DEVICE_FIGURES = [
  ['idlePowerW', 'idlePowerW'],
  ['maxPowerW', 'maxPowerW'],
  ['peakTops', 'peakTops'],
  ['memory.bandwidthGBps', 'memoryBandwidthGBps'],
] as const;

/**
 * The inputs a sensitivity study perturbs: every physical input of the field registry the plan gives
 * (non-zero: a zero cannot be scaled), the figures its chips and models take from the catalog, and — for long
 * duty cycles — per-segment inputs in groups.
 */
export function sensitivityInputs(plan: Plan): SensitivityInput[] {
  const inputs: SensitivityInput[] = [];
  const grouped = plan.dutyCycle.segments.length > MAX_PER_SEGMENT_BARS;
  const groups = new Map<string, SensitivityInput>();
  for (const { path, value } of numericLeaves(plan)) {
    if (value === 0 || !fieldAt(path)?.analysable) continue;
    const seg = grouped
      ? /^dutyCycle\.segments\[(\d+)\]\.(durationMin|compute\.([^.]+)\.utilisationPercent)$/.exec(path)
      : null;
    if (seg) {
      const s = plan.dutyCycle.segments[Number(seg[1])]!;
      const group: SensitivityInput['group'] = seg[3]
        ? { kind: 'deviceUtilisation', device: seg[3] }
        : { kind: 'segmentDurations', activity: s.kind === 'activity' ? s.activity : s.kind };
      const id =
        group.kind === 'deviceUtilisation'
          ? `dutyCycle.segments[*].compute.${group.device}.utilisationPercent`
          : `dutyCycle.segments[*:${group.activity}].durationMin`;
      let g = groups.get(id);
      if (!g) {
        g = { path: id, paths: [], values: [], from: 'plan', group };
        groups.set(id, g);
        inputs.push(g);
      }
      g.paths.push(path);
      g.values.push(value);
      continue;
    }
    inputs.push({ path, paths: [path], values: [value], from: 'plan' });
  }
  // Figures the catalog supplies: the chip's powers, compute and bandwidth, the model's parameters.
  plan.compute.forEach((d, i) => {
    if (!d.preset || !findAccelerator(d.preset)) return;
    const spec = resolveDeviceSpec(d);
    for (const [rel, key] of DEVICE_FIGURES) {
      const fig = spec[key];
      if (fig.provenance.from !== 'catalog' || !fig.value) continue;
      const path = `compute[${i}].${rel}`;
      inputs.push({ path, paths: [path], values: [fig.value], from: 'catalog' });
    }
  });
  plan.workloads.forEach((w, i) => {
    if (w.kind !== 'llm' || w.paramsB !== undefined || !w.model) return;
    const m = findModel(w.model);
    if (m?.kind === 'llm' && hasValue(m.paramsB)) {
      const path = `workloads[${i}].paramsB`;
      inputs.push({ path, paths: [path], values: [m.paramsB.value], from: 'catalog' });
    }
  });
  return inputs;
}

/**
 * Fields whose validity depends on other fields (voltage order, reserve below the charge limit, idle below max,
 * durations of 0 or ≥ 1 s): a perturbed value is checked with the whole schema. Any other field is checked
 * against its own range, which is all the schema would check of it.
 */
const CROSS_CHECKED =
  /(Voltage|reservePercent|maxSocPercent|idlePowerW|maxPowerW|durationMin|ocvTable|massKg|specificEnergyWhPerKg)/;

/** The plan with the input scaled by `factor`, or null when that leaves an input's allowed range. */
function perturbed(plan: Plan, input: SensitivityInput, factor: number): Plan | null {
  let doc: Plan = plan;
  let needsSchema = false;
  for (let k = 0; k < input.paths.length; k++) {
    const path = input.paths[k]!;
    const range = fieldRange(path);
    let v = input.values[k]! * factor;
    if (range?.integer) v = Math.round(v);
    if (range && !inRange(v, range)) return null;
    if (range?.integer && v === input.values[k]) return null;
    if (CROSS_CHECKED.test(path)) needsSchema = true;
    doc = setAtPath(doc, path, v);
  }
  if (!needsSchema) return doc;
  const r = validatePlan(doc);
  return r.ok ? r.plan : null;
}

/** One bar: the output with the input at (1 − d) and (1 + d) times its value. */
export function sensitivityBar(
  plan: Plan,
  input: SensitivityInput,
  output: OutputKey,
  deltaFraction: number,
  baseOutput: number | null,
): TornadoBar {
  const mean = input.values.reduce((a, b) => a + b, 0) / input.values.length;
  const lo = perturbed(plan, input, 1 - deltaFraction);
  const hi = perturbed(plan, input, 1 + deltaFraction);
  const low = lo ? evaluateAnswer(lo, output) : null;
  const high = hi ? evaluateAnswer(hi, output) : null;
  const outputLow = low?.value ?? null;
  const outputHigh = high?.value ?? null;
  const ref = baseOutput ?? 0;
  const swing =
    outputLow !== null && outputHigh !== null
      ? Math.abs(outputHigh - outputLow)
      : Math.abs((outputLow ?? outputHigh ?? ref) - ref);
  return {
    path: input.path,
    paths: input.paths,
    from: input.from,
    ...(input.group ? { group: input.group } : {}),
    baseInput: mean,
    lowInput: mean * (1 - deltaFraction),
    highInput: mean * (1 + deltaFraction),
    outputLow,
    outputHigh,
    lowNa: sideNa(low),
    highNa: sideNa(high),
    swing: Number.isFinite(swing) ? swing : 0,
  };
}

function sideNa(a: OutputAnswer | null): BarSideNa {
  if (!a) return 'out-of-range';
  if (a.value !== null) return null;
  return a.feasibility === 'feasible' ? 'not-available' : a.feasibility;
}

/** Bars ranked by swing (ties by path, so the order is stable). */
export function rankBars(bars: TornadoBar[]): TornadoBar[] {
  return bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
}

type SensitivityOptions = {
  output?: OutputKey;
  deltaPercent?: number;
  paths?: string[];
  onProgress?: (done: number, total: number) => void;
};

/**
 * The study as steps: yields `[done, total]` after each bar and returns the study, so the synchronous call,
 * the CLI and the worker (which pause and cancel between bars) share one loop.
 */
function* sensitivitySteps(
  plan: Plan,
  opts: SensitivityOptions,
  signal?: AbortSignal,
): Generator<[number, number], Sensitivity> {
  const output = opts.output ?? 'runtimeHours';
  const d = (opts.deltaPercent ?? 10) / 100;
  const base = evaluateAnswer(plan, output);
  if (base.feasibility !== 'feasible' && OUTPUTS[output].loadDependent) {
    const r = simulate(plan, { skipSeries: true, skipLifetime: true });
    const infeasible = r.feasibility === 'infeasible';
    return {
      output,
      deltaPercent: d * 100,
      baseOutput: null,
      bars: [],
      blockedBy: {
        feasibility: infeasible ? 'infeasible' : 'unknown',
        reasons: infeasible ? r.infeasibleReasons : r.unknownReasons,
      },
    };
  }
  const all = sensitivityInputs(plan);
  const inputs = opts.paths
    ? opts.paths.map(
        (path) =>
          all.find((x) => x.path === path) ?? {
            path,
            paths: [path],
            values: [Number(getAtPath(plan, path))],
            from: 'plan' as const,
          },
      )
    : all;
  const bars: TornadoBar[] = [];
  for (let k = 0; k < inputs.length && !signal?.aborted; k++) {
    const input = inputs[k]!;
    if (input.values.every((v) => Number.isFinite(v))) {
      const bar = sensitivityBar(plan, input, output, d, base.value);
      bars.push({ ...bar, label: describeInput(plan, bar) });
    }
    yield [k + 1, inputs.length];
  }
  return { output, deltaPercent: d * 100, baseOutput: base.value, bars: rankBars(bars), blockedBy: null };
}

/**
 * One-at-a-time sensitivity (a tornado): each input lowered and raised by `deltaPercent` %, the chosen
 * output recomputed, bars ranked by swing. A side that leaves the input's allowed range, or where the plan
 * cannot run, is n/a. A base plan with no answer (infeasible or unknown, for a load-dependent output) gives no
 * bars but its reasons (`blockedBy`). `onProgress` is called after each bar.
 */
export function sensitivity(plan: Plan, opts: SensitivityOptions = {}): Sensitivity {
  const steps = sensitivitySteps(plan, opts);
  for (;;) {
    const n = steps.next();
    if (n.done) return n.value;
    opts.onProgress?.(...n.value);
  }
}

/**
 * The same study in steps for the CLI and the worker: `pause` after each bar (to yield to the event loop), and
 * an AbortSignal that stops it between bars (the bars so far come back, ranked).
 */
export async function sensitivityInSteps(
  plan: Plan,
  opts: SensitivityOptions & { signal?: AbortSignal; pause: () => Promise<void> },
): Promise<Sensitivity> {
  const steps = sensitivitySteps(plan, opts, opts.signal);
  for (;;) {
    const n = steps.next();
    if (n.done) return n.value;
    opts.onProgress?.(...n.value);
    await opts.pause();
  }
}

/** A bar's input in words: "Battery › Pack energy", "All “Walking” segments › Duration (12 segments)". */
export function describeInput(
  plan: unknown,
  bar: Pick<TornadoBar, 'path' | 'paths' | 'group' | 'from'>,
  lang: Lang = 'en',
): string {
  const doc = plan as Record<string, unknown>;
  if (!bar.group) {
    const text = describePath(doc, bar.path, lang);
    return bar.from === 'catalog' ? `${text} (${lang === 'ko' ? '카탈로그 값' : 'catalog figure'})` : text;
  }
  const n = bar.paths.length;
  if (bar.group.kind === 'segmentDurations') {
    const activities = ((plan as Plan).robot?.activities ?? []) as { id: string; label: string }[];
    const name =
      activities.find((a) => a.id === (bar.group as { activity: string }).activity)?.label ??
      bar.group.activity;
    return lang === 'ko'
      ? `모든 “${escapeInline(name)}” 구간 › 길이 (${n}개 구간)`
      : `All “${escapeInline(name)}” segments › Duration (${n} segments)`;
  }
  const dev = bar.group.device;
  const devices = ((plan as Plan).compute ?? []) as { id: string; name?: string }[];
  const name = devices.find((x) => x.id === dev)?.name ?? dev;
  return lang === 'ko'
    ? `장치 “${escapeInline(name)}” › 모든 구간의 사용률 (${n}개 구간)`
    : `Device “${escapeInline(name)}” › Utilisation in every segment (${n} segments)`;
}
