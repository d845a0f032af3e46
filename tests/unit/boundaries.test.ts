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

/**
 * Every module specifier in `text` with its 1-based line: static, type-only, side-effect, dynamic, require.
 * `typeOnly`: the whole declaration is `import type …` or `export type …` (erased when compiled).
 */
function importsOf(text: string): { spec: string; line: number; typeOnly: boolean }[] {
  const re =
    /(?:^|[^\w$.])(?:(?:import|export)[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\))/g;
  return [...text.matchAll(re)].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const at = m.index + m[0].lastIndexOf(spec);
    const typeOnly =
      m[1] !== undefined && /^(?:import|export)\s+type[\s{]/.test(m[0].replace(/^[^\w$]+/, ''));
    return { spec, line: text.slice(0, at).split('\n').length, typeOnly };
  });
}

/**
 * Folders of src/ that run only under Node: the file helpers the CLI and the desktop shell share (src/node),
 * and the CLI (src/cli). The only folders of src/ that may import Node's modules, and compiled in the node
 * world (tsconfig.node.json), not the model's (tsconfig.model.json).
 */
const NODE_ONLY = ['src/node/', 'src/cli/'];
/** The part of app/ the renderer reads (its types only): the IPC contract. */
const IPC_CONTRACT = 'app/ipc/';
const UI_LIBRARIES = /^(react|react-dom|immer|recharts)(\/|$)/;
const nodeBuiltins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const isNodeModule = (spec: string) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0]!);
const isElectron = (spec: string) => /^electron(\/|$)/.test(spec);

type World = 'model' | 'node' | 'cli' | 'renderer' | 'app' | 'other';
function worldOf(rel: string): World {
  if (rel.startsWith('src/node/')) return 'node';
  if (rel.startsWith('src/cli/')) return 'cli';
  if (rel.startsWith('src/')) return 'model';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('app/')) return 'app';
  return 'other';
}
const isNodeOnly = (w: World | null) => w === 'node' || w === 'cli';

/**
 * The rules: the reason an import breaks one (null when it is allowed), for a file at `rel` (relative to
 * the repository, with forward slashes) importing `spec` (`typeOnly`: with `import type`):
 * - src/ never imports app/ or renderer/, no UI library and not Electron;
 * - the model (src/ outside the node-only folders) imports no Node module and nothing from src/node or
 *   src/cli: only node-world code (src/node, src/cli, app/, scripts and tests) reads those;
 * - src/node, shared by the CLI and the desktop shell, depends on neither: it never imports src/cli;
 * - renderer/ imports nothing from src/node or src/cli, no Node module and not Electron: it reaches the OS only
 *   through renderer/platform and the preload's API; from app/ it reads the IPC contract's types, with
 *   `import type`, and nothing else;
 * - app/ imports nothing from renderer/, not even types (what the two share is the contract in app/ipc), and
 *   nothing from the CLI (the Node helpers they share are src/node); the contract itself (app/ipc), checked in
 *   the renderer's world too, imports no Node module, not Electron, and nothing else of app/.
 */
function boundaryProblem(rel: string, spec: string, typeOnly = false): string | null {
  const from = worldOf(rel);
  const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(rel), spec)) : null;
  const to = target === null ? null : worldOf(target);
  if (from === 'model' || isNodeOnly(from)) {
    if (to === 'app' || to === 'renderer') return `src/ imports ${to}/`;
    if (UI_LIBRARIES.test(spec) || isElectron(spec)) return 'src/ imports a UI library or Electron';
  }
  if (from === 'model') {
    if (isNodeModule(spec)) return `the model imports a Node module (only ${NODE_ONLY.join(', ')} may)`;
    if (isNodeOnly(to))
      return `the model imports a node-only folder (${to === 'node' ? 'src/node' : 'src/cli'})`;
  }
  if (from === 'node' && to === 'cli') return 'src/node imports the CLI (it is shared by the CLI and app/)';
  if (from === 'renderer') {
    if (to === 'app' && !target!.startsWith(IPC_CONTRACT))
      return `renderer/ imports app/ outside ${IPC_CONTRACT} (it reads only the IPC contract's types)`;
    if (to === 'app' && !typeOnly)
      return 'renderer/ imports a value from app/ (only `import type` of the contract)';
    if (isNodeOnly(to)) return 'renderer/ imports a node-only folder';
    if (isNodeModule(spec))
      return 'renderer/ imports a Node module (the OS is reached through renderer/platform)';
    if (isElectron(spec)) return 'renderer/ imports Electron (the OS is reached through renderer/platform)';
  }
  if (from === 'app') {
    if (to === 'renderer') return 'app/ imports renderer/ (share types through app/ipc)';
    if (to === 'cli') return 'app/ imports the CLI (the Node helpers they share are in src/node)';
    if (rel.startsWith(IPC_CONTRACT)) {
      if (isNodeModule(spec) || isElectron(spec))
        return `${IPC_CONTRACT} imports Node or Electron (the renderer's world checks it too)`;
      if (to === 'app' && !target!.startsWith(IPC_CONTRACT))
        return `${IPC_CONTRACT} imports the rest of app/`;
    }
  }
  return null;
}

