import { describe, expect, it } from 'vitest';
import { powerModeScenarios, runtimeScenarios } from '../../src/analysis/seed-scenarios';
import { applyScenario, type Scenario } from '../../src/analysis/scenarios';
import { findAccelerator, findRuntime, findWeightFormat } from '../../src/catalog';
import { runCli } from '../../src/cli/main';
import { withChip } from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import { resolvePlan } from '../../src/plan/resolve';
import type { Plan, PlanInput } from '../../src/plan/schema';
import { minimalPlan } from './plan-helpers';

type DeviceOver = Record<string, unknown>;
type WorkloadOver = Record<string, unknown>;

/** A one-device plan: an Orin Nano Super (or `preset`) running Llama 3.2 1B chat all shift. */
function aiPlan(device: DeviceOver = {}, workload: WorkloadOver = {}): PlanInput {
  return {
    ...minimalPlan(),
    compute: [{ id: 'gpu', preset: 'jetson-orin-nano-8gb-super', defaultWorkloads: ['chat'], ...device }],
    workloads: [{ id: 'chat', kind: 'llm', model: 'llama-3.2-1b', decodeTokensPerS: 5, ...workload }],
  } as PlanInput;
}

function inference(doc: PlanInput) {
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  const a = resolvePlan(r.plan).aiAnalyses[0]!;
  if (a.analysis.kind !== 'llm') throw new Error('not an LLM analysis');
  return { inference: a.inference!, roofline: a.analysis.roofline!, resolved: resolvePlan(r.plan) };
}

function applied(base: Plan, s: Scenario): PlanInput {
  const r = applyScenario(base, s);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.plan as PlanInput;
}

function errorsOf(doc: PlanInput): { path: string; message: string }[] {
  const r = validatePlan(doc);
  return r.ok ? [] : r.errors;
}

describe('plan checks name the runtime, format and mode a plan gets wrong', () => {
  it('an unknown device runtime is an error at its path, listing the runtimes', () => {
    const e = errorsOf(aiPlan({ runtime: 'llamafile' }));
    expect(e).toHaveLength(1);
    expect(e[0]!.path).toBe('compute[0].runtime');
    expect(e[0]!.message).toMatch(/llamafile/);
    expect(e[0]!.message).toMatch(/llama\.cpp/);
  });

  it('an unknown workload runtime and an unknown weight format are errors at their paths', () => {
    expect(errorsOf(aiPlan({}, { runtime: 'nope' }))[0]!.path).toBe('workloads[0].runtime');
    const q = errorsOf(aiPlan({}, { quantisation: 'gguf-q3_weird' }));
    expect(q[0]!.path).toBe('workloads[0].quantisation');
    expect(q[0]!.message).toMatch(/gguf-q4_k_m/);
  });

  it('a format and nominal bits together are refused', () => {
    const e = errorsOf(aiPlan({}, { quantisation: 'gguf-q4_k_m', bitsPerWeight: 4 }));
    expect(e.some((x) => /not both/.test(x.message))).toBe(true);
  });

  it('a power mode the chip does not have is an error naming the modes it has', () => {
    const e = errorsOf(aiPlan({ powerMode: '40W' }));
    expect(e[0]!.path).toBe('compute[0].powerMode');
    expect(e[0]!.message).toMatch(/7W/);
    expect(e[0]!.message).toMatch(/MAXN_SUPER/);
    const noModes = errorsOf(aiPlan({ preset: 'deepx-dx-m1', powerMode: '25W' }));
    expect(noModes[0]!.path).toBe('compute[0].powerMode');
  });
});

