import { findAccelerator, findModel, hasValue } from '../catalog';
import { describePath, type Lang } from '../plan/describe-path';
import { fieldAt, fieldRange } from '../plan/field-registry';
import { validatePlan } from '../plan/load';
import { resolveDeviceSpec } from '../plan/presets';
import type { Plan } from '../plan/schema';
import { inRange } from '../plan/schema-ranges';
import { escapeInline } from '../text/safe-text';
import { evaluateOutput, type OutputKey } from './outputs';
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
  paths: string[];
  from: 'plan' | 'catalog';
  group?: SensitivityInput['group'];
  /** The base input (for a group: the mean of its values), and its values at −d and +d. */
  baseInput: number;
  lowInput: number;
  highInput: number;
  /** Output with the input lowered / raised by the step; null when that side is outside the input's range. */
  outputLow: number | null;
  outputHigh: number | null;
  /** |outputHigh − outputLow| (one-sided when a side is n/a): the bar's length, used for ranking. */
  swing: number;
}

export interface Sensitivity {
  output: OutputKey;
  deltaPercent: number;
  baseOutput: number | null;
  bars: TornadoBar[];
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
  const outputLow = lo ? evaluateOutput(lo, output) : null;
  const outputHigh = hi ? evaluateOutput(hi, output) : null;
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
    swing: Number.isFinite(swing) ? swing : 0,
  };
}

/** Bars ranked by swing (ties by path, so the order is stable). */
export function rankBars(bars: TornadoBar[]): TornadoBar[] {
  return bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
}

/**
 * One-at-a-time sensitivity (a tornado): each input lowered and raised by `deltaPercent` %, the chosen
 * output recomputed, bars ranked by swing. A side that leaves the input's allowed range is n/a. `onProgress`
 * is called after each bar (the CLI and the worker run long studies in steps, with cancel).
 */
export function sensitivity(
  plan: Plan,
  opts: {
    output?: OutputKey;
    deltaPercent?: number;
    paths?: string[];
    onProgress?: (done: number, total: number) => void;
  } = {},
): Sensitivity {
  const output = opts.output ?? 'runtimeHours';
  const d = (opts.deltaPercent ?? 10) / 100;
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
  const baseOutput = evaluateOutput(plan, output);
  const bars: TornadoBar[] = [];
  inputs.forEach((input, k) => {
    if (input.values.every((v) => Number.isFinite(v)))
      bars.push(sensitivityBar(plan, input, output, d, baseOutput));
    opts.onProgress?.(k + 1, inputs.length);
  });
  return { output, deltaPercent: d * 100, baseOutput, bars: rankBars(bars) };
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
