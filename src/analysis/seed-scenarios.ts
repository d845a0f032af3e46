import { remark } from '../sim/remarks';
import { deviceRunsWorkload } from '../plan/workload-use';
import { ph, type Lang } from '../text/phrase';
import {
  chipDisplayName,
  chipNames,
  powerModeName,
  runtimeDisplayName,
  splitCatalogName,
} from '../catalog/chip-names';
import {
  ACCELERATORS,
  acceleratorPeakTops,
  acceleratorPlanningFigure,
  DEFAULT_RUNTIME_ID,
  findAccelerator,
  runtimesFor,
  type Accelerator,
} from '../catalog';
import type { Plan } from '../plan/schema';
import { simulate } from '../sim/simulate';
import type { VerdictReason } from '../sim/verdict';
import { applyScenario, swapChipScenario, type Change, type Scenario } from './scenarios';

/**
 * The seed's what-if as a ready scenario set: the same workloads on a GPU-class module (Jetson AGX Orin),
 * on Jetson Orin NX, on DX-M1 and on the DX-M2 target. DX-M2 is a target, not a product: its figures are the
 * ones its published claims imply (the catalog's `claimImplied`, marked `claim_implied` with the claim as
 * source), the same figures the plan editor, sensitivity and the report use when DX-M2 is chosen. Applied to
 * the Optimus-class example this answers "what does cutting AI power by 10×–100× buy in runtime and pack mass?".
 *
 * Scenario names are in the reader's language (a scenario is data with one name: the generators below take
 * the language; files, CSV and the CLI's default are English).
 */
export const SEED_CHIP_PRESETS = [
  {
    preset: 'jetson-agx-orin-64gb',
    name: 'GPU-class: Jetson AGX Orin 64GB',
    ko: 'GPU급: Jetson AGX Orin 64GB',
  },
  { preset: 'jetson-orin-nx-16gb', name: 'Jetson Orin NX 16GB', ko: 'Jetson Orin NX 16GB' },
  { preset: 'deepx-dx-m1', name: 'DEEPX DX-M1', ko: 'DEEPX DX-M1' },
  { preset: 'deepx-dx-m2', name: 'DEEPX DX-M2 (target)', ko: 'DEEPX DX-M2 (목표 칩)' },
] as const;

export function seedChipScenarios(device = 'npu', lang: Lang = 'en'): Scenario[] {
  return SEED_CHIP_PRESETS.map((c) => swapChipScenario(device, c.preset, lang === 'ko' ? c.ko : c.name));
}

/** Whether a catalog chip has the figures a plan needs: power and compute (catalog or claim-implied). */
export function chipIsUsable(a: Accelerator): boolean {
  return acceleratorPlanningFigure(a, 'maxPowerW')?.value != null && acceleratorPeakTops(a)?.value != null;
}

/**
 * One scenario per robot-class catalog chip with usable figures, each running the device's workloads: the
 * comparison's verdict row then shows which chips fit the AI payload and what each costs in runtime.
 */
