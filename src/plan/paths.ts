/**
 * Reading and writing plan fields by path ("battery.pack.energyWh", "dutyCycle.segments[1].durationMin").
 * Writes are immutable: they copy the objects along the path and leave the input untouched.
 */

export type PathPart = string | number;

/** Parse "a.b[2].c" into ["a", "b", 2, "c"]; throws RangeError on a malformed path. */
const PATH_SYNTAX = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*|\[\d+\])*$/;

export function parsePath(path: string): PathPart[] {
  if (!PATH_SYNTAX.test(path))
    throw new RangeError(`"${path}" is not a field path (e.g. battery.pack.energyWh)`);
  const parts: PathPart[] = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|(\.)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m.index !== last) throw new RangeError(`"${path}" is not a field path (e.g. battery.pack.energyWh)`);
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(Number(m[2]));
    last = re.lastIndex;
  }
  if (last !== path.length || parts.length === 0) {
    throw new RangeError(`"${path}" is not a field path (e.g. battery.pack.energyWh)`);
  }
  if (parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) {
    throw new RangeError(`"${path}" is not a field path`);
  }
  return parts;
}

export function formatPathParts(parts: readonly PathPart[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The value at a path, or undefined. */
export function getAtPath(root: unknown, path: string | readonly PathPart[]): unknown {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  let cur: unknown = root;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<PathPart, unknown>)[p];
  }
  return cur;
}

/** A copy of `root` with `value` at `path` (intermediate objects are created as needed). */
export function setAtPath<T>(root: T, path: string | readonly PathPart[], value: unknown): T {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  const write = (node: unknown, i: number): unknown => {
    if (i === parts.length) return value;
    const key = parts[i]!;
    if (typeof key === 'number') {
      const arr = Array.isArray(node) ? [...node] : [];
      arr[key] = write(arr[key], i + 1);
      return arr;
    }
    const obj =
      node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...(node as object) } : {};
    (obj as Record<string, unknown>)[key] = write((obj as Record<string, unknown>)[key], i + 1);
    return obj;
  };
  return write(root, 0) as T;
}

/** Every numeric leaf of a plan with its path, skipping identifiers, versions and whole-number counts. */
export function numericLeaves(root: unknown, skip: (path: string, value: number) => boolean = () => false) {
  const out: { path: string; value: number }[] = [];
  const walk = (node: unknown, parts: PathPart[]) => {
    if (typeof node === 'number') {
      const path = formatPathParts(parts);
      if (!skip(path, node)) out.push({ path, value: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...parts, i]));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...parts, k]);
  };
  walk(root, []);
  return out;
}
