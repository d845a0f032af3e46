import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, resolveAppAsset } from '../../app/main/protocol';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  hardenWebContents,
  installPermissionGuards,
  isAllowedNavigation,
  isDevServerUrl,
  isSafeExternalUrl,
  isTrustedFrame,
  isTrustedSender,
  originOf,
  windowOpenDecision,
  type HardenableWebContents,
} from '../../app/main/security';
import { CONTENT_SECURITY_POLICY, installCsp, type CspSession } from '../../app/main/window';
import { ipcEvent, tempDir } from './app-helpers';

const DEV = 'http://localhost:5173';

describe('origins and URL predicates', () => {
  it('computes origins for app://, http(s); null for others', () => {
    expect(originOf(APP_INDEX_URL)).toBe(APP_ORIGIN);
    expect(originOf('app://powerplan/assets/x.js?y#z')).toBe('app://powerplan');
    expect(originOf('http://localhost:5173/#/report')).toBe(DEV);
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('app://user:pw@powerplan/')).toBeNull();
  });

  it('allows navigation only to the app itself', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html#/report`, APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation(`${DEV}/`, DEV)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://localhost:5174/',
      'app://other/index.html',
      'app://powerplan.evil.com/',
      'file:///Users/me/plan.json',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'about:blank',
      '',
    ]) {
      expect(isAllowedNavigation(url, APP_ORIGIN), url).toBe(false);
    }
  });

  it('opens only https links in the OS browser', () => {
    expect(isSafeExternalUrl('https://github.com/x')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'https://user:pw@example.com',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
    expect(windowOpenDecision('https://example.com')).toEqual({
      response: { action: 'deny' },
      external: 'https://example.com',
    });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({
      response: { action: 'deny' },
      external: null,
    });
  });

  it('accepts only a loopback http dev server', () => {
    expect(isDevServerUrl('http://localhost:5173')).toBe(true);
    expect(isDevServerUrl('http://127.0.0.1:5173/')).toBe(true);
    expect(isDevServerUrl('https://localhost:5173')).toBe(false);
    expect(isDevServerUrl('http://evil.example:5173')).toBe(false);
    expect(isDevServerUrl(undefined)).toBe(false);
    expect(isDevServerUrl('')).toBe(false);
  });

  it('registers the app scheme as standard and secure, without CSP bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).toBe(false);
  });
});

describe('sender check', () => {
  it('trusts only the expected webContents’ top frame showing the app', () => {
    expect(isTrustedSender(ipcEvent(1), 1, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender(ipcEvent(2), 1, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(ipcEvent(1), null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(ipcEvent(1, { parent: {} }), 1, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(ipcEvent(1, { url: 'https://evil.example/' }), 1, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(ipcEvent(1, { origin: 'https://evil.example' }), 1, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(ipcEvent(1, null), 1, APP_ORIGIN)).toBe(false);
    expect(isTrustedFrame({ url: `${DEV}/`, origin: DEV, parent: null }, DEV)).toBe(true);
    expect(isTrustedFrame({ url: `${DEV}/`, parent: null }, APP_ORIGIN)).toBe(false);
  });
});

type Listener = (...args: unknown[]) => void;
function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const wc = {
    on: (event: string, l: Listener) => {
      listeners.set(event, l);
      return wc;
    },
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
      openHandler = h;
    },
  };
  const fire = (event: string, url: string, legacy = true) => {
    const e = { url, preventDefault: vi.fn(), defaultPrevented: false };
    listeners.get(event)!(e, ...(legacy ? [url] : []));
    return e.preventDefault.mock.calls.length > 0;
  };
  return {
    wc: wc as unknown as HardenableWebContents,
    listeners,
    fire,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('hardenWebContents (installed on a fake webContents)', () => {
  it('blocks navigation, redirects and frame navigation away from the app', () => {
    const f = fakeWebContents();
    const blocked: string[] = [];
    hardenWebContents(f.wc, {
      appOrigin: APP_ORIGIN,
      openExternal: vi.fn(),
      onBlocked: (w, u) => blocked.push(`${w} ${u}`),
    });
    expect([...f.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(f.fire('will-redirect', 'http://evil.example/')).toBe(true);
    expect(f.fire('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(f.fire('will-frame-navigate', `${APP_ORIGIN}/index.html#/x`, false)).toBe(false);
    expect(blocked).toContain('navigation https://evil.example/');
  });

  it('blocks every webview attach', () => {
    const f = fakeWebContents();
    hardenWebContents(f.wc, { appOrigin: APP_ORIGIN, openExternal: vi.fn() });
    const e = { preventDefault: vi.fn() };
    f.listeners.get('will-attach-webview')!(e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; https goes to the OS browser, nothing else does', () => {
    const f = fakeWebContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(f.wc, { appOrigin: APP_ORIGIN, openExternal });
    expect(f.open('https://github.com/')).toEqual({ action: 'deny' });
    expect(f.open('http://example.com/')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://github.com/']]);
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, p: string) => boolean) | undefined;
    let device: ((d: unknown) => boolean) | undefined;
    installPermissionGuards({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const cb = vi.fn();
      request!({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!({}, p)).toBe(false);
    }
    expect(device!({})).toBe(false);
  });

  it('sets the CSP header on the app’s responses only, replacing any other policy', () => {
    let listener: Parameters<CspSession['webRequest']['onHeadersReceived']>[0] | undefined;
    installCsp({ webRequest: { onHeadersReceived: (l) => (listener = l) } }, DEV, CONTENT_SECURITY_POLICY);
    const answer = (url: string, responseHeaders?: Record<string, string[]>) => {
      let out: { responseHeaders?: Record<string, string | string[]> } | undefined;
      listener!({ url, responseHeaders }, (r) => (out = r));
      return out!;
    };
    const app = answer(`${DEV}/index.html`, {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(app.responseHeaders!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(app.responseHeaders!['content-security-policy']).toBeUndefined();
    expect(app.responseHeaders!['Content-Type']).toEqual(['text/html']);
    expect(answer('https://example.com/')).toEqual({});
  });
});

describe('app:// protocol', () => {
  const root = tempDir('pp-renderer-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>PowerPlan</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'secret');

  it('maps app URLs to files inside the renderer folder only', () => {
    expect(resolveAppAsset(root, 'app://powerplan/')!.path).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://powerplan/index.html#/report?paper=a4')!.mime).toMatch(/text\/html/);
    expect(resolveAppAsset(root, 'app://powerplan/assets/index-abc.js')!.mime).toMatch(/javascript/);
    // The URL parser already folds `..` and `%2e%2e` segments: they stay inside the folder.
    for (const url of ['app://powerplan/../secret.txt', 'app://powerplan/%2e%2e/secret.txt']) {
      expect(resolveAppAsset(root, url)!.path).toBe(join(root, 'secret.txt'));
    }
    for (const url of [
      'app://powerplan/assets/..%2f..%2fsecret.txt',
      'app://powerplan/..%2fsecret.txt',
      'app://powerplan/..%5csecret.txt',
      'app://powerplan/%00.html',
      'app://powerplan/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'http://powerplan/index.html',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('serves files with the CSP header, 404 outside, 405 for non-GET', async () => {
    const handle = createAppProtocolHandler(root, CONTENT_SECURITY_POLICY);
    const ok = await handle({ url: 'app://powerplan/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toContain('PowerPlan');
    expect((await handle({ url: 'app://powerplan/%2e%2e/secret.txt', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://powerplan/..%2fsecret.txt', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://powerplan/missing.js', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://powerplan/index.html', method: 'POST' })).status).toBe(405);
  });
});