export function catalogChipScenarios(device: string, exclude?: string, lang: Lang = 'en'): Scenario[] {
  return ACCELERATORS.filter((a) => a.status !== 'reference' && a.id !== exclude && chipIsUsable(a)).map(
    (a) => swapChipScenario(device, a.id, chipDisplayName(a, lang)),
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
  lang: Lang = 'en',
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
      name: chipDisplayName(a, lang),
      feasibility: 'unknown',
      reasons: [
        remark(
          'CHIP_FIGURES_MISSING',
          'warning',
          ph(missing.length === 2 ? 'CHIP_FIGURES_MISSING_BOTH' : 'CHIP_FIGURES_MISSING', {
            // Brand and model, the same in every language (the list names the chip in the reader's words).
            chip: splitCatalogName(a.name).model,
            figure: { p: ph(missing[0] === 'power' ? 'figure.power' : 'figure.compute') },
          }),
        ),
      ],
    });
  }
  for (const sc of catalogChipScenarios(device, current, lang)) {
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

/**
 * One scenario per power mode of a device's chip other than the one it runs in: what the robot gains or loses
 * in runtime and AI headroom at 7 W, 15 W, 25 W… (Jetson nvpmodel). Empty when the chip has no modes.
 */
export function powerModeScenarios(plan: Plan, device: string, lang: Lang = 'en'): Scenario[] {
  const i = plan.compute.findIndex((d) => d.id === device);
  const d = plan.compute[i];
  const chip = d?.preset ? findAccelerator(d.preset) : undefined;
  const modes = chip?.powerModes ?? [];
  const current = d?.powerMode ?? modes[0]?.id;
  return modes
    .filter((m) => m.id !== current)
    .map((m) => ({
      name: powerModeName(m, lang),
      changes: [{ op: 'set' as const, path: `compute[${i}].powerMode`, value: m.id }],
    }));
}

/**
 * One scenario per LLM runtime a device could use instead of its own: the same chip and workloads, deployed as
 * a team would deploy on that runtime. The device names the runtime; an LLM workload on it that names its own
 * runtime is switched too (else the scenario would change nothing), and one that names its weight format takes
 * the new runtime's default format where it has one (a GGUF file does not run on TensorRT).
 */
export function runtimeScenarios(plan: Plan, device: string, lang: Lang = 'en'): Scenario[] {
  const i = plan.compute.findIndex((d) => d.id === device);
  const d = plan.compute[i];
  if (!d) return [];
  const chip = d.preset ? findAccelerator(d.preset) : undefined;
  const current = d.runtime ?? chip?.defaultRuntime ?? DEFAULT_RUNTIME_ID;
  const llms = plan.workloads
    .map((w, j) => ({ w, j }))
    .filter(({ w }) => w.kind === 'llm' && deviceRunsWorkload(plan, d, w.id));
  return runtimesFor(chip?.vendor)
    .filter((r) => r.id !== current)
    .map((r) => {
      const changes: Change[] = [{ op: 'set', path: `compute[${i}].runtime`, value: r.id }];
      for (const { w, j } of llms) {
        if (w.kind !== 'llm') continue;
        if (w.runtime !== undefined)
          changes.push({ op: 'set', path: `workloads[${j}].runtime`, value: r.id });
        if (w.quantisation !== undefined && r.defaultFormat !== null) {
          changes.push({ op: 'set', path: `workloads[${j}].quantisation`, value: r.defaultFormat });
        }
      }
      return { name: runtimeDisplayName(r, lang), changes };
    });
}

/**
 * A generated scenario's name in a language: the seed chips, a chip swap, a power mode or a runtime named in
 * either language is named in `lang` (a comparison set up in English reads in Korean after the switch, and the
 * report in its own language); a name the user wrote stays as written.
 */
export function localizedScenarioName(plan: Plan, s: Scenario, lang: Lang): string {
  const [c, ...rest] = s.changes;
  if (!c) return s.name;
  if (c.op === 'swapDevice' && rest.length === 0) {
    const seed = SEED_CHIP_PRESETS.find(
      (p) => p.preset === c.preset && (s.name === p.name || s.name === p.ko),
    );
    if (seed) return lang === 'ko' ? seed.ko : seed.name;
    if (chipNames(c.preset).includes(s.name)) return chipDisplayName(c.preset, lang);
    return s.name;
  }
  if (c.op !== 'set') return s.name;
  const device = /^compute\[(\d+)\]\.(powerMode|runtime)$/.exec(c.path);
  if (!device) return s.name;
  if (device[2] === 'powerMode') {
    const preset = plan.compute[Number(device[1])]?.preset;
    const mode = (preset ? findAccelerator(preset)?.powerModes : undefined)?.find((m) => m.id === c.value);
    return mode && [powerModeName(mode, 'en'), powerModeName(mode, 'ko')].includes(s.name)
      ? powerModeName(mode, lang)
      : s.name;
  }
  const runtime = typeof c.value === 'string' ? c.value : '';
  return [runtimeDisplayName(runtime, 'en'), runtimeDisplayName(runtime, 'ko')].includes(s.name)
    ? runtimeDisplayName(runtime, lang)
    : s.name;
}
