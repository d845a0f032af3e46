/**
 * Internal-resistance (Rint) battery: an open-circuit voltage source behind a series resistance R.
 * Source: docs/battery-model.md, "Discharge"; the constant-power solution is the standard quadratic of
 * P = (OCV − I·R)·I (see e.g. PyBaMM's power-controlled ECM, docs/references.md#pybamm, and why an R-based
 * model replaces Peukert's law, docs/references.md#peukert-li-ion).
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
 * Lowest open-circuit voltage at which power P can be delivered with the terminal voltage at or above the
 * cut-off V_min. On the operating (high-voltage) branch `V = (OCV + √(OCV² − 4RP))/2`, so `V ≥ V_min` needs
 * `OCV² ≥ 4RP` and either `OCV ≥ 2·V_min` or `OCV ≥ V_min + P·R/V_min`. Hence
 * `OCV_min = V_min + P·R/V_min` when `V_min ≥ √(P·R)`, else `2√(P·R)` (the `P_max = OCV²/4R` limit binds).
 */
export function minOcvForPowerV(powerW: number, resistanceOhm: number, cutoffV: number): number {
  const pr = Math.max(0, powerW) * Math.max(0, resistanceOhm);
  return cutoffV * cutoffV >= pr ? cutoffV + pr / cutoffV : 2 * Math.sqrt(pr);
}

/**
 * Charging current (A) for a charger delivering DC power `powerW` into the battery terminals:
 * `P = (OCV + I·R)·I` → `I = 2P / (OCV + √(OCV² + 4RP))`.
 */
export function chargeCurrentForPowerA(ocvV: number, resistanceOhm: number, powerW: number): number {
  if (powerW <= 0) return 0;
  return (2 * powerW) / (ocvV + Math.sqrt(ocvV * ocvV + 4 * resistanceOhm * powerW));
}
