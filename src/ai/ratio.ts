/** a/b, or null when b ≤ 0 or the quotient overflows (b subnormal): "per unit" figures at ~zero rate. */
export function ratioOrNull(a: number, b: number): number | null {
  const r = a / b;
  return b > 0 && Number.isFinite(r) ? r : null;
}
