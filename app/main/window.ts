import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { z } from 'zod';
import { isAppUrl } from './security';

/** The web preferences of every PowerPlan window (the main window and the hidden PDF window alike). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
  };
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const DEFAULT_WIDTH = 1320;
export const DEFAULT_HEIGHT = 860;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Bounds to open the window at, and whether to maximise it. */
export interface WindowPlacement extends Rect {
  maximized: boolean;
}

export function mainWindowOptions(p: {
  preloadPath: string;
  placement: WindowPlacement;
  title: string;
}): BrowserWindowConstructorOptions {
  const { x, y, width, height } = p.placement;
  return {
    x,
    y,
    width,
    height,
    minWidth: Math.min(MIN_WIDTH, width),
    minHeight: Math.min(MIN_HEIGHT, height),
    title: p.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(p.preloadPath),
  };
}

/** The hidden window the PDF report is printed from: the same sandbox, never shown. */
export function reportWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    paintWhenInitiallyHidden: true,
    backgroundColor: '#ffffff',
    // A hidden page is throttled: requestAnimationFrame (the report's ready signal) would never fire.
    webPreferences: { ...secureWebPreferences(preloadPath), backgroundThrottling: false },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Content-Security-Policy

/** The production policy: only the app's own scripts; inline styles (charts set style attributes). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy for a page. The Vite dev server needs an inline module script (React refresh preamble) and a
 * websocket for hot reload, so development adds exactly those two; production is the strict policy above.
 */
export function contentSecurityPolicy(dev: boolean): string {
  if (!dev) return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").concat(
    "; connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  );
}

/** Response headers with our CSP, replacing any policy the server sent (header names are case-insensitive). */
export function withCsp(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    const lower = k.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    out[k] = v;
  }
  out['Content-Security-Policy'] = [csp];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

/** The part of Session the CSP installer needs. */
export interface CspSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Send our CSP with every response of the app's own origin (dev server or app://); leave others alone. */
export function installCsp(ses: CspSession, appOrigin: string, csp: string): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (isAppUrl(details.url, appOrigin))
      callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
    else callback({});
  });
}

// ---------------------------------------------------------------------------------------------------------
// Window state

const finite = z.number().finite();
const windowStateSchema = z.object({
  x: finite.optional(),
  y: finite.optional(),
  width: finite.positive(),
  height: finite.positive(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** A persisted window state (`window-state.json`), or null when absent or malformed. */
export function parseWindowState(value: unknown): WindowState | null {
  const r = windowStateSchema.safeParse(value);
  return r.success ? r.data : null;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

function centred(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds, moved and shrunk to lie wholly inside the work area of the
 * display they overlap most (a display may have been unplugged or changed resolution since); centred on the
 * primary display at the default size when there is no saved state or it is on no display any more.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowPlacement {
  const sizeIn = (area: Rect, w: number, h: number) => ({
    width: Math.round(clamp(w, Math.min(MIN_WIDTH, area.width), area.width)),
    height: Math.round(clamp(h, Math.min(MIN_HEIGHT, area.height), area.height)),
  });
  if (!saved || saved.x === undefined || saved.y === undefined) {
    const s = sizeIn(primary, saved?.width ?? DEFAULT_WIDTH, saved?.height ?? DEFAULT_HEIGHT);
    return { ...centred(primary, s.width, s.height), maximized: saved?.maximized ?? false };
  }
  const rect: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const a = overlapArea(rect, area);
    if (a > bestArea) {
      best = area;
      bestArea = a;
    }
  }
  if (!best) {
    const s = sizeIn(primary, saved.width, saved.height);
    return { ...centred(primary, s.width, s.height), maximized: saved.maximized };
  }
  const s = sizeIn(best, saved.width, saved.height);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - s.width)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - s.height)),
    width: s.width,
    height: s.height,
    maximized: saved.maximized,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Title

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** "name ● — PowerPlan" when there are unsaved changes, "name — PowerPlan" otherwise. */
export function formatTitle(name: string, dirty: boolean, untitled = 'Untitled'): string {
  let clean = String(name ?? '')
    .replace(CONTROL_CHARS, '')
    .trim();
  if (clean.length > 120) clean = `${clean.slice(0, 119)}…`;
  return `${clean || untitled}${dirty ? ' ●' : ''} — PowerPlan`;
}
