import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const importsOf = (text: string) =>
  [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);

describe('import boundaries', () => {
  const FORBIDDEN = /^(react|react-dom|electron|immer|recharts)(\/|$)|^node:|^(fs|path|os|child_process)$/;
  it('src/ imports nothing from app/, renderer/, UI libraries or Node (src/cli excepted)', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      const text = readFileSync(f, 'utf8');
      for (const spec of importsOf(text)) {
        const crossesOut = /(^|\/)(app|renderer)\//.test(spec) && spec.startsWith('.');
        const nodeOrUi = FORBIDDEN.test(spec);
        if (crossesOut || (nodeOrUi && !rel.startsWith('src/cli/'))) offenders.push(`${rel} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds imports (the check itself works)', () => {
    expect(importsOf("import { x } from 'node:fs';\nconst y = require('electron');")).toEqual([
      'node:fs',
      'electron',
    ]);
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
