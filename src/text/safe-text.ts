/**
 * Text from a plan file shown to a user: what may be in it and how it is shown safely. A crafted name can
 * otherwise carry terminal escape sequences (clear the screen, redraw a line), line breaks that forge output
 * lines, or bidirectional overrides that reorder what is displayed (CVE-2021-42574, "Trojan Source").
 */

/**
 * Characters no plan text may hold: C0 controls (tab, line feed and carriage return are allowed in
 * multi-line notes only), DEL, C1 controls, and the bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAKS = /[\t\n\r]/u;

/** Code point ranges that take no visible space: white space, zero-width and other default-ignorable marks. */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x115f, 0x1160],
  [0x1680, 0x1680],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

function invisibleCodePoint(cp: number): boolean {
  return INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
}

/** The first forbidden character in `text` (see CONTROL), as "U+001B", or null. */
export function forbiddenCharacter(text: string, multiline: boolean): string | null {
  for (const ch of text) {
    if (CONTROL.test(ch) || (!multiline && LINE_BREAKS.test(ch)))
      return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

/** Whether non-empty `text` shows nothing (only spaces, zero-width or other invisible characters). */
export function isInvisible(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (!invisibleCodePoint(ch.codePointAt(0)!)) return false;
  return true;
}

/** Every character that could move a terminal's cursor, forge a line or reorder text. */
const UNSAFE_FOR_TERMINAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` for a terminal or a log: each unsafe character (controls other than tab and line feed, DEL, C1,
 * line/paragraph separators, bidi controls) written as a visible `\u{1b}` escape. The CLI passes everything
 * it prints through this, so even text that never met the plan schema (an unknown key) cannot reach the
 * terminal as a control sequence.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** A single-line form of user text for messages: line breaks and tabs escaped as well. */
export function escapeInline(text: string): string {
  return escapeForTerminal(text).replace(/[\t\n]/g, (c) => (c === '\t' ? '\\t' : '\\n'));
}
