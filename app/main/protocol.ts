import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The `app://powerplan/` scheme serving the built renderer (out/renderer) in the packaged app. A custom
 * scheme instead of file:// (Electron security checklist #18): the page gets a real origin of its own, it
 * cannot read other files on disk, and its responses carry our Content-Security-Policy header.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file behind an app:// URL, inside `rootDir` only; null for anything else (other host, traversal…). */
export function resolveAppAsset(rootDir: string, requestUrl: string): { path: string; mime: string } | null {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').some((s) => s === '..'))
    return null;
  const root = resolve(rootDir);
  const path = resolve(root, `.${pathname}`);
  if (!path.startsWith(root + sep)) return null;
  return { path, mime: MIME[extname(path).toLowerCase()] ?? 'application/octet-stream' };
}

/** A protocol.handle handler for app:// (GET only; 404 for anything outside the renderer folder). */
export function createAppProtocolHandler(
  rootDir: string,
  csp: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const asset = resolveAppAsset(rootDir, request.url);
    if (!asset) return new Response('Not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await read(asset.path);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: {
        'Content-Type': asset.mime,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
