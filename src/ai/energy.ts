/**
 * Bottom-up energy of an inference step (docs/ai-model.md, "4. Energy per token, frame and clip"; derived
 * from LLM-Viewer, GenZ and llm-analysis: docs/references.md#llm-viewer, docs/references.md#genz,
 * docs/references.md#llm-analysis):
 *
 *     E_memory  = bytes · 8 · e_bit[pJ/bit] · 1e-12
 *     E_compute = ops · e_op[pJ/op] · 1e-12
 *     E_static  = P_idle · t_step
 *     E         = E_memory + E_compute + E_static
 *
 * e_bit is the system-level DRAM energy (LPDDR5 ≈ 5–7 pJ/bit, an estimate; HBM2 ≈ 4 pJ/bit, O'Connor et al.
 * MICRO'17); e_op e.g. 0.2 pJ for an INT8 multiply at 45 nm (Horowitz, ISSCC 2014). Both are editable inputs:
 * calibrate e_bit as ΔP / (achieved_BW · 8) from one measured memory-bound decode.
 */
import type { DeviceSpec, EnergyBreakdown } from './types';

/** 1 pJ in joules. */
export const JOULES_PER_PICOJOULE = 1e-12;

/** Share a / b, 0 when b is 0 (never NaN). */
export function safeShare(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/**
 * Energy of one step.
 * @param bytes DRAM bytes moved
 * @param ops arithmetic ops
 * @param timeS step time (s) over which idle power is charged as static energy
 * @param d device energy constants and idle power
 */
export function stepEnergy(
  bytes: number,
  ops: number,
  timeS: number,
  d: Pick<DeviceSpec, 'memoryEnergyPjPerBit' | 'computeEnergyPjPerOp' | 'idlePowerW'>,
): EnergyBreakdown {
  const memoryJ = bytes * 8 * d.memoryEnergyPjPerBit * JOULES_PER_PICOJOULE;
  const computeJ = ops * d.computeEnergyPjPerOp * JOULES_PER_PICOJOULE;
  const staticJ = d.idlePowerW * timeS;
  const totalJ = memoryJ + computeJ + staticJ;
  return {
    memoryJ,
    computeJ,
    staticJ,
    totalJ,
    memoryShareOfEnergy: safeShare(memoryJ, totalJ),
    memoryShareOfDynamicEnergy: safeShare(memoryJ, memoryJ + computeJ),
  };
}

/** Memory time / (memory time + compute time); null when memory time is unknown, 0 when both are 0. */
export function memoryShareOfTime(memoryTimeS: number | null, computeTimeS: number): number | null {
  return memoryTimeS === null ? null : safeShare(memoryTimeS, memoryTimeS + computeTimeS);
}
