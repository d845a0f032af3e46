/**
 * Preset accelerators: the vendor files in ./accelerators/ hold the catalog entries, merged here in catalog
 * order; this module adds the planning defaults and reads a chip's figures.
 */
import type { MemoryTypeId } from './memory';
import { planningAssumption, roundTo, type Sourced } from './sourced';
import type {
  Accelerator,
  AcceleratorData,
  AcceleratorPlanningKey,
  PowerMode,
  SourcedPeak,
} from './accelerators/types';
import { DEEPX_ACCELERATORS } from './accelerators/deepx';
import { HAILO_ACCELERATORS } from './accelerators/hailo';
import { NVIDIA_JETSON_ACCELERATORS } from './accelerators/nvidia-jetson';
import { QUALCOMM_ACCELERATORS } from './accelerators/qualcomm';
import { GOOGLE_ACCELERATORS } from './accelerators/google';
import { MOBILINT_ACCELERATORS } from './accelerators/mobilint';
import { REBELLIONS_ACCELERATORS } from './accelerators/rebellions';
import { FURIOSA_ACCELERATORS } from './accelerators/furiosa';
import { HYPERACCEL_ACCELERATORS } from './accelerators/hyperaccel';
import { NVIDIA_DATACENTER_ACCELERATORS } from './accelerators/nvidia-datacenter';
import { APPLE_ACCELERATORS } from './accelerators/apple';

export type {
  Accelerator,
  AcceleratorClass,
  AcceleratorPlanningKey,
  AcceleratorStatus,
  ClaimImpliedFigures,
  PowerMode,
  SourcedBenchmark,
  SourcedClaim,
  SourcedPeak,
} from './accelerators/types';
export { ORIN_NANO_SUPER_MODES } from './accelerators/jetson-power-modes';

/**
 * Planning rule: typical power ≈ 0.6 × max power when only one of them is published. 0.6 is the median
 * typical/max ratio of the catalog devices that publish both (DX-M1 0.6, Orin Nano 0.6, Orin NX 0.6,
 * AGX Orin 0.5, Hailo-8 0.29, Coral 1.0); the catalog test recomputes it.
 */
export const TYPICAL_FRACTION_OF_MAX_POWER = 0.6;

/** Planning rule: idle power ≈ 10% of max power. A PowerPlan assumption (no idle figure is sourced). */
export const IDLE_FRACTION_OF_MAX_POWER = 0.1;

const ACCELERATOR_DATA: readonly AcceleratorData[] = [
  ...DEEPX_ACCELERATORS,
  ...HAILO_ACCELERATORS,
  ...NVIDIA_JETSON_ACCELERATORS,
  ...QUALCOMM_ACCELERATORS,
  ...GOOGLE_ACCELERATORS,
  ...MOBILINT_ACCELERATORS,
  ...REBELLIONS_ACCELERATORS,
  ...FURIOSA_ACCELERATORS,
  ...HYPERACCEL_ACCELERATORS,
  ...NVIDIA_DATACENTER_ACCELERATORS,
  ...APPLE_ACCELERATORS,
];

function planningDefaultsFor(a: AcceleratorData): Partial<Record<AcceleratorPlanningKey, Sourced>> {
  const out: Partial<Record<AcceleratorPlanningKey, Sourced>> = { ...a.planningOverrides };
  const typicalW = a.typicalPowerW.value;
  const impliedMaxW = a.claimImplied?.maxPowerW?.value ?? null;
  const maxW = a.maxPowerW.value ?? impliedMaxW;
  if (typicalW === null && maxW !== null && out.typicalPowerW === undefined) {
    out.typicalPowerW = planningAssumption(
      roundTo(maxW * TYPICAL_FRACTION_OF_MAX_POWER),
      'W',
      `typical ≈ ${TYPICAL_FRACTION_OF_MAX_POWER} × the ${maxW} W max/TDP (median typical/max ratio of catalog ` +
        'devices that publish both); no typical figure is published.',
    );
  }
  if (maxW === null && typicalW !== null && out.maxPowerW === undefined) {
    out.maxPowerW = planningAssumption(
      roundTo(typicalW / TYPICAL_FRACTION_OF_MAX_POWER),
      'W',
      `max ≈ the ${typicalW} W typical ÷ ${TYPICAL_FRACTION_OF_MAX_POWER} (median typical/max ratio of catalog ` +
        'devices that publish both); no max figure is published.',
    );
  }
  const maxForIdleW = maxW ?? out.maxPowerW?.value ?? null;
  if (a.idlePowerW.value === null && maxForIdleW !== null && out.idlePowerW === undefined) {
    const basis =
      a.maxPowerW.value !== null
        ? 'published'
        : impliedMaxW !== null
          ? 'implied by the claim'
          : 'itself a planning default';
    out.idlePowerW = planningAssumption(
      roundTo(maxForIdleW * IDLE_FRACTION_OF_MAX_POWER),
      'W',
      `idle ≈ ${IDLE_FRACTION_OF_MAX_POWER * 100}% of the ${maxForIdleW} W max (${basis}); no idle figure is ` +
        'published. Replace with a measurement.',
    );
  }
  for (const key of Object.keys(out) as AcceleratorPlanningKey[]) {
    if (a[key].value !== null) delete out[key];
  }
  return out;
}

