import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  formatTitle,
  mainWindowOptions,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  placeWindow,
  reportWindowOptions,
  secureWebPreferences,
  withCsp,
  type Rect,
} from '../../app/main/window';

const PRIMARY: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
const RIGHT: Rect = { x: 1920, y: 0, width: 1280, height: 1024 };
const inside = (r: Rect, area: Rect) =>
  r.x >= area.x &&
  r.y >= area.y &&
  r.x + r.width <= area.x + area.width &&
  r.y + r.height <= area.y + area.height;

describe('window options', () => {
  it('every window is isolated, sandboxed, without Node, webviews or auxclick', () => {
    const p = secureWebPreferences('/app/out/preload/index.cjs');
    expect(p).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
    const main = mainWindowOptions({
      preloadPath: '/p.cjs',
      placement: { x: 1, y: 2, width: 1000, height: 700, maximized: false },
      title: 'T',
    });
    expect(main).toMatchObject({ x: 1, y: 2, width: 1000, height: 700, show: false, title: 'T' });
    expect(main.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    const report = reportWindowOptions('/p.cjs');
    expect(report.show).toBe(false);
    expect(report.webPreferences).toMatchObject({
      ...secureWebPreferences('/p.cjs'),
      backgroundThrottling: false,
    });
  });
});

describe('Content-Security-Policy', () => {
  it('is the strict policy in production', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('adds only the dev server’s inline preamble and websocket in development', () => {
    const dev = contentSecurityPolicy(true);
    expect(dev).toMatch(/script-src 'self' 'unsafe-inline';/);
    expect(dev).toMatch(/connect-src 'self' ws:\/\/localhost:\*/);
    expect(dev).not.toMatch(/unsafe-eval/);
  });

  it('replaces any policy header, case-insensitively', () => {
    const h = withCsp(
      { 'CONTENT-SECURITY-POLICY': ['x'], 'Content-Security-Policy-Report-Only': ['y'], A: 'b' },
      'P',
    );
    expect(h).toEqual({ A: 'b', 'Content-Security-Policy': ['P'], 'X-Content-Type-Options': ['nosniff'] });
  });
});

describe('window placement (persisted state clamped to a visible display)', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    const p = placeWindow(null, [PRIMARY], PRIMARY);
    expect(p).toMatchObject({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false });
    expect(inside(p, PRIMARY)).toBe(true);
    expect(p.x).toBe(Math.round((1920 - DEFAULT_WIDTH) / 2));
  });

  it('keeps a saved window that is fully visible', () => {
    const saved = { x: 100, y: 100, width: 1200, height: 800, maximized: true };
    expect(placeWindow(saved, [PRIMARY, RIGHT], PRIMARY)).toEqual(saved);
  });

  it('recentres a window left on an unplugged monitor', () => {
    const p = placeWindow(
      { x: 4000, y: 200, width: 1000, height: 700, maximized: false },
      [PRIMARY],
      PRIMARY,
    );
    expect(inside(p, PRIMARY)).toBe(true);
    expect(p).toMatchObject({ width: 1000, height: 700 });
  });

  it('pulls a window hanging off an edge back onto the display it mostly covers', () => {
    const p = placeWindow(
      { x: 2900, y: -300, width: 1000, height: 700, maximized: false },
      [PRIMARY, RIGHT],
      PRIMARY,
    );
    expect(inside(p, RIGHT)).toBe(true);
    expect(p).toMatchObject({ x: 3200 - 1000, y: 0 });
  });

  it('shrinks a window larger than its display (resolution lowered), never below the minimum', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    const p = placeWindow({ x: 0, y: 0, width: 2500, height: 1600, maximized: false }, [small], small);
    expect(p).toMatchObject({ x: 0, y: 0, width: 1366, height: 728 });
    const tiny = placeWindow({ x: 0, y: 0, width: 200, height: 100, maximized: false }, [small], small);
    expect(tiny).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
    const micro: Rect = { x: 0, y: 0, width: 800, height: 500 };
    expect(placeWindow(null, [micro], micro)).toMatchObject({ x: 0, y: 0, width: 800, height: 500 });
  });

  it('parses only well-formed state files', () => {
    expect(parseWindowState({ x: 1, y: 2, width: 3, height: 4, maximized: true })).toEqual({
      x: 1,
      y: 2,
      width: 3,
      height: 4,
      maximized: true,
    });
    expect(parseWindowState({ width: 1000, height: 700 })).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
    for (const bad of [
      null,
      'x',
      [],
      { width: -1, height: 5 },
      { width: 'a', height: 5 },
      { x: Infinity, width: 1, height: 1 },
    ]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});

describe('title', () => {
  it('formats "name ● — PowerPlan" when dirty', () => {
    expect(formatTitle('Humanoid', true)).toBe('Humanoid ● — PowerPlan');
    expect(formatTitle('Humanoid', false)).toBe('Humanoid — PowerPlan');
    expect(formatTitle('', false)).toBe('Untitled — PowerPlan');
    expect(formatTitle('   ', true, '제목 없음')).toBe('제목 없음 ● — PowerPlan');
    expect(formatTitle('휴머노이드', true)).toBe('휴머노이드 ● — PowerPlan');
  });

  it('strips control and bidi-override characters and clips long names', () => {
    expect(formatTitle('a\u0000b\nc\u202Ed', false)).toBe('abcd — PowerPlan');
    const t = formatTitle('x'.repeat(500), true);
    expect(t.length).toBeLessThan(140);
    expect(t).toMatch(/^x+… ● — PowerPlan$/);
  });
});
