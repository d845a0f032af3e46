import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { readTextFile, UserError, writeFileAtomic } from '../../src/node/files';
import type { ExportResult, IpcResults, OpenResult, RecentEntry, SaveResult } from '../ipc/contract';
import { MAX_TEXT_CHARS } from '../ipc/contract';
import { MAX_PLAN_BYTES, parsePlanText, type PlanError } from '../../src/plan/load';

/**
 * Documents on disk. The renderer never sees or sends a path: it gets an opaque token for each file the user
 * chose (open/save dialogs, the recent list, the OS "open with"), and main writes only to paths behind a
 * token it handed out. All file I/O is here, with its dependencies (folders, dialogs, clock) injected.
 */

export const PLAN_EXTENSION = '.powerplan.json';
export const MAX_RECENT = 10;
export const RECENT_FILE = 'recent.json';
export const AUTOSAVE_FILE = 'autosave.powerplan.json';

// ---------------------------------------------------------------------------------------------------------
// Tokens

/** Token ↔ absolute path for this session. Tokens are random, so one cannot be guessed from a path. */
export class TokenRegistry {
  private readonly byToken = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The token of a path the user chose (the same token every time for the same path). */
  tokenFor(path: string): string {
    const abs = resolve(path);
    const known = this.byPath.get(abs);
    if (known) return known;
    let token: string;
    do token = `doc-${randomBytes(12).toString('hex')}`;
    while (this.byToken.has(token));
    this.byToken.set(token, abs);
    this.byPath.set(abs, token);
    return token;
  }

  /** The path behind a token, or undefined for a token main never handed out. */
  pathOf(token: string): string | undefined {
    return typeof token === 'string' ? this.byToken.get(token) : undefined;
  }

