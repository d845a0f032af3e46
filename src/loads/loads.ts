/**
 * Load models (docs/battery-model.md, "Loads"). Powers are watts at the load; battery-side power adds
 * conversion losses. A compute device's power at a busy fraction is `devicePowerW` (src/ai/power.ts).
 */

/**
 * Activity power at total mass m: `P = P_ref · (m / m_ref)^k` (legged cost of transport `P = CoT·m·g·v` is
 * linear in mass, k ≈ 1: Seok et al., IEEE/ASME T-Mech 2015; Kott et al., PLOS ONE 2021).
 * Without scaling, P = P_ref.
 */
export function activityPowerW(
  referencePowerW: number,
  totalMassKg: number,
  scaling?: { referenceMassKg: number; exponent: number },
): number {
  if (!scaling || scaling.referenceMassKg <= 0) return referencePowerW;
  return referencePowerW * Math.pow(Math.max(0, totalMassKg) / scaling.referenceMassKg, scaling.exponent);
}

/** Power drawn from the battery by the loads of one segment, by category. */
export interface SegmentPower {
  locomotionW: number;
  computeW: number;
  accessoriesW: number;
  /** Converter losses: battery-side power minus load power. */
  conversionLossW: number;
  /** Battery terminal power: `P_loco/η_loco + (P_compute + P_acc)/η_dcdc`. */
  batteryW: number;
  computeByDeviceW: Record<string, number>;
}

/**
 * Battery-side power `P_batt = P_loco/η_loco + (P_compute + P_accessories)/η_dcdc` (docs/battery-model.md,
 * "Loads").
 */
export function segmentPower(
  locomotionW: number,
  computeByDeviceW: Record<string, number>,
  accessoriesW: number,
  dcdcEfficiency: number,
  locomotionEfficiency: number,
): SegmentPower {
  const computeW = Object.values(computeByDeviceW).reduce((a, b) => a + b, 0);
  const batteryW = locomotionW / locomotionEfficiency + (computeW + accessoriesW) / dcdcEfficiency;
  return {
    locomotionW,
    computeW,
    accessoriesW,
    conversionLossW: batteryW - locomotionW - computeW - accessoriesW,
    batteryW,
    computeByDeviceW,
  };
}

export const ZERO_POWER: SegmentPower = Object.freeze({
  locomotionW: 0,
  computeW: 0,
  accessoriesW: 0,
  conversionLossW: 0,
  batteryW: 0,
  computeByDeviceW: {},
}) as SegmentPower;