/**
 * The LLM runtime each chip's vendor ships or its users run (src/catalog/runtimes.ts): llama.cpp on Jetson (the
 * most used, and the one with the most published measurements), HailoRT on Hailo, DX-RT on DEEPX. Chips not
 * listed get the plain roofline.
 */
const DEFAULT_RUNTIMES: Readonly<Record<string, string>> = {
  'deepx-dx-m1': 'deepx-dx-rt',
  'deepx-dx-m2': 'deepx-dx-rt',
  'hailo-10h': 'hailort-genai',
  'jetson-orin-nano-8gb-super': 'llama.cpp',
  'jetson-orin-nx-16gb': 'llama.cpp',
  'jetson-agx-orin-64gb': 'llama.cpp',
  'jetson-agx-thor-t5000': 'llama.cpp',
};

/**
 * Preset accelerators. Figures come from the research catalog; `planningDefaults` are PowerPlan estimates for
 * the planning keys the catalog leaves null, so the model can still run.
 */
export const ACCELERATORS: readonly Accelerator[] = ACCELERATOR_DATA.map((data) => {
  const { planningOverrides: _overrides, ...accelerator } = data;
  const runtime = data.defaultRuntime ?? DEFAULT_RUNTIMES[data.id];
  return {
    ...accelerator,
    ...(runtime ? { defaultRuntime: runtime } : {}),
    planningDefaults: planningDefaultsFor(data),
  };
});

/** A chip's power mode by id (its reference mode when `id` is undefined); undefined when it has no modes. */
export function acceleratorPowerMode(a: Accelerator, id?: string): PowerMode | undefined {
  const modes = a.powerModes;
  if (!modes || modes.length === 0) return undefined;
  return id === undefined ? modes[0] : modes.find((m) => m.id === id);
}

/** The catalog figure when it has a value, else the claim-implied one, else the planning default. */
export function acceleratorPlanningFigure(a: Accelerator, key: AcceleratorPlanningKey): Sourced | undefined {
  if (a[key].value !== null) return a[key];
  const implied = key === 'memoryBandwidthGBps' || key === 'maxPowerW' ? a.claimImplied?.[key] : undefined;
  return implied ?? a.planningDefaults[key];
}

/** Peak compute as the catalog gives it, else as a target chip's claims imply it (undefined when neither). */
export function acceleratorPeakTops(a: Accelerator): SourcedPeak | undefined {
  return a.peakTops.value !== null ? a.peakTops : a.claimImplied?.peakTops;
}

/** Memory capacity (GB) from the catalog, else claim-implied. */
export function acceleratorMemoryCapacity(a: Accelerator): Sourced | undefined {
  return a.memoryCapacityGB.value !== null ? a.memoryCapacityGB : a.claimImplied?.memoryCapacityGB;
}

/** Memory type from the catalog, else claim-implied. */
export function acceleratorMemoryType(a: Accelerator): Sourced<MemoryTypeId> | undefined {
  return a.memoryType.value !== null ? a.memoryType : a.claimImplied?.memoryType;
}

/** True for datacenter-class devices (kept as references, not robot compute). */
export function isDatacenterClass(a: Accelerator): boolean {
  return a.deviceClass.startsWith('datacenter');
}
