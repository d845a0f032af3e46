import type { Event, HandlerDetails, WindowOpenHandlerResponse } from 'electron';

/**
 * Security rules of the main process (Electron security checklist): pure predicates, plus installers that
 * take the Electron objects as parameters so tests can pass fakes. Nothing here imports Electron at run time.
 */

/** The privileged scheme the packaged app is served from (`app://powerplan/index.html`), never `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'powerplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Privileges of the app scheme: a standard, secure origin (fetch works, CSP applies, no CSP bypass). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

const WEB_PROTOCOLS = new Set(['http:', 'https:', `${APP_SCHEME}:`]);

/**
 * `scheme://host[:port]` of a URL, or null when the URL does not parse or is not http(s)/app. (Node's URL
 * reports `origin === 'null'` for custom schemes, so the origin is built from protocol and host.)
 */
export function originOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(u.protocol) || u.host === '') return null;
  if (u.username !== '' || u.password !== '') return null;
  return `${u.protocol}//${u.host}`;
}

/** True when `url` belongs to the app (same origin as the renderer's own URL). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** Navigation rule: the window may only (re)load the app itself; everything else is blocked. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isAppUrl(url, appOrigin);
}

/** Links the OS browser may open: absolute https URLs without credentials, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
}

/** The development server URL electron-vite passes in ELECTRON_RENDERER_URL: only http on loopback. */
export function isDevServerUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** What to do with `window.open` / `target=_blank`: always deny the new window; maybe open the OS browser. */
export function windowOpenDecision(url: string): {
  response: WindowOpenHandlerResponse;
  external: string | null;
} {
  return { response: { action: 'deny' }, external: isSafeExternalUrl(url) ? url : null };
}

/** The part of WebContents the hardening needs (a fake in tests). */
export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (e: Event & { url?: string }, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (e: Event & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (e: Event & { url?: string }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: Event) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

export interface HardenOptions {
  /** The app origin (`app://powerplan` or the dev server's `http://localhost:5173`). */
  appOrigin: string;
  /** shell.openExternal (only ever called with an https URL). */
  openExternal: (url: string) => unknown;
  /** Told about every blocked attempt (logging). */
  onBlocked?: (what: string, url: string) => void;
}

/**
 * Harden one webContents: no navigation away from the app, no redirects away, no webviews, no new windows
 * (https links go to the OS browser instead).
 */
export function hardenWebContents(wc: HardenableWebContents, opts: HardenOptions): void {
  const guard = (what: string) => (e: Event & { url?: string }, legacyUrl?: string) => {
    const url = e.url ?? legacyUrl ?? '';
    if (!isAllowedNavigation(url, opts.appOrigin)) {
      e.preventDefault();
      opts.onBlocked?.(what, url);
    }
  };
  wc.on('will-navigate', guard('navigation'));
  wc.on('will-frame-navigate', guard('frame navigation'));
  wc.on('will-redirect', guard('redirect'));
  wc.on('will-attach-webview', (e) => {
    e.preventDefault();
    opts.onBlocked?.('webview', '');
  });
  wc.setWindowOpenHandler(({ url }) => {
    const { response, external } = windowOpenDecision(url);
    if (external)
      void Promise.resolve(opts.openExternal(external)).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK -- https URLs only
    else opts.onBlocked?.('new window', url);
    return response;
  });
}

/** The part of Session the permission guards need. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
}

/** PowerPlan needs no browser permission (camera, notifications, HID…): deny every request and check. */
export function installPermissionGuards(ses: PermissionSession): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler?.(() => false);
}

/** The frame that sent an IPC message (WebFrameMain's relevant fields). */
export interface SenderFrame {
  url: string;
  origin?: string;
  parent: unknown;
}
/** The part of an IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: SenderFrame | null;
}

/** A top frame (no parent) showing the app origin. */
export function isTrustedFrame(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  if (!isAppUrl(frame.url, appOrigin)) return false;
  // WebFrameMain.origin is the serialised origin; when present it must agree (a sandboxed frame reports 'null').
  return frame.origin === undefined || frame.origin === appOrigin;
}

/** Checklist #17: only this webContents' top frame, showing the app, may call main. */
export function isTrustedSender(
  event: SenderEvent,
  expectedWebContentsId: number | null | undefined,
  appOrigin: string,
): boolean {
  if (expectedWebContentsId === null || expectedWebContentsId === undefined) return false;
  if (!event || !event.sender || event.sender.id !== expectedWebContentsId) return false;
  return isTrustedFrame(event.senderFrame, appOrigin);
}
