import { ACCELERATORS, acceleratorPeakTops, acceleratorPlanningFigure, type Accelerator } from '../catalog';
import type { Plan } from '../plan/schema';
import { simulate } from '../sim/simulate';
import type { VerdictReason } from '../sim/verdict';
import { applyScenario, swapChipScenario, type Scenario } from './scenarios';

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

/** A catalog chip left out of "chips that fit", with why. */
export interface ScreenedChip {
  preset: string;
  name: string;
  /** 'infeasible': the payload cannot run on it; 'unknown': a figure the answer needs is missing. */
  feasibility: 'infeasible' | 'unknown';
  reasons: VerdictReason[];
}

/**
 * The catalog chips sorted by whether the device's workloads fit them (src/sim/verdict.ts, one rule): the
 * chips that fit as compare scenarios, and the ones that cannot run the payload or lack a figure it needs,
 * with their reasons. A comparison of chips that fit never shows a chip that cannot run as a better option.
 */
export function screenChips(
  plan: Plan,
  device: string,
): { fit: Scenario[]; cannot: ScreenedChip[]; unknown: ScreenedChip[] } {
  const current = plan.compute.find((d) => d.id === device)?.preset;
  const out: { fit: Scenario[]; cannot: ScreenedChip[]; unknown: ScreenedChip[] } = {
    fit: [],
    cannot: [],
    unknown: [],
  };
  // Chips without the figures a plan needs are not simulated: listed as unknown, with what is missing.
  for (const a of ACCELERATORS) {
    if (a.status === 'reference' || a.id === current || chipIsUsable(a)) continue;
    const missing = [
      acceleratorPlanningFigure(a, 'maxPowerW')?.value == null ? 'power' : null,
      acceleratorPeakTops(a)?.value == null ? 'compute' : null,
    ].filter(Boolean);
    out.unknown.push({
      preset: a.id,
      name: a.name,
      feasibility: 'unknown',
      reasons: [
        {
          code: 'CHIP_FIGURES_MISSING',
          message: `${a.name} has no published ${missing.join(' or ')} figure: enter it on the device to compare.`,
        },
      ],
    });
  }
  for (const sc of catalogChipScenarios(device, current)) {
    const change = sc.changes[0];
    const preset = change?.op === 'swapDevice' ? change.preset : '';
    const applied = applyScenario(plan, sc);
    if (!applied.ok) continue;
    const r = simulate(applied.plan, { skipSeries: true, skipLifetime: true });
    if (r.feasibility === 'feasible') out.fit.push(sc);
    else if (r.feasibility === 'infeasible')
      out.cannot.push({ preset, name: sc.name, feasibility: 'infeasible', reasons: r.infeasibleReasons });
    else out.unknown.push({ preset, name: sc.name, feasibility: 'unknown', reasons: r.unknownReasons });
  }
  return out;
}
