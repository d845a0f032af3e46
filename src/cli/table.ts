/** A plain-text table with aligned columns (numbers right-aligned). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a 250 000-row sweep would overflow the call stack as spread arguments.
  const widths = header.map((h, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length));
  const numeric = header.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every(
        (r) => /^[−+-]?[\d\s. %,\u202f]*[\d%]?[a-zA-Z/% ]*$/.test(r[i] ?? '') && /\d/.test(r[i] ?? ''),
      ),
  );
  const fmt = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n') + '\n';
}
