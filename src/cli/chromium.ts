import { existsSync } from 'node:fs';
import { UserError } from '../node/files';

/**
 * Flags for a headless system Chromium on a locked-down machine (also as root, with no network): the report
 * renderer, the end-to-end tests and the scripts all launch it with these.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Standard places a Chromium or Chrome lives; POWERPLAN_CHROMIUM or CHROMIUM_PATH override. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): string {
  const fromEnv = env.POWERPLAN_CHROMIUM ?? env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new UserError(`POWERPLAN_CHROMIUM points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ];
  const found = candidates.find((p) => exists(p));
  if (!found) {
    throw new UserError(
      'no Chromium or Chrome found to render the PDF: install one (Debian/Ubuntu: apt-get install chromium) or set POWERPLAN_CHROMIUM=/path/to/chrome',
    );
  }
  return found;
}
