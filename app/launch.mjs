#!/usr/bin/env node
/**
 * `npm start`: always opens PowerPlan.
 *
 * - Where the Electron runtime is here: build the app (electron-vite build), then launch Electron on the
 *   default example plan (or on the first plan argument).
 * - Where it is not (its binary is downloaded on first use and some machines cannot, or it cannot run):
 *   say so in one line, then serve the same UI to a browser, as `npm run web` does — build the web mode
 *   (vite build --config vite.web.config.ts) and serve dist/web with `vite preview` — print the address, open
 *   the system browser where there is one, and keep serving until Ctrl+C.
 *
 * The binary is located by reading node_modules/electron/path.txt and checking the file exists. We never
 * `require('electron')` here: since Electron 45 that starts a download when the binary is missing.
 *
 * Everything `main` does to the outside world (files, processes, the server, the browser, the console) is a
 * dependency it can be given, so the tests drive the decision without Electron, a server or a browser.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PLAN = 'examples/optimus-class-dx-m1.powerplan.json';
/** The web mode's build (`npm run build:web`), which the browser fallback serves. */
export const WEB_INDEX = 'dist/web/index.html';

/** The one line printed when Electron cannot run here, before the browser fallback starts. */
export function unavailableMessage(reason) {
  return `PowerPlan: the Electron runtime is not available on this machine (${reason}); opening PowerPlan in your browser instead.`;
}

/**
 * What the browser fallback prints once it serves: the address (on a line of its own), whether a browser is
 * being opened, a note when a plan file was asked for (the browser version cannot read it from disk), and how
 * to stop.
 */
export function servingLines(url, { opening = false, plan = DEFAULT_PLAN } = {}) {
  return [
    `PowerPlan is running in your browser at ${url}`,
    opening ? 'Opening it in your browser…' : 'Open that address in a browser.',
    ...(plan === DEFAULT_PLAN
      ? []
      : [`The browser version starts on the example plan: open ${plan} there with Open….`]),
    'Press Ctrl+C to stop.',
  ];
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

/**
 * Electron 45 fetches its binary on first use. Where the network allows it, fetch it now with Electron's own
 * installer (quietly, at most 90 s); where it does not (offline machines), the browser fallback runs.
 */
export function tryDownloadElectron(root = ROOT, run = spawnSync) {
  const dir = electronPackageDir(root);
  if (!dir || process.env.POWERPLAN_NO_ELECTRON_DOWNLOAD === '1') return false;
  const installer = join(dir, 'install.js');
  if (!existsSync(installer)) return false;
  const r = run(process.execPath, [installer], { cwd: dir, stdio: 'ignore', timeout: 90_000 });
  return r.status === 0;
}

/**
 * The decision: { mode: 'electron', path } where the Electron binary is here (after one download attempt
 * when the package is installed but its binary is not), else { mode: 'web', reason }.
 */
export function chooseLaunch({
  locate = () => locateElectron(),
  download = () => tryDownloadElectron(),
} = {}) {
  let found = locate();
  if (!found.ok && !found.reason.includes('not installed') && download()) found = locate();
  return found.ok ? { mode: 'electron', path: found.path } : { mode: 'web', reason: found.reason };
}

/** Whether `command` is an executable file on PATH (Linux and other Unixes). */
function onPath(command, env, exists) {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && exists(join(dir, command)));
}

/**
 * How to open a URL in the system browser here, or null where there is none to open: on CI, with
 * BROWSER=none, on Linux without a display (DISPLAY or WAYLAND_DISPLAY) or without xdg-open.
 */
export function browserCommand(
  url,
  { platform = process.platform, env = process.env, exists = existsSync } = {},
) {
  if (env.CI || env.BROWSER === 'none') return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32')
    return { command: 'cmd', args: ['/d', '/s', '/c', `start "" "${url}"`], windowsVerbatimArguments: true };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  if (!onPath('xdg-open', env, exists)) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Start the opener detached and forget it: never waits for the browser, never fails if it cannot start. */
function openBrowser({ command, args, windowsVerbatimArguments = false }) {
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments });
    child.on('error', () => {});
    child.unref();
  } catch {
    /* no browser: the address is printed */
  }
}

