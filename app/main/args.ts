import { isAbsolute, resolve } from 'node:path';
import { PLAN_EXTENSION } from './documents';

/**
 * The plan file in a command line (file association, `npm start`, a second instance): the first argument
 * ending in `.powerplan.json` that is not a switch. argv[0] is the executable; in development argv[1] is the
 * app folder ('.'), which never matches.
 */
export function planPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg.startsWith('-') || arg.length > 4096) continue;
    if (!arg.toLowerCase().endsWith(PLAN_EXTENSION)) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
  }
  return null;
}
