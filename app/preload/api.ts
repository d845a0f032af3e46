import type {
  CLOSE_NOW_CHANNEL,
  IPC,
  IpcName,
  MENU_CHANNEL,
  MenuCommand,
  OPEN_DOCUMENT_CHANNEL,
  OpenedDocument,
  PreloadApi,
  SAVE_BEFORE_CLOSE_CHANNEL,
} from '../ipc/contract';
import { MENU_COMMANDS } from '../ipc/events';

/**
 * The preload's API (window.powerplan), built on an injected ipcRenderer so it can be tested without
 * Electron. One method per channel; ipcRenderer itself is never exposed; listeners never see the IPC event
 * and return an unsubscribe function.
 *
 * Only types are imported from the contract (and the zod-free menu-command list from app/ipc/events.ts): the
 * preload bundle stays small (no zod, no plan schema). The
 * channel names are repeated here and checked against the contract's literal types by the compiler
 * (`satisfies`), and against its values by tests/unit/app-preload.test.ts.
 */

type ChannelOf<K extends IpcName> = (typeof IPC)[K]['channel'];

export const CHANNELS = {
  openDialog: 'plan:open-dialog',
  openRecent: 'plan:open-recent',
  save: 'plan:save',
  exportCsv: 'export:csv',
  exportPdf: 'export:pdf',
  autosaveWrite: 'autosave:write',
  autosaveRead: 'autosave:read',
  autosaveClear: 'autosave:clear',
  recentList: 'recent:list',
  setTitle: 'window:set-title',
  setLanguage: 'app:set-language',
  confirmDiscard: 'dialog:confirm-discard',
  reportPlan: 'report:plan',
} as const satisfies { [K in IpcName]: ChannelOf<K> };

export const EVENTS = {
  menu: 'menu:command' satisfies typeof MENU_CHANNEL,
  openDocument: 'plan:opened' satisfies typeof OPEN_DOCUMENT_CHANNEL,
  saveBeforeClose: 'app:save-before-close' satisfies typeof SAVE_BEFORE_CLOSE_CHANNEL,
  closeNow: 'app:close-now' satisfies typeof CLOSE_NOW_CHANNEL,
} as const;

export const MENU_COMMAND_SET: ReadonlySet<string> = new Set<MenuCommand>(MENU_COMMANDS);

/** The part of ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const TOKEN = /^doc-[a-z0-9]{8,40}$/;

export function isOpenedDocument(v: unknown): v is OpenedDocument {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.token === 'string' &&
    TOKEN.test(d.token) &&
    typeof d.name === 'string' &&
    typeof d.text === 'string'
  );
}

/** Documents main sent before the renderer subscribed are kept (at most this many) and delivered later. */
const MAX_BUFFERED_DOCUMENTS = 4;

export function createPreloadApi(ipc: IpcRendererLike): PreloadApi {
  const invoke = <T>(channel: string, payload?: unknown): Promise<T> =>
    (payload === undefined ? ipc.invoke(channel) : ipc.invoke(channel, payload)) as Promise<T>;

  function subscribe(channel: string, onArgs: (args: unknown[]) => void): () => void {
    const listener = (_event: unknown, ...args: unknown[]) => onArgs(args);
    ipc.on(channel, listener);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      ipc.removeListener(channel, listener);
    };
  }

  // A file opened from the OS (or argv) can arrive before the page subscribed: keep it until it does.
  const documentListeners = new Set<(doc: OpenedDocument) => void>();
  const buffered: OpenedDocument[] = [];
  subscribe(EVENTS.openDocument, ([doc]) => {
    if (!isOpenedDocument(doc)) return;
    const copy = { token: doc.token, name: doc.name, text: doc.text };
    if (documentListeners.size === 0) {
      buffered.push(copy);
      if (buffered.length > MAX_BUFFERED_DOCUMENTS) buffered.shift();
    } else for (const cb of documentListeners) cb(copy);
  });

  const api: PreloadApi = {
    openDialog: () => invoke(CHANNELS.openDialog, {}),
    openRecent: (token) => invoke(CHANNELS.openRecent, { token }),
    save: (p) => invoke(CHANNELS.save, p),
    exportCsv: (p) => invoke(CHANNELS.exportCsv, p),
    exportPdf: (p) => invoke(CHANNELS.exportPdf, p),
    autosaveWrite: (p) => invoke(CHANNELS.autosaveWrite, p),
    autosaveRead: () => invoke(CHANNELS.autosaveRead, {}),
    autosaveClear: () => invoke(CHANNELS.autosaveClear, {}),
    recentList: () => invoke(CHANNELS.recentList, {}),
    setTitle: (p) => invoke(CHANNELS.setTitle, p),
    setLanguage: (p) => invoke(CHANNELS.setLanguage, p),
    confirmDiscard: (p) => invoke(CHANNELS.confirmDiscard, p),
    reportPlan: () => invoke(CHANNELS.reportPlan, {}),
    closeNow: async () => {
      await invoke(EVENTS.closeNow);
    },
    onMenu: (cb) =>
      subscribe(EVENTS.menu, ([command]) => {
        if (typeof command === 'string' && MENU_COMMAND_SET.has(command)) cb(command as MenuCommand);
      }),
    onOpenDocument: (cb) => {
      documentListeners.add(cb);
      for (const doc of buffered.splice(0)) cb(doc);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        documentListeners.delete(cb);
      };
    },
    onSaveBeforeClose: (cb) => subscribe(EVENTS.saveBeforeClose, () => cb()),
  };
  return api;
}
