import type { DeviceSpec } from './types';

/**
 * Device power at busy fraction u (docs/ai-model.md, "3. Busy fraction, feasibility, power"):
 * `P = P_idle + clamp(u, 0, 1) · (P_max − P_idle)`.
 *
 * The linear model is the one Jetson-style power modes suggest (a floor plus a utilisation-weighted dynamic
 * part; cf. GenZ `GenZ/power.py` in abhibambhaniya/GenZ-LLM-Analyzer). u above 1 is clamped: an overloaded
 * device runs flat out, it does not draw more than P_max. Never returns NaN:
 * - a NaN utilisation is treated as 1 (conservative for battery sizing);
 * - a non-finite or negative idle power counts as 0, a max below idle as idle.
 *
 * @param d device (only `idlePowerW`, `maxPowerW` are used)
 * @param utilisation busy fraction (raw; may be > 1)
 * @returns watts, always in [P_idle, P_max]
 */
export function devicePowerW(d: Pick<DeviceSpec, 'idlePowerW' | 'maxPowerW'>, utilisation: number): number {
  const idle = Number.isFinite(d.idlePowerW) && d.idlePowerW > 0 ? d.idlePowerW : 0;
  const max = Number.isFinite(d.maxPowerW) ? Math.max(d.maxPowerW, idle) : idle;
  const u = Number.isNaN(utilisation) ? 1 : Math.min(1, Math.max(0, utilisation));
  return idle + u * (max - idle);
}