/** `file:line → spec: reason` for every import under `dirs` that breaks a rule. */
function offences(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of files(join(ROOT, dir))) {
      const rel = relative(ROOT, f).split(sep).join('/');
      for (const { spec, line, typeOnly } of importsOf(readFileSync(f, 'utf8'))) {
        const problem = boundaryProblem(rel, spec, typeOnly);
        if (problem) out.push(`${rel}:${line} → ${spec}: ${problem}`);
      }
    }
  }
  return out;
}

/** A tsconfig file's JSON (the files carry `//` comments). */
function tsconfig(name: string): { include?: string[]; exclude?: string[] } {
  const text = readFileSync(join(ROOT, name), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text) as { include?: string[]; exclude?: string[] };
}

describe('import boundaries', () => {
  it('src/ imports nothing from app/ or renderer/; the model no Node module, node-only folder, UI library or Electron', () => {
    expect(offences(['src'])).toEqual([]);
  });

  it('renderer/ imports no node-only folder, no Node module, not Electron, and from app/ only the contract’s types', () => {
    expect(offences(['renderer'])).toEqual([]);
  });

  it('app/ imports nothing from renderer/ (not even types) and nothing from the CLI', () => {
    expect(offences(['app'])).toEqual([]);
  });

  it('the node-only folders exist and are the only places in src/ with Node imports', () => {
    for (const d of NODE_ONLY) expect(statSync(join(ROOT, d)).isDirectory()).toBe(true);
    const nodeImporters = files(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f).split(sep).join('/'))
      .filter((rel) => importsOf(readFileSync(join(ROOT, rel), 'utf8')).some((i) => isNodeModule(i.spec)));
    expect(nodeImporters.length).toBeGreaterThan(0);
    expect(nodeImporters.filter((rel) => !isNodeOnly(worldOf(rel)))).toEqual([]);
  });

  it('the Node file helpers are shared: the CLI and the desktop shell both read src/node', () => {
    const readers = (dir: string) =>
      files(join(ROOT, dir))
        .map((f) => relative(ROOT, f).split(sep).join('/'))
        .filter((rel) =>
          importsOf(readFileSync(join(ROOT, rel), 'utf8')).some(
            (i) => i.spec.startsWith('.') && worldOf(posix.join(posix.dirname(rel), i.spec)) === 'node',
          ),
        );
    expect(readers('src/cli').length).toBeGreaterThan(0);
    expect(readers('app').length).toBeGreaterThan(0);
  });

  it('each world compiles in its own tsconfig: the node-only folders in the node world, not the model', () => {
    const folders = NODE_ONLY.map((d) => d.replace(/\/$/, ''));
    const model = tsconfig('tsconfig.model.json');
    expect(model.include).toContain('src');
    expect([...(model.exclude ?? [])].sort()).toEqual([...folders].sort());
    expect(tsconfig('tsconfig.node.json').include).toEqual(expect.arrayContaining(folders));
    expect(tsconfig('tsconfig.app.json').include).toEqual(['app']);
    expect(tsconfig('tsconfig.renderer.json').include).toEqual(['renderer']);
  });

  it('finds imports with their lines and whether they are type-only (the check itself works)', () => {
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
      "export type { D } from './d';",
      "import { type E } from './e';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { spec: 'node:fs', line: 1, typeOnly: false },
      { spec: 'electron', line: 2, typeOnly: false },
      { spec: '../renderer/z', line: 3, typeOnly: true },
      { spec: './a', line: 6, typeOnly: false },
      { spec: './styles.css', line: 7, typeOnly: false },
      { spec: '../app/main/ipc', line: 8, typeOnly: false },
      { spec: 'fs', line: 9, typeOnly: false },
      { spec: './c', line: 10, typeOnly: false },
      { spec: './d', line: 11, typeOnly: true },
      { spec: './e', line: 12, typeOnly: false },
    ]);
  });

  it('flags each kind of crossing (the rules themselves work)', () => {
    const bad: [string, string, boolean?][] = [
      ['src/sim/a.ts', 'node:fs'],
      ['src/sim/a.ts', 'path'],
      ['src/sim/a.ts', 'fs/promises'],
      ['src/sim/a.ts', 'react'],
      ['src/sim/a.ts', 'electron'],
      ['src/sim/a.ts', '../../renderer/state/store'],
      ['src/sim/a.ts', '../../app/main/ipc'],
      ['src/sim/a.ts', '../../app/ipc/contract', true],
      ['src/sim/a.ts', '../cli/main'],
      ['src/sim/a.ts', '../node/files'],
      ['src/sim/a.ts', '../node/files', true],
      ['src/cli/a.ts', '../../renderer/lib/units'],
      ['src/cli/a.ts', '../../app/ipc/contract'],
      ['src/node/a.ts', '../cli/command'],
      ['src/node/a.ts', 'electron'],
      ['renderer/state/a.ts', '../../app/main/documents'],
      ['renderer/state/a.ts', '../../app/main/documents', true],
      ['renderer/state/a.ts', '../../app/ipc/contract'],
      ['renderer/state/a.ts', 'node:path'],
      ['renderer/state/a.ts', 'electron'],
      ['renderer/state/a.ts', '../../src/cli/table'],
      ['renderer/state/a.ts', '../../src/node/files', true],
      ['app/main/a.ts', '../../renderer/platform/types'],
      ['app/main/a.ts', '../../renderer/platform/types', true],
      ['app/main/a.ts', '../../src/cli/table'],
      ['app/ipc/a.ts', 'node:path'],
      ['app/ipc/a.ts', 'electron'],
      ['app/ipc/a.ts', '../main/documents'],
    ];
    for (const [rel, spec, typeOnly] of bad)
      expect(boundaryProblem(rel, spec, typeOnly), `${rel} → ${spec}`).not.toBeNull();
    const good: [string, string, boolean?][] = [
      ['src/cli/a.ts', 'node:fs'],
      ['src/cli/a.ts', '../node/files'],
      ['src/node/a.ts', 'node:fs'],
      ['src/node/a.ts', '../plan/load'],
      ['src/sim/a.ts', '../plan/schema'],
      ['src/sim/a.ts', 'zod'],
      ['renderer/state/a.ts', '../../src/analysis/tabs'],
      ['renderer/state/a.ts', '../../app/ipc/contract', true],
      ['renderer/state/a.ts', 'react'],
      ['renderer/components/a.tsx', '../../examples/x.json'],
      ['app/main/a.ts', 'electron'],
      ['app/main/a.ts', 'node:path'],
      ['app/main/a.ts', '../ipc/contract'],
      ['app/main/a.ts', '../../src/node/files'],
      ['app/ipc/a.ts', 'zod'],
      ['app/ipc/a.ts', './events'],
      ['app/ipc/a.ts', '../../src/report/contents'],
      ['tests/unit/a.ts', '../../src/cli/main'],
      ['scripts/a.ts', '../src/node/files'],
    ];
    for (const [rel, spec, typeOnly] of good)
      expect(boundaryProblem(rel, spec, typeOnly), `${rel} → ${spec}`).toBeNull();
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
