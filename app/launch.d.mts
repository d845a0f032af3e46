/** Types of app/launch.mjs (for the tests). */
export const ROOT: string;
export const DEFAULT_PLAN: string;
export function unavailableMessage(reason: string): string;
export function locateElectron(opts?: {
  root?: string;
  electronDir?: string | null;
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  read?: (path: string) => string;
}): { ok: true; path: string } | { ok: false; reason: string };
export function planArgument(argv: readonly string[]): string;
export function main(argv?: readonly string[]): Promise<number>;
export function tryDownloadElectron(
  root?: string,
  run?: typeof import('node:child_process').spawnSync,
): boolean;