  get size(): number {
    return this.byToken.size;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pure helpers

/** "3 problems: battery.pack.energyWh must be …; robot.name …; (and 1 more)". */
export function summarisePlanErrors(errors: readonly PlanError[], max = 4): string {
  const shown = errors.slice(0, max).map((e) => `${e.path} ${truncate(e.message, 160)}`);
  const more = errors.length > max ? `; (and ${errors.length - max} more)` : '';
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return `${count}: ${shown.join('; ')}${more}`;
}

export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** `name` with `ext` appended unless it already ends with it (case-insensitive). */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(ext.toLowerCase()) ? name : `${name}${ext}`;
}

/** A recent list with `path` first, no duplicates, at most `max` entries. */
export function addRecent(list: readonly string[], path: string, max = MAX_RECENT): string[] {
  const abs = resolve(path);
  return [abs, ...list.filter((p) => p !== abs)].slice(0, max);
}

/** The recent list without files that no longer exist. */
export function pruneRecent(list: readonly string[], exists: (path: string) => boolean): string[] {
  return list.filter((p) => exists(p));
}

/** Display names for recent files: the file name, plus the folder's name when two files share a name. */
export function recentNames(paths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(basename(p), (counts.get(basename(p)) ?? 0) + 1);
  return paths.map((p) => {
    const name = basename(p);
    return (counts.get(name) ?? 0) > 1 ? `${name} (${basename(dirname(p))})` : name;
  });
}

const recentFileSchema = z.object({ version: z.literal(1), files: z.array(z.string().max(4096)).max(100) });

/** Parse recent.json text; anything malformed gives an empty list (never throws). */
export function parseRecentFile(text: string): string[] {
  try {
    const r = recentFileSchema.safeParse(JSON.parse(text));
    if (!r.success) return [];
    return r.data.files.filter((p) => isAbsolute(p)).slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

const autosaveSchema = z.object({
  format: z.literal('powerplan-autosave'),
  version: z.literal(1),
  name: z.string().max(200),
  savedAt: z.string().max(40),
  text: z.string().max(MAX_TEXT_CHARS),
});
export type AutosaveRecord = NonNullable<IpcResults['autosaveRead']>;

/** Parse the autosave file's text; null when malformed. */
export function parseAutosave(text: string): AutosaveRecord | null {
  try {
    const r = autosaveSchema.safeParse(JSON.parse(text));
    if (!r.success || Number.isNaN(Date.parse(r.data.savedAt))) return null;
    return { text: r.data.text, name: r.data.name, savedAt: r.data.savedAt };
  } catch {
    return null;
  }
}

function errorText(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ? `${code}: ${(e as Error).message}` : String((e as Error)?.message ?? e);
}

// ---------------------------------------------------------------------------------------------------------
// The service

export type SaveKind = 'plan' | 'csv' | 'pdf' | 'text';

/** Native dialogs, injected (Electron's dialog in the app, fakes in tests). Null means cancelled. */
export interface DialogPort {
  showOpen(opts: { defaultPath: string }): Promise<string | null>;
  showSave(opts: { defaultPath: string; kind: SaveKind }): Promise<string | null>;
}

export interface DocumentsDeps {
  /** app.getPath('userData'): recent list and autosave live here. */
  userDataDir: string;
  /** Where dialogs start before the user picked a folder (app.getPath('documents')). */
  defaultDir: string;
  dialogs: DialogPort;
  now?: () => Date;
  /** Told when the recent list changed (to rebuild the Open Recent menu). */
  onRecentChanged?: () => void;
}

export interface SaveInput {
  token: string | null;
  text: string;
  saveAs: boolean;
  suggestedName: string;
}

export class Documents {
  readonly tokens = new TokenRegistry();
  private lastDir: string | null = null;
  private readonly now: () => Date;

  constructor(private readonly deps: DocumentsDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  get recentPath(): string {
    return join(this.deps.userDataDir, RECENT_FILE);
  }
  get autosavePath(): string {
    return join(this.deps.userDataDir, AUTOSAVE_FILE);
  }

  private dialogDir(): string {
    return this.lastDir ?? this.deps.defaultDir;
  }

  // --- open ---------------------------------------------------------------------------------------------

  /** Read and validate a plan file. A bad file changes nothing (no token, no recent entry). */
  openPath(path: string): OpenResult {
    const abs = resolve(path);
    const name = basename(abs);
    let text: string;
    try {
      // readTextFile refuses folders, pipes, devices and files over the limit before reading them.
      text = readTextFile(abs, MAX_PLAN_BYTES);
    } catch (e) {
      return { canceled: false, error: errorText(e).split(abs).join(name) };
    }
    const parsed = parsePlanText(text);
    if (!parsed.ok) {
      return {
        canceled: false,
        error: `${name} is not a valid PowerPlan plan — ${summarisePlanErrors(parsed.errors)}`,
      };
    }
    const token = this.tokens.tokenFor(abs);
    this.lastDir = dirname(abs);
    this.rememberRecent(abs);
    return { canceled: false, doc: { token, name, text } };
  }

  async openDialog(): Promise<OpenResult> {
    const path = await this.deps.dialogs.showOpen({ defaultPath: this.dialogDir() });
    if (!path) return { canceled: true };
    return this.openPath(path);
  }

  /** Open a file by a token main handed out (recent list or an earlier dialog). */
  openToken(token: string): OpenResult {
    const path = this.tokens.pathOf(token);
    if (!path) return { canceled: false, error: 'Unknown document: this token was not issued by PowerPlan.' };
    if (!existsSync(path)) {
      this.forgetRecent(path);
      return { canceled: false, error: `${basename(path)}: no such file (removed from the recent list)` };
    }
    return this.openPath(path);
  }

  // --- save ---------------------------------------------------------------------------------------------

  /** Save a plan: validate first (never write an invalid plan), then write atomically. */
  async save(input: SaveInput): Promise<SaveResult> {
    const parsed = parsePlanText(input.text);
    if (!parsed.ok) {
      return { ok: false, error: `Not saved: the plan is invalid — ${summarisePlanErrors(parsed.errors)}` };
    }
    if (Buffer.byteLength(input.text, 'utf8') > MAX_PLAN_BYTES) {
      return { ok: false, error: `Not saved: the plan is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MB` };
    }
    let known: string | undefined;
    if (input.token !== null) {
      known = this.tokens.pathOf(input.token);
      if (!known) return { ok: false, error: 'Not saved: unknown document token (use Save As).' };
    }
    let target = known;
    if (input.saveAs || !target) {
      const startDir = known ? dirname(known) : this.dialogDir();
      const chosen = await this.deps.dialogs.showSave({
        defaultPath: join(startDir, withExtension(input.suggestedName, PLAN_EXTENSION)),
        kind: 'plan',
      });
      if (!chosen) return { ok: false, canceled: true };
      target = resolve(chosen);
    }
    try {
      writeFileAtomic(target, input.text);
    } catch (e) {
      return { ok: false, error: `Not saved: ${errorText(e)}` };
    }
    const token = this.tokens.tokenFor(target);
    this.lastDir = dirname(target);
    this.rememberRecent(target);
    this.autosaveClear();
    return { ok: true, token, name: basename(target) };
  }

  // --- export -------------------------------------------------------------------------------------------

  /** Ask where to save an export; null when cancelled. */
  async chooseExportPath(suggestedName: string, kind: 'csv' | 'pdf' | 'text'): Promise<string | null> {
    const chosen = await this.deps.dialogs.showSave({
      defaultPath: join(
        this.dialogDir(),
        kind === 'text' ? suggestedName : withExtension(suggestedName, `.${kind}`),
      ),
      kind,
    });
    if (!chosen) return null;
    this.lastDir = dirname(resolve(chosen));
    return resolve(chosen);
  }

  async exportCsv(input: {
    text: string;
    suggestedName: string;
    kind?: 'csv' | 'text' | undefined;
  }): Promise<ExportResult> {
    const path = await this.chooseExportPath(input.suggestedName, input.kind ?? 'csv');
    if (!path) return { ok: false, canceled: true };
    try {
      writeFileAtomic(path, input.text);
    } catch (e) {
      return { ok: false, error: `Not exported: ${errorText(e)}` };
    }
    return { ok: true, name: basename(path) };
  }

  // --- recent -------------------------------------------------------------------------------------------

  private readRecent(): string[] {
    try {
      return parseRecentFile(readTextFile(this.recentPath, 1024 * 1024));
    } catch {
      return [];
    }
  }

  private writeRecent(list: readonly string[], notify = true): void {
    try {
      writeFileAtomic(this.recentPath, `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`);
    } catch {
      /* the recent list is a convenience: a read-only profile must not break open/save */
    }
    if (notify) this.deps.onRecentChanged?.();
  }

  private rememberRecent(path: string): void {
    this.writeRecent(addRecent(this.readRecent(), path));
  }

  private forgetRecent(path: string): void {
    const list = this.readRecent();
    const next = list.filter((p) => p !== path);
    if (next.length !== list.length) this.writeRecent(next);
  }

  /** Recent files (newest first), pruned of missing files, each with a token. */
  recentList(): RecentEntry[] {
    const list = this.readRecent();
    const kept = pruneRecent(list, (p) => existsSync(p));
    if (kept.length !== list.length) this.writeRecent(kept, false); // the caller is reading: no change event
    const names = recentNames(kept);
    return kept.map((p, i) => ({ token: this.tokens.tokenFor(p), name: names[i]! }));
  }

  clearRecent(): void {
    this.writeRecent([]);
  }

  // --- autosave -----------------------------------------------------------------------------------------

  /** Keep the working document in userData (atomically) for crash recovery. */
  autosaveWrite(input: { text: string; name: string }): { ok: boolean } {
    const record = {
      format: 'powerplan-autosave',
      version: 1,
      name: input.name,
      savedAt: this.now().toISOString(),
      text: input.text,
    };
    try {
      writeFileAtomic(this.autosavePath, JSON.stringify(record));
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }

  /**
   * The autosaved document left by a session that did not end cleanly, or null. A damaged record (not the
   * autosave format, or a plan that does not validate) is quarantined — renamed beside it to
   * `autosave.corrupt-<time>.json`, so it never stops the next start and is never silently deleted; a plan
   * that does not validate is still returned, for the renderer to offer its text.
   */
  autosaveRead(): AutosaveRecord | null {
    if (!existsSync(this.autosavePath)) return null;
    let record: AutosaveRecord | null;
    try {
      // UTF-8 and JSON escaping (\u0001 is 6 bytes) can grow the text up to 6×, plus the small wrapper.
      record = parseAutosave(readTextFile(this.autosavePath, 6 * MAX_TEXT_CHARS + 64 * 1024));
    } catch {
      record = null;
    }
    if (!record || !parsePlanText(record.text).ok) this.quarantineAutosave();
    return record;
  }

  /** Move a damaged autosave aside (never delete what the user may need): `autosave.corrupt-<time>.json`. */
  private quarantineAutosave(): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    try {
      renameSync(this.autosavePath, join(this.deps.userDataDir, `autosave.corrupt-${stamp}.json`));
    } catch {
      try {
        unlinkSync(this.autosavePath);
      } catch {
        /* gone already */
      }
    }
  }

  autosaveClear(): { ok: boolean } {
    try {
      unlinkSync(this.autosavePath);
      return { ok: true };
    } catch (e) {
      return { ok: (e as NodeJS.ErrnoException)?.code === 'ENOENT' };
    }
  }
}