function binOf(pkg, bin) {
  const require = createRequire(join(ROOT, 'package.json'));
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'bin', bin);
}

// Vite's notice that vite.web.config.ts would need `"type": "module"` under a future config loader: noise here.
const QUIET_VITE = { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

function run(bin, args, env = process.env) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, stdio: 'inherit', env });
  return r.status === 0;
}

/** electron-vite build (main, preload and renderer into out/). */
function buildApp() {
  return run(binOf('electron-vite', 'electron-vite.js'), ['build', '--logLevel', 'warn']);
}

/** What `npm run build:web` runs: the web mode into dist/web. */
function buildWeb() {
  return run(binOf('vite', 'vite.js'), ['build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    ...process.env,
    ...QUIET_VITE,
  });
}

/**
 * What `npm run web` serves: dist/web through `vite preview` with vite.web.config.ts (127.0.0.1:4173, or the
 * next free port when that one is taken). Resolves to { url, close }.
 */
async function serveWeb() {
  Object.assign(process.env, QUIET_VITE);
  const { preview } = await import('vite');
  const server = await preview({
    root: join(ROOT, 'renderer'),
    configFile: join(ROOT, 'vite.web.config.ts'),
    preview: { strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.preview.port}/`;
  return { url, close: () => server.close() };
}

/**
 * Run Electron on a plan. Resolves to { code } when it ran, or { unavailable: reason } when it could not
 * start (the browser fallback then runs).
 */
function runElectron(path, plan) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  return new Promise((done) => {
    const child = spawn(path, ['.', plan], { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', (e) =>
      done({ unavailable: `${e.code ?? e.message} starting ${relative(ROOT, path)}` }),
    );
    child.on('exit', (code, signal) => {
      if (code === 127) done({ unavailable: 'the Electron binary cannot run here (missing libraries)' });
      else done({ code: code ?? (signal ? 1 : 0) });
    });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  });
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM. */
function untilStopped() {
  return new Promise((done) => {
    for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => done(sig));
  });
}

export const defaultDeps = {
  locate: () => locateElectron(),
  download: () => tryDownloadElectron(),
  buildApp,
  runElectron,
  webBuilt: () => existsSync(join(ROOT, WEB_INDEX)),
  buildWeb,
  serveWeb,
  browserCommand: (url) => browserCommand(url),
  openBrowser,
  untilStopped,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/**
 * The browser fallback: build the web mode (unless --no-build and it is built), serve it, print the address,
 * open a browser where there is one, and serve until stopped. Resolves to the exit code.
 */
export async function serveInBrowser(argv, deps = defaultDeps) {
  const d = { ...defaultDeps, ...deps };
  if ((!argv.includes('--no-build') || !d.webBuilt()) && !d.buildWeb()) {
    d.error('PowerPlan: the web build failed (see the messages above).');
    return 1;
  }
  const server = await d.serveWeb();
  const opener = d.browserCommand(server.url);
  for (const line of servingLines(server.url, { opening: Boolean(opener), plan: planArgument(argv) }))
    d.log(line);
  if (opener) d.openBrowser(opener);
  await d.untilStopped();
  // Open browser connections must not keep us waiting: stop after 2 s at most.
  await Promise.race([server.close(), new Promise((done) => setTimeout(done, 2000).unref())]);
  return 0;
}

export async function main(argv = process.argv.slice(2), deps = defaultDeps) {
  const d = { ...defaultDeps, ...deps };
  const choice = chooseLaunch(d);
  let reason = choice.reason;
  if (choice.mode === 'electron') {
    if (!argv.includes('--no-build') && !d.buildApp()) {
      d.error('PowerPlan: the app build failed (see the messages above).');
      return 1;
    }
    const ran = await d.runElectron(choice.path, planArgument(argv));
    if (!('unavailable' in ran)) return ran.code;
    reason = ran.unavailable;
  }
  d.error(unavailableMessage(reason));
  return serveInBrowser(argv, d);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`PowerPlan: could not start (${String(e?.message ?? e)}).`);
      process.exit(1);
    },
  );
}
