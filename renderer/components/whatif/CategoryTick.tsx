/**
 * A category axis label that wraps where a reader would (between the parts of an input's path, "Battery ›
 * Reserve", then between words — Korean eojeol — never inside one) and keeps a note ("+10 %: out of range")
 * on a line of its own, in grey. Recharts' own wrapping breaks at any space and lets long Korean labels run
 * into the next row.
 */

/** About how wide a text is at a font size: Hangul and other wide glyphs a full em, the rest about 0.56 em. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]/u.test(ch) ? 1 : 0.56;
  return w * fontPx;
}

/** Pieces joined greedily into lines no wider than `width` (a piece wider than a line gets its own). */
function fill(pieces: string[], sep: string, width: number, fontPx: number): string[] {
  const lines: string[] = [];
  for (const p of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + sep + p, fontPx) <= width)
      lines[lines.length - 1] = last + sep + p;
    else lines.push(p);
  }
  return lines;
}

/** A label as lines no wider than `width`: at " › " first, then at spaces; at most `max` lines ("…" after). */
export function wrapLabel(label: string, width: number, fontPx: number, max = 2): string[] {
  const parts = label.split(' › ').map((p, i) => (i === 0 ? p : `› ${p}`));
  let lines = fill(parts, ' ', width, fontPx);
  lines = lines.flatMap((l) =>
    textWidth(l, fontPx) <= width ? [l] : fill(l.split(' '), ' ', width, fontPx),
  );
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines.slice(max - 1).join(' ')}`.slice(0, 40) + '…'];
}

export const TICK_FONT_PX = 11;
const LINE_PX = 13;

/** How tall a row must be for its label: the label's lines and the note's. */
export function labelLines(label: string, note: string, width: number): number {
  return wrapLabel(label, width, TICK_FONT_PX).length + (note ? 1 : 0);
}

/** The tick: right-aligned at the axis, centred on its row, with the full text as its tooltip. */
export function CategoryTick({
  x,
  y,
  payload,
  width,
  notes,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  width: number;
  /** The main label and its note, by the category's value. */
  notes: ReadonlyMap<string, { label: string; note: string }>;
}) {
  const value = payload?.value ?? '';
  const row = notes.get(value) ?? { label: value, note: '' };
  const lines = wrapLabel(row.label, width - 8, TICK_FONT_PX);
  const all = [...lines, ...(row.note ? [row.note] : [])];
  const top = (y ?? 0) - ((all.length - 1) * LINE_PX) / 2;
  return (
    <g>
      <title>{row.note ? `${row.label} (${row.note})` : row.label}</title>
      <text x={(x ?? 0) - 4} y={top} textAnchor="end" dominantBaseline="central" fontSize={TICK_FONT_PX}>
        {all.map((l, k) => (
          <tspan
            key={k}
            x={(x ?? 0) - 4}
            dy={k === 0 ? 0 : LINE_PX}
            // Recharts' tick grey for the label, a lighter grey for the note.
            fill={k >= lines.length ? '#8a939c' : '#666'}
          >
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}
