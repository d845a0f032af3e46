import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version';
import { ROOT } from './plan-helpers';

function files(dir: string, ext = /\.(ts|tsx|mjs|cjs|js|sh)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist' || name === 'scratch') return [];
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** Every module specifier in `text` with its 1-based line: static, type-only, side-effect, dynamic, require. */
function importsOf(text: string): { spec: string; line: number }[] {
  const re =
    /(?:^|[^\w$.])(?:(?:import|export)[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\))/g;
  return [...text.matchAll(re)].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const at = m.index + m[0].lastIndexOf(spec);
    return { spec, line: text.slice(0, at).split('\n').length };
  });
}

/** Folders of src/ that run only under Node (the CLI): the only ones that may import Node's modules. */
const NODE_ONLY = ['src/cli/'];
const UI_LIBRARIES = /^(react|react-dom|immer|recharts)(\/|$)/;
const nodeBuiltins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const isNodeModule = (spec: string) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0]!);
const isElectron = (spec: string) => /^electron(\/|$)/.test(spec);

type World = 'model' | 'node-only' | 'renderer' | 'app' | 'other';
function worldOf(rel: string): World {
  if (NODE_ONLY.some((d) => rel.startsWith(d))) return 'node-only';
  if (rel.startsWith('src/')) return 'model';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('app/')) return 'app';
  return 'other';
}

/**
 * The rules: the reason an import breaks one (null when it is allowed), for a file at `rel` (relative to
 * the repository, with forward slashes) importing `spec`:
 * - src/ never imports app/ or renderer/; the model (src/ outside the node-only folders) imports no Node
 *   module, no node-only folder, no UI library and not Electron;
 * - renderer/ imports nothing from app/ or the node-only folders, no Node module and not Electron: it reaches
 *   the OS only through renderer/platform and the preload's API (whose types are src/ipc);
 * - app/ imports nothing from renderer/, not even types: what the two share is the IPC contract in src/ipc.
 */
function boundaryProblem(rel: string, spec: string): string | null {
  const from = worldOf(rel);
  const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(rel), spec)) : null;
  const to = target === null ? null : worldOf(target);
  if (from === 'model' || from === 'node-only') {
    if (to === 'app' || to === 'renderer') return `src/ imports ${to}/`;
    if (UI_LIBRARIES.test(spec) || isElectron(spec)) return 'src/ imports a UI library or Electron';
  }
  if (from === 'model') {
    if (isNodeModule(spec)) return `the model imports a Node module (only ${NODE_ONLY.join(', ')} may)`;
    if (to === 'node-only') return 'the model imports a node-only folder';
  }
  if (from === 'renderer') {
    if (to === 'app') return 'renderer/ imports app/';
    if (to === 'node-only') return 'renderer/ imports a node-only folder';
    if (isNodeModule(spec))
      return 'renderer/ imports a Node module (the OS is reached through renderer/platform)';
    if (isElectron(spec)) return 'renderer/ imports Electron (the OS is reached through renderer/platform)';
  }
  if (from === 'app' && to === 'renderer') return 'app/ imports renderer/ (share types through src/ipc)';
  return null;
}

/** `file:line → spec: reason` for every import under `dirs` that breaks a rule. */
function offences(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of files(join(ROOT, dir))) {
      const rel = relative(ROOT, f).split(sep).join('/');
      for (const { spec, line } of importsOf(readFileSync(f, 'utf8'))) {
        const problem = boundaryProblem(rel, spec);
        if (problem) out.push(`${rel}:${line} → ${spec}: ${problem}`);
      }
    }
  }
  return out;
}

describe('import boundaries', () => {
  it('src/ imports nothing from app/ or renderer/; the model no Node module, UI library or Electron', () => {
    expect(offences(['src'])).toEqual([]);
  });

  it('renderer/ imports nothing from app/, no Node module and not Electron', () => {
    expect(offences(['renderer'])).toEqual([]);
  });

  it('app/ imports nothing from renderer/, not even types', () => {
    expect(offences(['app'])).toEqual([]);
  });

  it('the node-only folders exist and are the only places in src/ with Node imports', () => {
    for (const d of NODE_ONLY) expect(statSync(join(ROOT, d)).isDirectory()).toBe(true);
    const nodeImporters = files(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f).split(sep).join('/'))
      .filter((rel) => importsOf(readFileSync(join(ROOT, rel), 'utf8')).some((i) => isNodeModule(i.spec)));
    expect(nodeImporters.length).toBeGreaterThan(0);
    expect(nodeImporters.filter((rel) => worldOf(rel) !== 'node-only')).toEqual([]);
  });

  it('finds imports with their lines (the check itself works)', () => {
    const text = [
      "import { x } from 'node:fs';",
      "const y = require('electron');",
      "import type { Z } from '../renderer/z';",
      'import {',
      '  a,',
      "} from './a';",
      "import './styles.css';",
      "const m = await import('../app/main/ipc');",
      "export { b } from 'fs';",
      "export * from './c';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { spec: 'node:fs', line: 1 },
      { spec: 'electron', line: 2 },
      { spec: '../renderer/z', line: 3 },
      { spec: './a', line: 6 },
      { spec: './styles.css', line: 7 },
      { spec: '../app/main/ipc', line: 8 },
      { spec: 'fs', line: 9 },
      { spec: './c', line: 10 },
    ]);
  });

  it('flags each kind of crossing (the rules themselves work)', () => {
    const bad: [string, string][] = [
      ['src/sim/a.ts', 'node:fs'],
      ['src/sim/a.ts', 'path'],
      ['src/sim/a.ts', 'fs/promises'],
      ['src/sim/a.ts', 'react'],
      ['src/sim/a.ts', 'electron'],
      ['src/sim/a.ts', '../../renderer/state/store'],
      ['src/sim/a.ts', '../../app/main/ipc'],
      ['src/sim/a.ts', '../cli/io'],
      ['src/cli/a.ts', '../../renderer/lib/units'],
      ['renderer/state/a.ts', '../../app/main/documents'],
      ['renderer/state/a.ts', 'node:path'],
      ['renderer/state/a.ts', 'electron'],
      ['renderer/state/a.ts', '../../src/cli/io'],
      ['app/main/a.ts', '../../renderer/platform/types'],
    ];
    for (const [rel, spec] of bad) expect(boundaryProblem(rel, spec), `${rel} → ${spec}`).not.toBeNull();
    const good: [string, string][] = [
      ['src/cli/a.ts', 'node:fs'],
      ['src/sim/a.ts', '../plan/schema'],
      ['src/sim/a.ts', 'zod'],
      ['renderer/state/a.ts', '../../src/ipc/contract'],
      ['renderer/state/a.ts', 'react'],
      ['renderer/components/a.tsx', '../../examples/x.json'],
      ['app/main/a.ts', 'electron'],
      ['app/main/a.ts', 'node:path'],
      ['app/main/a.ts', '../../src/ipc/contract'],
    ];
    for (const [rel, spec] of good) expect(boundaryProblem(rel, spec), `${rel} → ${spec}`).toBeNull();
  });

  it('nothing in the project reads ../shared', () => {
    const offenders = files(ROOT).filter((f) => /\.\.\/shared|\/work\/shared/.test(readFileSync(f, 'utf8')));
    expect(
      offenders.map((f) => relative(ROOT, f)).filter((f) => f !== 'tests/unit/boundaries.test.ts'),
    ).toEqual([]);
  });

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
