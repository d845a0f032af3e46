import { ACCELERATORS, acceleratorPeakTops, acceleratorPlanningFigure, type Accelerator } from '../catalog';
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

/** Whether a catalog chip has the figures a plan needs: power and compute (catalog or claim-implied). */
export function chipIsUsable(a: Accelerator): boolean {
  return acceleratorPlanningFigure(a, 'maxPowerW')?.value != null && acceleratorPeakTops(a)?.value != null;
}

/**
 * One scenario per robot-class catalog chip with usable figures, each running the device's workloads: the
 * comparison's verdict row then shows which chips fit the AI payload and what each costs in runtime.
 */
export function catalogChipScenarios(device: string, exclude?: string): Scenario[] {
  return ACCELERATORS.filter((a) => a.status !== 'reference' && a.id !== exclude && chipIsUsable(a)).map(
    (a) => swapChipScenario(device, a.id, a.name),
  );
}
