/**
 * Columns a text takes in a terminal: Hangul, CJK and full-width forms take two (East Asian Width "W"/"F"),
 * everything else one.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

/** A plain-text table with aligned columns (numbers right-aligned), wide characters counted as two. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a 250 000-row sweep would overflow the call stack as spread arguments.
  const widths = header.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? '')), displayWidth(h)),
  );
  const numeric = header.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every(
        (r) => /^[−+-]?[\d\s. %,\u202f]*[\d%]?[a-zA-Z/% ]*$/.test(r[i] ?? '') && /\d/.test(r[i] ?? ''),
      ),
  );
  const fmt = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] && i > 0 ? padStart(c, widths[i]!) : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n') + '\n';
}
