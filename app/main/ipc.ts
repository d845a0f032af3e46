import { z } from 'zod';
import {
  CLOSE_NOW_CHANNEL,
  IPC,
  type DiscardChoice,
  type ExportResult,
  type IpcName,
  type IpcResults,
  type ReportJob,
} from '../ipc/contract';
import { formatPath } from '../../src/plan/load';
import type { Documents } from './documents';
import { isTrustedFrame, isTrustedSender, type SenderEvent } from './security';

/**
 * The main side of the IPC contract: one route per invoke channel. Every call is checked in this order:
 * sender (the main window's top frame showing the app; the PDF window only for `report:plan`), argument
 * count, payload (the contract's zod schema), then the implementation. A refused call rejects the renderer's
 * promise with an IpcError whose message names the channel and the problem; the payload is never echoed.
 */

export type IpcInput<K extends IpcName> = z.output<(typeof IPC)[K]['payload']>;
/** Invoke routes: the contract's channels plus close-now (which has no payload). */
export type RouteName = IpcName | 'closeNow';

export interface IpcIssue {
  path: string;
  message: string;
}
export interface IpcRejection {
  code: 'UNTRUSTED_SENDER' | 'INVALID_PAYLOAD' | 'FAILED';
  channel: string;
  message: string;
  issues: IpcIssue[];
}

export class IpcError extends Error {
  constructor(readonly rejection: IpcRejection) {
    super(rejection.message);
    this.name = 'IpcError';
  }
}

const MAX_ISSUES = 5;
const MAX_MESSAGE = 200;
const clip = (s: string, max = MAX_MESSAGE) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** close-now takes nothing (the preload passes no argument). */
const closeNowPayload = z.union([z.undefined(), z.strictObject({})]);

function schemaOf(name: RouteName): z.ZodType {
  return name === 'closeNow' ? closeNowPayload : IPC[name].payload;
}

export function channelOf(name: RouteName): string {
  return name === 'closeNow' ? CLOSE_NOW_CHANNEL : IPC[name].channel;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; rejection: IpcRejection };

/** Validate a payload against the contract (pure). Messages are clipped: a hostile key cannot flood them. */
export function validatePayload<K extends IpcName>(name: K, raw: unknown): Validation<IpcInput<K>>;
export function validatePayload(name: RouteName, raw: unknown): Validation<unknown>;
export function validatePayload(name: RouteName, raw: unknown): Validation<unknown> {
  const channel = channelOf(name);
  const parsed = schemaOf(name).safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: clip(formatPath(i.path), 80),
    message: clip(i.message),
  }));
  const more =
    parsed.error.issues.length > MAX_ISSUES ? ` (and ${parsed.error.issues.length - MAX_ISSUES} more)` : '';
  const detail = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return {
    ok: false,
    rejection: {
      code: 'INVALID_PAYLOAD',
      channel,
      message: `${channel}: invalid request — ${detail}${more}`,
      issues,
    },
  };
}

/** Decides whether an event's sender may call a route. */
export type SenderPolicy = (event: SenderEvent, name: RouteName) => boolean;

export function createSenderPolicy(opts: {
  /** The main window's webContents id (null before it exists or after it closed). */
  mainWebContentsId: () => number | null;
  appOrigin: string;
  /** True for the hidden PDF windows main created. */
  isReportWindow: (webContentsId: number) => boolean;
}): SenderPolicy {
  return (event, name) => {
    if (name === 'reportPlan') {
      return (
        !!event?.sender &&
        opts.isReportWindow(event.sender.id) &&
        isTrustedFrame(event.senderFrame, opts.appOrigin)
      );
    }
    return isTrustedSender(event, opts.mainWebContentsId(), opts.appOrigin);
  };
}

type Awaitable<T> = T | Promise<T>;
/** The implementation of every route (input already validated). */
export type IpcImplementation = {
  [K in IpcName]: (input: IpcInput<K>, event: SenderEvent) => Awaitable<IpcResults[K]>;
} & { closeNow: (input: unknown, event: SenderEvent) => Awaitable<void> };

export interface IpcRoute {
  name: RouteName;
  channel: string;
  handle(event: SenderEvent, ...args: unknown[]): Promise<unknown>;
}

export const ROUTE_NAMES: readonly RouteName[] = [...(Object.keys(IPC) as IpcName[]), 'closeNow'];

/** One route per channel: sender check, payload validation, then the implementation. */
export function createIpcRoutes(
  impl: IpcImplementation,
  policy: SenderPolicy,
  log: (message: string) => void = () => undefined,
): IpcRoute[] {
  return ROUTE_NAMES.map((name) => {
    const channel = channelOf(name);
    const reject = (code: IpcRejection['code'], message: string, issues: IpcIssue[] = []): never => {
      log(`[ipc] refused ${channel}: ${message}`);
      throw new IpcError({ code, channel, message, issues });
    };
    return {
      name,
      channel,
      async handle(event: SenderEvent, ...args: unknown[]) {
        if (!policy(event, name))
          reject('UNTRUSTED_SENDER', `${channel}: refused — the sender is not the PowerPlan window`);
        if (args.length > 1)
          reject(
            'INVALID_PAYLOAD',
            `${channel}: invalid request — expected one argument, got ${args.length}`,
          );
        const v = validatePayload(name, args[0]);
        if (!v.ok) return reject(v.rejection.code, v.rejection.message, v.rejection.issues);
        try {
          const fn = impl[name] as (input: unknown, event: SenderEvent) => unknown;
          return await fn(v.data, event);
        } catch (e) {
          if (e instanceof IpcError) throw e;
          return reject('FAILED', `${channel}: failed — ${clip(String((e as Error)?.message ?? e))}`);
        }
      },
    };
  });
}

/** The part of ipcMain the registration needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
}

/** ipcMain.handle for every route. */
export function registerIpcRoutes(ipcMain: IpcMainLike, routes: readonly IpcRoute[]): void {
  for (const r of routes) {
    ipcMain.handle(r.channel, (event, ...args) => r.handle(event, ...args));
  }
}

/** What the implementation needs from the rest of main (injected). */
export interface AppServices {
  docs: Documents;
  exportPdf(input: IpcInput<'exportPdf'>): Promise<ExportResult>;
  setTitle(title: string, dirty: boolean): void;
  /** The UI's language: the menu and native dialogs follow it. */
  setLanguage(lang: 'en' | 'ko'): void;
  confirmDiscard(name: string): Promise<DiscardChoice>;
  /** The job of a PDF window, by its webContents id. */
  reportJob(webContentsId: number): ReportJob | null;
  closeNow(): void;
}

export function createImplementation(s: AppServices): IpcImplementation {
  return {
    openDialog: () => s.docs.openDialog(),
    openRecent: ({ token }) => s.docs.openToken(token),
    save: (p) => s.docs.save(p),
    exportCsv: (p) => s.docs.exportCsv(p),
    exportPdf: (p) => s.exportPdf(p),
    autosaveWrite: (p) => s.docs.autosaveWrite(p),
    autosaveRead: () => s.docs.autosaveRead(),
    autosaveClear: () => s.docs.autosaveClear(),
    recentList: () => s.docs.recentList(),
    setTitle: ({ title, dirty }) => {
      s.setTitle(title, dirty);
      return { ok: true };
    },
    setLanguage: ({ lang }) => {
      s.setLanguage(lang);
      return { ok: true };
    },
    confirmDiscard: ({ name }) => s.confirmDiscard(name),
    reportPlan: (_input, event) => s.reportJob(event.sender.id),
    closeNow: () => s.closeNow(),
  };
}