describe('which runtime a workload runs on', () => {
  it('the chip default applies without a choice; the device overrides it; the workload overrides both', () => {
    expect(inference(aiPlan()).inference.runtimeId).toBe(
      findAccelerator('jetson-orin-nano-8gb-super')!.defaultRuntime,
    );
    expect(inference(aiPlan({ runtime: 'mlc-llm' })).inference.runtimeId).toBe('mlc-llm');
    expect(inference(aiPlan({ runtime: 'mlc-llm' }, { runtime: 'ollama' })).inference.runtimeId).toBe(
      'ollama',
    );
  });

  it('a chip without a default runtime and a plan without a choice gets the plain roofline', () => {
    const r = inference(
      aiPlan({
        preset: undefined,
        name: 'Custom',
        peakTops: 40,
        idlePowerW: 2,
        maxPowerW: 10,
        memory: { bandwidthGBps: 50, capacityGB: 8 },
      }),
    );
    expect(r.inference.runtimeId).toBe('roofline');
    expect(r.inference.perTokenOverheadMs).toBe(0);
    expect(r.inference.bandwidthEfficiency).toBeCloseTo(0.7, 12);
  });

  it("the runtime's default format applies when the workload names none; nominal bits mean no format", () => {
    const llamaCpp = findRuntime('llama.cpp')!;
    expect(inference(aiPlan()).inference.format).toBe(findWeightFormat(llamaCpp.defaultFormat!)!.name);
    const nominal = inference(aiPlan({}, { bitsPerWeight: 4 })).inference;
    expect(nominal.format).toBeNull();
    expect(nominal.bitsPerWeight).toBe(4);
  });

  it("the plan's own efficiency wins over the runtime's fitted one (the overhead stays)", () => {
    const r = inference(aiPlan({ efficiency: { bandwidthPercent: 55 } })).inference;
    expect(r.bandwidthEfficiency).toBeCloseTo(0.55, 12);
    expect(r.perTokenOverheadMs).toBeGreaterThan(0);
  });
});

describe('decode rate: t = bytes / (η·κ·BW) + σ·(t₀ + s·V/10⁵)', () => {
  const vocab = 128_256; // Llama 3.2's vocabulary (config.json)

  function expectedRate(runtimeId: string, modeId: string | undefined, totalBytes: number): number {
    const rt = findRuntime(runtimeId)!;
    const chip = findAccelerator('jetson-orin-nano-8gb-super')!;
    const modes = chip.powerModes!;
    const mode = modeId ? modes.find((m) => m.id === modeId)! : modes[0]!;
    const reference = mode === modes[0];
    const kappa = reference ? 1 : mode.bandwidthScale.value!;
    const sigma = reference ? 1 : mode.overheadScale.value!;
    const bwBytesPerS = mode.memoryBandwidthGBps.value! * 1e9;
    const eta = Math.min(1, rt.bandwidthEfficiency.value! * kappa);
    const overheadS =
      (sigma * (rt.perTokenOverheadMs.value! + (rt.perVocabOverheadMs.value! * vocab) / 1e5)) / 1000;
    return 1 / (totalBytes / (eta * bwBytesPerS) + overheadS);
  }

  for (const runtime of ['llama.cpp', 'mlc-llm', 'tensorrt-edge-llm']) {
    for (const mode of [undefined, '25W', '15W', '7W']) {
      it(`${runtime} in ${mode ?? 'the reference mode'} matches the formula from the catalog's figures`, () => {
        const r = inference(aiPlan({ runtime, ...(mode ? { powerMode: mode } : {}) }));
        const bytes = r.roofline.bytesPerToken.totalBytes;
        expect(r.inference.maxTokensPerS).toBeCloseTo(expectedRate(runtime, mode, bytes), 9);
        expect(r.roofline.maxDecodeTokensPerS).toBeCloseTo(expectedRate(runtime, mode, bytes), 9);
      });
    }
  }

  it('7 W decodes 2–2.7× slower than 15 W for a 1 B model on llama.cpp, as published', () => {
    const fast = inference(aiPlan({ powerMode: '15W' })).inference.maxTokensPerS!;
    const slow = inference(aiPlan({ powerMode: '7W' })).inference.maxTokensPerS!;
    expect(fast / slow).toBeGreaterThan(2);
    expect(fast / slow).toBeLessThan(2.7);
  });

  it("a mode sets the device's bandwidth and power envelope and names itself", () => {
    const r = inference(aiPlan({ powerMode: '7W' }));
    const d = r.resolved.devices[0]!;
    expect(d.spec.memoryBandwidthGBps.value).toBeCloseTo(68.3, 6);
    expect(d.maxPowerW).toBeLessThanOrEqual(7);
    expect(r.inference.powerMode).toBe('7 W');
  });

  it('a format with fall-back tensors reads more bytes than its nominal bits say', () => {
    const q4 = inference(aiPlan({}, { quantisation: 'gguf-q4_k_m' })).roofline.bytesPerToken.weightsBytes;
    const nominal = inference(aiPlan({}, { bitsPerWeight: 4.85 })).roofline.bytesPerToken.weightsBytes;
    expect(q4).toBeGreaterThan(nominal);
    // Nominal bits are params × bits / 8 (Llama 3.2 1B: 1.236 B params, tied embeddings).
    const w = inference(aiPlan({}, { bitsPerWeight: 4 }));
    expect(w.roofline.bytesPerToken.weightsBytes).toBeCloseTo((1.236e9 * 4) / 8, -3);
  });
});

