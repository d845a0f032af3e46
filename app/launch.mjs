#!/usr/bin/env node
/**
 * `npm start`: build the app (electron-vite build), then launch Electron on the default example plan.
 *
 * Where the Electron runtime is missing (its binary is downloaded on first use and some machines cannot),
 * print one line pointing to the browser version and exit 1: no stack trace, no build noise first.
 *
 * The binary is located by reading node_modules/electron/path.txt and checking the file exists. We never
 * `require('electron')` here: since Electron 45 that starts a download when the binary is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PLAN = 'examples/optimus-class-dx-m1.powerplan.json';

/** The one line printed when Electron cannot run here. */
export function unavailableMessage(reason) {
  return `PowerPlan: the Electron runtime is not available on this machine (${reason}); run \`npm run web\` to use PowerPlan in your browser.`;
}

function electronPackageDir(root) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Where the Electron executable is: { ok: true, path } or { ok: false, reason }. Reads files only (no
 * download, no execution).
 */
export function locateElectron({
  root = ROOT,
  electronDir = electronPackageDir(root),
  env = process.env,
  exists = existsSync,
  read = (p) => readFileSync(p, 'utf8'),
} = {}) {
  if (!electronDir) return { ok: false, reason: 'the electron package is not installed' };
  let exe;
  try {
    exe = read(join(electronDir, 'path.txt')).trim();
  } catch {
    return {
      ok: false,
      reason: 'its binary was never downloaded; `npx install-electron` fetches it where the network allows',
    };
  }
  if (!exe) return { ok: false, reason: 'node_modules/electron/path.txt is empty' };
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, exe)
    : join(electronDir, 'dist', exe);
  if (!exists(path)) return { ok: false, reason: `${relative(root, path) || path} is missing` };
  return { ok: true, path };
}

/** The plan to open: the first non-switch argument, else the default example. */
export function planArgument(argv) {
  return argv.find((a) => !a.startsWith('-')) ?? DEFAULT_PLAN;
}

function build() {
  const require = createRequire(join(ROOT, 'package.json'));
  const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const r = spawnSync(process.execPath, [bin, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return r.status === 0;
}

/**
 * Electron 45 fetches its binary on first use. Where the network allows it, fetch it now with Electron's own
 * installer (quietly, at most 90 s); where it does not (offline machines), the caller prints one line.
 */
export function tryDownloadElectron(root = ROOT, run = spawnSync) {
  const dir = electronPackageDir(root);
  if (!dir || process.env.POWERPLAN_NO_ELECTRON_DOWNLOAD === '1') return false;
  const installer = join(dir, 'install.js');
  if (!existsSync(installer)) return false;
  const r = run(process.execPath, [installer], { cwd: dir, stdio: 'ignore', timeout: 90_000 });
  return r.status === 0;
}

export async function main(argv = process.argv.slice(2)) {
  let found = locateElectron();
  if (!found.ok && !found.reason.includes('not installed') && tryDownloadElectron()) found = locateElectron();
  if (!found.ok) {
    console.error(unavailableMessage(found.reason));
    return 1;
  }
  if (!argv.includes('--no-build') && !build()) {
    console.error('PowerPlan: the app build failed (see the messages above).');
    return 1;
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  return new Promise((done) => {
    const child = spawn(found.path, ['.', planArgument(argv)], { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', (e) => {
      console.error(unavailableMessage(`${e.code ?? e.message} starting ${relative(ROOT, found.path)}`));
      done(1);
    });
    child.on('exit', (code, signal) => {
      if (code === 127)
        console.error(unavailableMessage('the Electron binary cannot run here (missing libraries)'));
      done(code ?? (signal ? 1 : 0));
    });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(unavailableMessage(String(e?.message ?? e)));
      process.exit(1);
    },
  );
}
