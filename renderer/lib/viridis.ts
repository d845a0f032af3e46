/**
 * Viridis (matplotlib's default colour map): perceptually uniform, ordered in lightness from dark violet to
 * light yellow, so it reads for colour-blind readers and in greyscale print. Ten stops, interpolated in sRGB.
 */
export const VIRIDIS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const;

const RGB = VIRIDIS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));

/** The colour at `t` ∈ [0, 1] (clamped) as [r, g, b] in 0…255. */
export function viridisRgb(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RGB.length - 1);
  const k = Math.min(RGB.length - 2, Math.floor(x));
  const f = x - k;
  const a = RGB[k]!;
  const b = RGB[k + 1]!;
  return [0, 1, 2].map((c) => Math.round(a[c]! + f * (b[c]! - a[c]!))) as [number, number, number];
}

/** The colour at `t` ∈ [0, 1] as `#rrggbb`. */
export function viridis(t: number): string {
  return `#${viridisRgb(t)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Whether text on the colour at `t` should be dark (a light background) rather than white. */
export function darkTextOn(t: number): boolean {
  const [r, g, b] = viridisRgb(t).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.2;
}