describe('swapping chips and generating scenarios', () => {
  it("swapping the chip drops the old chip's power mode and runtime", () => {
    const d = withChip(
      { id: 'gpu', preset: 'jetson-orin-nano-8gb-super', powerMode: '7W', runtime: 'mlc-llm' },
      'deepx-dx-m1',
    );
    expect(d.preset).toBe('deepx-dx-m1');
    expect(d.powerMode).toBeUndefined();
    expect(d.runtime).toBeUndefined();
  });

  it("one scenario per power mode other than the device's own, each valid and naming its mode", () => {
    const plan = validatePlan(aiPlan({ powerMode: '25W' }));
    if (!plan.ok) throw new Error('invalid');
    const s = powerModeScenarios(plan.plan, 'gpu');
    expect(s.map((x) => x.name)).toEqual(['MAXN SUPER mode', '15 W mode', '7 W mode']);
    const rates = s.map((x) => inference(applied(plan.plan, x)).inference.maxTokensPerS!);
    expect(rates[2]).toBeLessThan(rates[1]!);
    expect(powerModeScenarios(plan.plan, 'nope')).toEqual([]);
  });

  it('runtime scenarios switch the device and any workload that names its own runtime, with a fitting format', () => {
    const plan = validatePlan(aiPlan({}, { runtime: 'llama.cpp', quantisation: 'gguf-q4_k_m' }));
    if (!plan.ok) throw new Error('invalid');
    const s = runtimeScenarios(plan.plan, 'gpu');
    expect(s.some((x) => x.name === findRuntime('llama.cpp')!.name)).toBe(false);
    const mlc = s.find((x) => x.name === findRuntime('mlc-llm')!.name)!;
    const changed = inference(applied(plan.plan, mlc)).inference;
    expect(changed.runtimeId).toBe('mlc-llm');
    expect(changed.format).toBe(findWeightFormat(findRuntime('mlc-llm')!.defaultFormat!)!.name);
  });
});

describe('powerplan catalog runtimes | modes | formats', () => {
  async function cli(...args: string[]) {
    let out = '';
    const code = await runCli(args, { out: (t) => (out += t), err: (t) => (out += t) });
    return { code, out };
  }

  it('lists every offered runtime with its fitted figures', async () => {
    const r = await cli('catalog', 'runtimes');
    expect(r.code).toBe(0);
    for (const id of ['llama.cpp', 'ollama', 'mlc-llm', 'tensorrt-edge-llm', 'deepx-dx-rt'])
      expect(r.out).toContain(id);
  });

  it("lists the Orin Nano's modes with their bandwidth", async () => {
    const r = await cli('catalog', 'modes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/7W/);
    expect(r.out).toMatch(/MAXN_SUPER/);
    expect(r.out).toMatch(/68\.\d/);
  });

  it("lists formats with the file's average bits on Llama 2 7B (Q4_K_M 4.84)", async () => {
    const r = await cli('catalog', 'formats');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/gguf-q4_k_m.*4\.84/);
  });
});

describe('a runtime runs only on the chips it supports', () => {
  it("a vendor SDK on another vendor's chip is an error naming the runtimes that chip can use", () => {
    const device = errorsOf(aiPlan({ runtime: 'hailort-genai' }));
    expect(device[0]!.path).toBe('compute[0].runtime');
    expect(device[0]!.message).toMatch(/HailoRT GenAI does not run on NVIDIA Jetson Orin Nano/);
    expect(device[0]!.message).toMatch(/llama\.cpp/);
    expect(device[0]!.message).not.toMatch(/deepx-dx-rt/);
    const workload = errorsOf(aiPlan({ preset: 'deepx-dx-m1' }, { runtime: 'tensorrt-edge-llm' }));
    expect(workload[0]!.path).toBe('workloads[0].runtime');
    expect(errorsOf(aiPlan({ preset: 'deepx-dx-m1', runtime: 'deepx-dx-rt' }))).toEqual([]);
  });

  it('runtime scenarios on a Jetson offer only runtimes that run on it', () => {
    const plan = validatePlan(aiPlan());
    if (!plan.ok) throw new Error('invalid');
    const names = runtimeScenarios(plan.plan, 'gpu').map((s) => s.name);
    expect(names).toContain('MLC LLM');
    expect(names).not.toContain('HailoRT GenAI');
    expect(names).not.toContain('DEEPX DX-RT');
    for (const s of runtimeScenarios(plan.plan, 'gpu'))
      expect(applyScenario(plan.plan, s).ok, s.name).toBe(true);
  });
});
