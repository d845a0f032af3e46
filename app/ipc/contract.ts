import { z } from 'zod';
import { MAX_PLAN_BYTES } from '../../src/plan/load';
import { reportContentsSchema, type ReportContents } from '../../src/report/contents';

/**
 * The one IPC contract between the Electron main process and the renderer (through the preload). Every
 * invoke channel has a payload schema that main validates before acting; the preload exposes one method per
 * channel (never ipcRenderer itself). Paths never cross from the renderer to main: main hands out opaque
 * document tokens for files the user chose (open/save dialogs, recent list), and writes only to those.
 *
 * The contract is the desktop shell's (app/): main and the preload import it; the renderer imports its types
 * only (`import type`, held by tests/unit/boundaries.test.ts). What a payload carries that is a concept of
 * the model (a report's contents) is defined in src/ and used here.
 */

export const MAX_TEXT_CHARS = MAX_PLAN_BYTES;
const token = z.string().regex(/^doc-[a-z0-9]{8,40}$/, { error: 'must be a document token from main' });
const planText = z.string().max(MAX_TEXT_CHARS, { error: `must be at most ${MAX_TEXT_CHARS} characters` });
const fileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: 'must be a plain file name (no folders)' });

export const IPC = {
  /** Show the Open dialog; returns the chosen file's text and a token, or canceled. */
  openDialog: { channel: 'plan:open-dialog', payload: z.strictObject({}) },
  /** Open a recent file by its token. */
  openRecent: { channel: 'plan:open-recent', payload: z.strictObject({ token }) },
  /** Save plan text: to the document's token, or through a Save As dialog. Main validates the plan first. */
  save: {
    channel: 'plan:save',
    payload: z.strictObject({
      token: token.nullable(),
      text: planText,
      saveAs: z.boolean(),
      suggestedName: fileName,
    }),
  },
  /** Save CSV text (or, with kind 'text', any text such as an unreadable recovered plan) through a Save dialog. */
  exportCsv: {
    channel: 'export:csv',
    payload: z.strictObject({
      text: planText,
      suggestedName: fileName,
      kind: z.enum(['csv', 'text']).optional(),
    }),
  },
  /** Print the report view to PDF through a Save dialog. */
  exportPdf: {
    channel: 'export:pdf',
    payload: z.strictObject({
      planText,
      suggestedName: fileName,
      paper: z.enum(['a4', 'letter']),
      lang: z.enum(['en', 'ko']),
      contents: reportContentsSchema.optional(),
    }),
  },
  /** Keep the working document in the app's data folder (crash recovery). */
  autosaveWrite: {
    channel: 'autosave:write',
    payload: z.strictObject({ text: planText, name: z.string().max(200) }),
  },
  autosaveRead: { channel: 'autosave:read', payload: z.strictObject({}) },
  autosaveClear: { channel: 'autosave:clear', payload: z.strictObject({}) },
  recentList: { channel: 'recent:list', payload: z.strictObject({}) },
  /** Window title and dirty mark (main also uses `dirty` for the unsaved-changes prompt on close). */
  setTitle: {
    channel: 'window:set-title',
    payload: z.strictObject({ title: z.string().max(300), dirty: z.boolean() }),
  },
  /** The UI's language changed (or was chosen at start): main rebuilds the menu and words its dialogs in it. */
  setLanguage: { channel: 'app:set-language', payload: z.strictObject({ lang: z.enum(['en', 'ko']) }) },
  /** Ask the user what to do with unsaved changes (before New/Open). */
  confirmDiscard: {
    channel: 'dialog:confirm-discard',
    payload: z.strictObject({ name: z.string().max(200) }),
  },
  /**
   * The hidden PDF window's report route asks for the plan it must print. Main answers only the report
   * window it created for this export (any other sender is rejected); the main window never calls it.
   */
  reportPlan: { channel: 'report:plan', payload: z.strictObject({}) },
} as const;

export type IpcName = keyof typeof IPC;
export type IpcPayload<K extends IpcName> = z.input<(typeof IPC)[K]['payload']>;

export interface OpenedDocument {
  token: string;
  name: string;
  text: string;
}
export type OpenResult =
  { canceled: true } | { canceled: false; doc: OpenedDocument } | { canceled: false; error: string };
export type SaveResult =
  { ok: true; token: string; name: string } | { ok: false; canceled: true } | { ok: false; error: string };
export type ExportResult =
  { ok: true; name: string } | { ok: false; canceled: true } | { ok: false; error: string };
export interface RecentEntry {
  token: string;
  name: string;
}
export type DiscardChoice = 'save' | 'discard' | 'cancel';

/** Results of each invoke channel. */
export interface IpcResults {
  openDialog: OpenResult;
  openRecent: OpenResult;
  save: SaveResult;
  exportCsv: ExportResult;
  exportPdf: ExportResult;
  autosaveWrite: { ok: boolean };
  autosaveRead: { text: string; name: string; savedAt: string } | null;
  autosaveClear: { ok: boolean };
  recentList: RecentEntry[];
  setTitle: { ok: boolean };
  setLanguage: { ok: boolean };
  confirmDiscard: DiscardChoice;
  reportPlan: ReportJob | null;
}

/** What the report route prints (also in its URL: `#/report?paper=a4&lang=en`). */
export interface ReportJob {
  planText: string;
  paper: 'a4' | 'letter';
  lang: 'en' | 'ko';
  /** What the user ran and asked the report to include. */
  contents?: ReportContents | undefined;
}

export { MENU_COMMANDS, type MenuCommand } from './events';
import type { MenuCommand } from './events';

export const MENU_CHANNEL = 'menu:command';
/** Main → renderer: open this document (file association, second instance, recent menu). */
export const OPEN_DOCUMENT_CHANNEL = 'plan:opened';
/** Main → renderer: the window wants to close with unsaved changes; reply through `save` then close. */
export const SAVE_BEFORE_CLOSE_CHANNEL = 'app:save-before-close';
/** Renderer → main (invoke): the renderer finished saving before close, or the user discarded: close now. */
export const CLOSE_NOW_CHANNEL = 'app:close-now';

/** The API the preload exposes as `window.powerplan` (one method per channel). */
export interface PreloadApi {
  openDialog(): Promise<OpenResult>;
  openRecent(token: string): Promise<OpenResult>;
  save(p: IpcPayload<'save'>): Promise<SaveResult>;
  exportCsv(p: IpcPayload<'exportCsv'>): Promise<ExportResult>;
  exportPdf(p: IpcPayload<'exportPdf'>): Promise<ExportResult>;
  autosaveWrite(p: IpcPayload<'autosaveWrite'>): Promise<{ ok: boolean }>;
  autosaveRead(): Promise<IpcResults['autosaveRead']>;
  autosaveClear(): Promise<{ ok: boolean }>;
  recentList(): Promise<RecentEntry[]>;
  setTitle(p: IpcPayload<'setTitle'>): Promise<{ ok: boolean }>;
  setLanguage(p: IpcPayload<'setLanguage'>): Promise<{ ok: boolean }>;
  confirmDiscard(p: IpcPayload<'confirmDiscard'>): Promise<DiscardChoice>;
  /** Only in the hidden PDF window: the plan to print (rejected in any other window; null once the job ended). */
  reportPlan(): Promise<ReportJob | null>;
  closeNow(): Promise<void>;
  onMenu(cb: (command: MenuCommand) => void): () => void;
  onOpenDocument(cb: (doc: OpenedDocument) => void): () => void;
  onSaveBeforeClose(cb: () => void): () => void;
}
