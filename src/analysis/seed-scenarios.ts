import { swapChipScenario, type Scenario } from './scenarios';

/**
 * DX-M2 is a target, not a product: the catalog holds only its claim — "under 5 W running a 20B-parameter
 * model at 20–30 words/s" (DEEPX, manufacturer claim) — and no TOPS or memory figures. To put the claim in a
 * what-if, these are the figures it implies, marked as such (PowerPlan derivation, not DEEPX's numbers):
 * - bandwidth: a 20B model at 4 bits reads 10 GB per token; 25 words/s ≈ 33 tokens/s at 1.33 tokens per word
 *   → 333 GB/s achieved, 475 GB/s peak at the model's 70 % bandwidth efficiency (a dense model; a
 *   mixture-of-experts model would need less);
 * - compute: prefill of 20B at 2 ops per weight per token within the same budget → 80 TOPS assumed;
 * - power: 5 W at full load (the claim's ceiling), 0.5 W idle (the catalog's 10 % planning rule).
 */
export const DX_M2_TARGET_IMPLIED = {
  maxPowerW: 5,
  idlePowerW: 0.5,
  peakTops: 80,
  memory: { type: 'LPDDR5X', bandwidthGBps: 475, capacityGB: 16 },
} as const;

/**
 * The seed's what-if as a ready scenario set: the same workloads on a GPU-class module (Jetson AGX Orin),
 * on Jetson Orin NX, on DX-M1 and on the DX-M2 target (with the figures its claim implies). Applied to the
 * Optimus-class example this answers "what does cutting AI power by 10×–100× buy in runtime and pack mass?".
 */
export const SEED_CHIP_PRESETS = [
  { preset: 'jetson-agx-orin-64gb', name: 'GPU-class: Jetson AGX Orin 64GB' },
  { preset: 'jetson-orin-nx-16gb', name: 'Jetson Orin NX 16GB' },
  { preset: 'deepx-dx-m1', name: 'DEEPX DX-M1' },
  { preset: 'deepx-dx-m2', name: 'DEEPX DX-M2 (target, implied figures)', overrides: DX_M2_TARGET_IMPLIED },
] as const;

export function seedChipScenarios(device = 'npu'): Scenario[] {
  return SEED_CHIP_PRESETS.map((c) =>
    swapChipScenario(
      device,
      c.preset,
      c.name,
      'overrides' in c ? { ...c.overrides, memory: { ...c.overrides.memory } } : undefined,
    ),
  );
}
