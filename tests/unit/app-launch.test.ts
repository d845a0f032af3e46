import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPathFromArgv } from '../../app/main/args';
import { DEFAULT_PLAN, locateElectron, planArgument, unavailableMessage } from '../../app/launch.mjs';
import { tempDir } from './app-helpers';
import { ROOT } from './plan-helpers';

describe('npm start launcher', () => {
  it('finds the Electron binary from path.txt without loading the electron package', () => {
    const dir = tempDir('pp-electron-');
    expect(locateElectron({ root: dir, electronDir: null })).toEqual({
      ok: false,
      reason: 'the electron package is not installed',
    });
    expect(locateElectron({ root: dir, electronDir: dir })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/never downloaded/),
    });
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(locateElectron({ root: dir, electronDir: dir })).toEqual({
      ok: false,
      reason: 'dist/electron is missing',
    });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(locateElectron({ root: dir, electronDir: dir })).toEqual({
      ok: true,
      path: join(dir, 'dist', 'electron'),
    });
    const override = tempDir('pp-override-');
    expect(
      locateElectron({ root: dir, electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } }).ok,
    ).toBe(false);
  });

  it('says what to do in one line', () => {
    const line = unavailableMessage('no binary');
    expect(line).toBe(
      'PowerPlan: the Electron runtime is not available on this machine (no binary); run `npm run web` to use PowerPlan in your browser.',
    );
    expect(line).not.toContain('\n');
  });

  it('opens the default example plan unless one is given', () => {
    expect(planArgument([])).toBe('examples/optimus-class-dx-m1.powerplan.json');
    expect(planArgument(['--no-build', 'x.powerplan.json'])).toBe('x.powerplan.json');
    expect(DEFAULT_PLAN).toBe('examples/optimus-class-dx-m1.powerplan.json');
  });

  it.skipIf(locateElectron().ok)(
    'prints one line and exits 1 where Electron is not available (this machine)',
    () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'app/launch.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^PowerPlan: the Electron runtime is not available on this machine \(.+\); run `npm run web` to use PowerPlan in your browser\.$/,
      );
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    },
  );
});

describe('plan file from the command line', () => {
  it('takes the first .powerplan.json argument, resolved against the working folder', () => {
    expect(planPathFromArgv(['/opt/PowerPlan', '/home/u/a.powerplan.json'], '/tmp')).toBe(
      '/home/u/a.powerplan.json',
    );
    expect(planPathFromArgv(['electron', '.', 'examples/x.powerplan.json'], '/repo')).toBe(
      '/repo/examples/x.powerplan.json',
    );
    expect(
      planPathFromArgv(['PowerPlan', '--inspect=9229', '--flag=a.powerplan.json', 'B.POWERPLAN.JSON'], '/w'),
    ).toBe('/w/B.POWERPLAN.JSON');
    expect(planPathFromArgv(['PowerPlan'], '/w')).toBeNull();
    expect(planPathFromArgv(['PowerPlan', 'notes.txt', 'data.json'], '/w')).toBeNull();
  });
});
