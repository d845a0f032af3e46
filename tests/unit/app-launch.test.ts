import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { planPathFromArgv } from '../../app/main/args';
import {
  browserCommand,
  chooseLaunch,
  DEFAULT_PLAN,
  locateElectron,
  main,
  planArgument,
  servingLines,
  unavailableMessage,
  WEB_INDEX,
  type LaunchDeps,
} from '../../app/launch.mjs';
import { tempDir } from './app-helpers';
import { ROOT } from './plan-helpers';

const NO_BINARY = { ok: false, reason: 'no binary' } as const;
const URL = 'http://127.0.0.1:4173/';

/** Launcher dependencies that touch nothing: Electron is missing, the server is fake, stop comes at once. */
function fakeDeps(over: Partial<LaunchDeps> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const close = vi.fn(async () => {});
  const deps = {
    locate: vi.fn(() => NO_BINARY),
    download: vi.fn(() => false),
    buildApp: vi.fn(() => true),
    runElectron: vi.fn(async () => ({ code: 0 })),
    webBuilt: vi.fn(() => true),
    buildWeb: vi.fn(() => true),
    serveWeb: vi.fn(async () => ({ url: URL, close })),
    browserCommand: vi.fn((url: string) => ({ command: 'xdg-open', args: [url] })),
    openBrowser: vi.fn(),
    untilStopped: vi.fn(async () => 'SIGINT'),
    log: (line: string) => out.push(line),
    error: (line: string) => err.push(line),
    ...over,
  } satisfies LaunchDeps;
  return { deps, out, err, close };
}

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

  it('chooses Electron where its binary is (after one download try), the browser otherwise', () => {
    const found = { ok: true, path: '/e/electron' } as const;
    expect(chooseLaunch({ locate: () => found, download: () => false })).toEqual({
      mode: 'electron',
      path: '/e/electron',
    });
    const locate = vi.fn().mockReturnValueOnce(NO_BINARY).mockReturnValueOnce(found);
    expect(chooseLaunch({ locate, download: () => true })).toEqual({ mode: 'electron', path: '/e/electron' });
    expect(chooseLaunch({ locate: () => NO_BINARY, download: () => false })).toEqual({
      mode: 'web',
      reason: 'no binary',
    });
    const download = vi.fn(() => true);
    const missing = { ok: false, reason: 'the electron package is not installed' } as const;
    expect(chooseLaunch({ locate: () => missing, download })).toEqual({
      mode: 'web',
      reason: 'the electron package is not installed',
    });
    expect(download).not.toHaveBeenCalled(); // nothing to download with
  });

  it('launches Electron on the plan where it is here, and never serves', async () => {
    const { deps, out, err } = fakeDeps({
      locate: vi.fn(() => ({ ok: true, path: '/e/electron' }) as const),
      runElectron: vi.fn(async () => ({ code: 3 })),
    });
    expect(await main([], deps)).toBe(3);
    expect(deps.buildApp).toHaveBeenCalledOnce();
    expect(deps.runElectron).toHaveBeenCalledWith('/e/electron', DEFAULT_PLAN);
    expect(deps.serveWeb).not.toHaveBeenCalled();
    expect([...out, ...err]).toEqual([]);
    expect(await main(['--no-build', 'x.powerplan.json'], deps)).toBe(3);
    expect(deps.buildApp).toHaveBeenCalledOnce();
    expect(deps.runElectron).toHaveBeenLastCalledWith('/e/electron', 'x.powerplan.json');
  });

  it('serves the web build to a browser where Electron is missing, prints the address, serves until stopped', async () => {
    const { deps, out, err, close } = fakeDeps();
    expect(await main([], deps)).toBe(0);
    expect(deps.buildApp).not.toHaveBeenCalled();
    expect(deps.runElectron).not.toHaveBeenCalled();
    expect(err).toEqual([unavailableMessage('no binary')]);
    expect(deps.buildWeb).toHaveBeenCalledOnce(); // like `npm run web`: build, then serve
    expect(deps.serveWeb).toHaveBeenCalledOnce();
    expect(out).toEqual(servingLines(URL, { opening: true }));
    expect(out[0]).toBe(`PowerPlan is running in your browser at ${URL}`);
    expect(deps.browserCommand).toHaveBeenCalledWith(URL);
    expect(deps.openBrowser).toHaveBeenCalledWith({ command: 'xdg-open', args: [URL] });
    expect(deps.untilStopped).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    // The server closes only once stopped.
    expect(vi.mocked(deps.untilStopped).mock.invocationCallOrder[0]!).toBeLessThan(
      close.mock.invocationCallOrder[0]!,
    );
  });

  it('falls back to the browser when the Electron binary is there but cannot start', async () => {
    const { deps, err } = fakeDeps({
      locate: vi.fn(() => ({ ok: true, path: '/e/electron' }) as const),
      runElectron: vi.fn(async () => ({ unavailable: 'missing libraries' })),
    });
    expect(await main([], deps)).toBe(0);
    expect(err).toEqual([unavailableMessage('missing libraries')]);
    expect(deps.serveWeb).toHaveBeenCalledOnce();
  });

  it('prints the address without opening anything where there is no browser to open', async () => {
    const { deps, out } = fakeDeps({ browserCommand: vi.fn(() => null) });
    expect(await main(['--no-build'], deps)).toBe(0);
    expect(deps.buildWeb).not.toHaveBeenCalled(); // --no-build and dist/web is there
    expect(deps.openBrowser).not.toHaveBeenCalled();
    expect(out).toEqual([
      `PowerPlan is running in your browser at ${URL}`,
      'Open that address in a browser.',
      'Press Ctrl+C to stop.',
    ]);
  });

  it('builds the web mode when it is missing, and stops with 1 when that build fails', async () => {
    const { deps, err } = fakeDeps({ webBuilt: vi.fn(() => false), buildWeb: vi.fn(() => false) });
    expect(await main(['--no-build'], deps)).toBe(1);
    expect(deps.buildWeb).toHaveBeenCalledOnce();
    expect(deps.serveWeb).not.toHaveBeenCalled();
    expect(err.at(-1)).toBe('PowerPlan: the web build failed (see the messages above).');
  });

  it('says the browser version starts on the example plan when another plan was asked for', () => {
    expect(servingLines(URL, { plan: 'x.powerplan.json' })).toContain(
      'The browser version starts on the example plan: open x.powerplan.json there with Open….',
    );
    expect(servingLines(URL).join('\n')).not.toContain('example plan');
    for (const line of servingLines(URL, { opening: true, plan: 'x.powerplan.json' }))
      expect(line).not.toContain('\n');
  });

  it('opens the system browser only where there is one: never on CI or on Linux without a display', () => {
    const exists = (p: string) => p === join('/usr/bin', 'xdg-open');
    const linux = { platform: 'linux' as const, exists };
    const env = { PATH: '/usr/bin', DISPLAY: ':0' };
    expect(browserCommand(URL, { ...linux, env })).toEqual({ command: 'xdg-open', args: [URL] });
    expect(
      browserCommand(URL, { ...linux, env: { PATH: '/usr/bin', WAYLAND_DISPLAY: 'wayland-0' } }),
    ).toEqual({
      command: 'xdg-open',
      args: [URL],
    });
    expect(browserCommand(URL, { ...linux, env: { PATH: '/usr/bin' } })).toBeNull(); // no display
    expect(browserCommand(URL, { ...linux, env: { ...env, CI: 'true' } })).toBeNull();
    expect(browserCommand(URL, { ...linux, env: { ...env, BROWSER: 'none' } })).toBeNull();
    expect(browserCommand(URL, { ...linux, env: { ...env, PATH: '/opt/bin' } })).toBeNull(); // no xdg-open
    expect(browserCommand(URL, { platform: 'darwin', env: {} })).toEqual({ command: 'open', args: [URL] });
    expect(browserCommand(URL, { platform: 'darwin', env: { CI: '1' } })).toBeNull();
    expect(browserCommand(URL, { platform: 'win32', env: {} })).toEqual({
      command: 'cmd',
      args: ['/d', '/s', '/c', `start "" "${URL}"`],
      windowsVerbatimArguments: true,
    });
  });

  it('says what happened in one line', () => {
    const line = unavailableMessage('no binary');
    expect(line).toBe(
      'PowerPlan: the Electron runtime is not available on this machine (no binary); opening PowerPlan in your browser instead.',
    );
    expect(line).not.toContain('\n');
  });

  it('opens the default example plan unless one is given', () => {
    expect(planArgument([])).toBe('examples/optimus-class-dx-m1.powerplan.json');
    expect(planArgument(['--no-build', 'x.powerplan.json'])).toBe('x.powerplan.json');
    expect(DEFAULT_PLAN).toBe('examples/optimus-class-dx-m1.powerplan.json');
  });

  it.skipIf(locateElectron().ok || !existsSync(join(ROOT, WEB_INDEX)))(
    'serves the app to a browser until stopped where Electron is not available (this machine)',
    async () => {
      const child = spawn(process.execPath, [join(ROOT, 'app/launch.mjs'), '--no-build'], {
        cwd: ROOT,
        // CI: never open a browser from the tests; no download attempt either.
        env: { ...process.env, CI: '1', POWERPLAN_NO_ELECTRON_DOWNLOAD: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b) => (stdout += b));
      child.stderr.on('data', (b) => (stderr += b));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const url = await vi.waitFor(
          () => {
            const m = /^PowerPlan is running in your browser at (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout);
            // The address and what to do with it arrive as separate writes: wait for both.
            if (!m || !stdout.includes('Open that address in a browser.'))
              throw new Error(`no address yet: ${stdout}${stderr}`);
            return m[1]!;
          },
          { timeout: 20_000, interval: 100 },
        );
        expect(stdout).toContain('Open that address in a browser.');
        const html = await (await fetch(url)).text();
        expect(html).toMatch(/<div id="root">/);
        expect(html).toContain('<title>');
        const lines = stderr.trim().split('\n');
        expect(lines[0]).toMatch(
          /^PowerPlan: the Electron runtime is not available on this machine \(.+\); opening PowerPlan in your browser instead\.$/,
        );
        expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(0);
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
