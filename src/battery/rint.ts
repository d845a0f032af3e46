/**
 * Internal-resistance (Rint) battery: an open-circuit voltage source behind a series resistance R.
 * Source: DESIGN.md §4; the constant-power solution is the standard quadratic of P = (OCV − I·R)·I
 * (see e.g. PyBaMM's power-controlled ECM, models.md §2.3 and §4.1).
 */

/**
 * Current (A, discharge positive) drawn at terminal power `powerW` (W):
 * `I = (OCV − √(OCV² − 4RP)) / 2R`, evaluated as the algebraically equal `2P / (OCV + √(OCV² − 4RP))`,
 * which has no cancellation for small R·P and tends to P/OCV as R → 0.
 * Returns null when P exceeds the maximum deliverable power `OCV²/4R`.
 */
export function constantPowerCurrentA(ocvV: number, resistanceOhm: number, powerW: number): number | null {
  if (powerW <= 0) return 0;
  const disc = ocvV * ocvV - 4 * resistanceOhm * powerW;
  if (disc < 0 || ocvV <= 0) return null;
  return (2 * powerW) / (ocvV + Math.sqrt(disc));
}

/** Maximum power the source can deliver into a matched load: `P_max = OCV² / 4R` (W); Infinity for R = 0. */
export function maxDeliverablePowerW(ocvV: number, resistanceOhm: number): number {
  return resistanceOhm > 0 ? (ocvV * ocvV) / (4 * resistanceOhm) : Infinity;
}

/**
 * Lowest open-circuit voltage at which power P can still be delivered with the terminal voltage at or above
 * the cut-off V_min: from `V_min·I = P` and `OCV = V_min + I·R`, `OCV_min = V_min + P·R / V_min`.
 * By AM–GM this is ≥ 2√(P·R), so honouring the cut-off also keeps P below `OCV²/4R`.
 */
export function minOcvForPowerV(powerW: number, resistanceOhm: number, cutoffV: number): number {
  return cutoffV + (Math.max(0, powerW) * resistanceOhm) / cutoffV;
}

/**
 * Charging current (A) for a charger delivering DC power `powerW` into the battery terminals:
 * `P = (OCV + I·R)·I` → `I = 2P / (OCV + √(OCV² + 4RP))`.
 */
export function chargeCurrentForPowerA(ocvV: number, resistanceOhm: number, powerW: number): number {
  if (powerW <= 0) return 0;
  return (2 * powerW) / (ocvV + Math.sqrt(ocvV * ocvV + 4 * resistanceOhm * powerW));
}
