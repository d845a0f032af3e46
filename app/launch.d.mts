/** Types of app/launch.mjs (for the tests). */
export const ROOT: string;
export const DEFAULT_PLAN: string;
export const WEB_INDEX: string;
export function unavailableMessage(reason: string): string;
export function servingLines(url: string, opts?: { opening?: boolean; plan?: string }): string[];
export function locateElectron(opts?: {
  root?: string;
  electronDir?: string | null;
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  read?: (path: string) => string;
}): { ok: true; path: string } | { ok: false; reason: string };
export function planArgument(argv: readonly string[]): string;
export function tryDownloadElectron(
  root?: string,
  run?: typeof import('node:child_process').spawnSync,
): boolean;

export type LaunchChoice = { mode: 'electron'; path: string } | { mode: 'web'; reason: string };
export function chooseLaunch(deps?: {
  locate?: () => ReturnType<typeof locateElectron>;
  download?: () => boolean;
}): LaunchChoice;

export interface BrowserCommand {
  command: string;
  args: string[];
  windowsVerbatimArguments?: boolean;
}
export function browserCommand(
  url: string,
  opts?: {
    platform?: NodeJS.Platform;
    env?: Record<string, string | undefined>;
    exists?: (path: string) => boolean;
  },
): BrowserCommand | null;

/** Everything main does to the outside world; the tests replace any of them. */
export interface LaunchDeps {
  locate: () => ReturnType<typeof locateElectron>;
  download: () => boolean;
  buildApp: () => boolean;
  runElectron: (path: string, plan: string) => Promise<{ code: number } | { unavailable: string }>;
  webBuilt: () => boolean;
  buildWeb: () => boolean;
  serveWeb: () => Promise<{ url: string; close: () => Promise<void> }>;
  browserCommand: (url: string) => BrowserCommand | null;
  openBrowser: (command: BrowserCommand) => void;
  untilStopped: () => Promise<unknown>;
  log: (line: string) => void;
  error: (line: string) => void;
}
export const defaultDeps: LaunchDeps;
export function serveInBrowser(argv: readonly string[], deps?: Partial<LaunchDeps>): Promise<number>;
export function main(argv?: readonly string[], deps?: Partial<LaunchDeps>): Promise<number>;
