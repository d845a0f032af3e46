import { swapChipScenario, type Scenario } from './scenarios';

/**
 * The seed's what-if as a ready scenario set: the same workloads on a GPU-class module (Jetson AGX Orin),
 * on Jetson Orin NX, on DX-M1 and on the DX-M2 target. DX-M2 is a target, not a product: its figures are the
 * ones its published claims imply (the catalog's `claimImplied`, marked `claim_implied` with the claim as
 * source), the same figures the plan editor, sensitivity and the report use when DX-M2 is chosen. Applied to
 * the Optimus-class example this answers "what does cutting AI power by 10×–100× buy in runtime and pack mass?".
 */
export const SEED_CHIP_PRESETS = [
  { preset: 'jetson-agx-orin-64gb', name: 'GPU-class: Jetson AGX Orin 64GB' },
  { preset: 'jetson-orin-nx-16gb', name: 'Jetson Orin NX 16GB' },
  { preset: 'deepx-dx-m1', name: 'DEEPX DX-M1' },
  { preset: 'deepx-dx-m2', name: 'DEEPX DX-M2 (target: claim-implied figures)' },
] as const;

export function seedChipScenarios(device = 'npu'): Scenario[] {
  return SEED_CHIP_PRESETS.map((c) => swapChipScenario(device, c.preset, c.name));
}
