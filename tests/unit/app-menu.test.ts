import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, DOCUMENTATION_URL, flattenMenu, type MenuContext } from '../../app/main/menu';
import { MENU_STRINGS, pickLanguage, translator } from '../../app/main/menu-strings';
import { isSafeExternalUrl } from '../../app/main/security';
import { MENU_COMMANDS } from '../../app/ipc/contract';
import { APP_TABS } from '../../src/analysis/tabs';
import { TAB_COMMANDS } from '../../app/ipc/tabs';

function ctx(over: Partial<MenuContext> = {}): MenuContext {
  return {
    platform: 'linux',
    isDev: false,
    t: translator('en'),
    recent: [],
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    openExternal: vi.fn(),
    ...over,
  };
}
const byId = (items: MenuItemConstructorOptions[], id: string) => flattenMenu(items).find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as unknown as () => void)();

describe('menu template', () => {
  it('has File, Edit, View, Help on Windows/Linux with the promised accelerators', () => {
    const m = buildMenuTemplate(ctx());
    expect(m.map((i) => i.id)).toEqual(['file', 'edit', 'view', 'help']);
    const acc = (id: string) => byId(m, id)?.accelerator;
    expect(acc('new')).toBe('CmdOrCtrl+N');
    expect(acc('open')).toBe('CmdOrCtrl+O');
    expect(acc('save')).toBe('CmdOrCtrl+S');
    expect(acc('saveAs')).toBe('Shift+CmdOrCtrl+S');
    expect(acc('exportPdf')).toBe('CmdOrCtrl+P');
    expect(acc('undo')).toBe('CmdOrCtrl+Z');
    expect(acc('redo')).toBe('Shift+CmdOrCtrl+Z');
    expect(acc('redoAlt')).toBe('Ctrl+Y');
    expect(byId(m, 'redoAlt')!.visible).toBe(false);
    expect(acc('quit')).toBe('Ctrl+Q');
    expect(byId(m, 'exportCsv')).toBeDefined();
    const file = m[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.map((i) => i.id ?? i.type)).toEqual([
      'new',
      'open',
      'openRecent',
      'separator',
      'save',
      'saveAs',
      'separator',
      'exportPdf',
      'exportCsv',
      'separator',
      'quit',
    ]);
  });

  it('sends document commands (including undo/redo) to the renderer; edit items are roles', () => {
    const c = ctx();
    const m = buildMenuTemplate(c);
    for (const id of [
      'new',
      'open',
      'save',
      'saveAs',
      'exportPdf',
      'exportCsv',
      'undo',
      'redo',
      'viewPlan',
      'viewCompare',
      'viewSensitivity',
      'viewSweep',
      'viewSizing',
      'toggleLanguage',
      'about',
    ]) {
      click(byId(m, id));
    }
    click(byId(m, 'redoAlt'));
    expect((c.send as ReturnType<typeof vi.fn>).mock.calls.map((a) => a[0])).toEqual([
      'new',
      'open',
      'save',
      'saveAs',
      'exportPdf',
      'exportCsv',
      'undo',
      'redo',
      'viewPlan',
      'viewCompare',
      'viewSensitivity',
      'viewSweep',
      'viewSizing',
      'toggleLanguage',
      'about',
      'redo',
    ]);
    const sent = new Set((c.send as ReturnType<typeof vi.fn>).mock.calls.map((a) => a[0]));
    expect([...sent].every((s) => (MENU_COMMANDS as readonly string[]).includes(s))).toBe(true);
    expect(MENU_COMMANDS.every((s) => sent.has(s))).toBe(true);
    for (const [id, role] of [
      ['cut', 'cut'],
      ['copy', 'copy'],
      ['paste', 'paste'],
      ['selectAll', 'selectAll'],
      ['zoomIn', 'zoomIn'],
      ['zoomOut', 'zoomOut'],
      ['resetZoom', 'resetZoom'],
      ['togglefullscreen', 'togglefullscreen'],
    ]) {
      expect(byId(m, id!)!.role).toBe(role);
    }
    expect(byId(m, 'undo')!.role).toBeUndefined();
  });

  it('lists every tab of the app in the View menu, in tab-bar order, on CmdOrCtrl+1…', () => {
    expect(APP_TABS).toEqual(['plan', 'compare', 'sensitivity', 'sweep', 'sizing']);
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const c = ctx({ platform });
      const m = buildMenuTemplate(c);
      const view = m.find((i) => i.id === 'view')!.submenu as MenuItemConstructorOptions[];
      const tabItems = view.slice(0, APP_TABS.length);
      expect(tabItems.map((i) => i.id)).toEqual(APP_TABS.map((tab) => TAB_COMMANDS[tab]));
      expect(tabItems.map((i) => i.accelerator)).toEqual(APP_TABS.map((_, i) => `CmdOrCtrl+${i + 1}`));
      expect(view[APP_TABS.length]!.type).toBe('separator');
      for (const item of tabItems) click(item);
      expect((c.send as ReturnType<typeof vi.fn>).mock.calls.map((a) => a[0])).toEqual(
        APP_TABS.map((tab) => TAB_COMMANDS[tab]),
      );
    }
    // No view command without a tab, and no tab without a command the renderer handles.
    expect(MENU_COMMANDS.filter((c) => c.startsWith('view'))).toEqual(
      APP_TABS.map((tab) => TAB_COMMANDS[tab]),
    );
    const en = buildMenuTemplate(ctx());
    expect(APP_TABS.map((tab) => byId(en, TAB_COMMANDS[tab])!.label)).toEqual([
      'Plan',
      'Compare',
      'Sensitivity',
      'Sweep',
      'Sizing',
    ]);
    expect(byId(buildMenuTemplate(ctx({ t: translator('ko') })), 'viewSweep')!.label).toBe('스윕');
  });

  it('lists recent files, escapes & on Windows, opens by token, can clear', () => {
    const c = ctx({
      platform: 'win32',
      recent: [
        { token: 'doc-aaaaaaaaaaaa', name: 'R&D.powerplan.json' },
        { token: 'doc-bbbbbbbbbbbb', name: 'b.powerplan.json' },
      ],
    });
    const m = buildMenuTemplate(c);
    expect(byId(m, 'recent-0')!.label).toBe('R&&D.powerplan.json');
    click(byId(m, 'recent-1'));
    expect(c.openRecent).toHaveBeenCalledWith('doc-bbbbbbbbbbbb');
    expect(byId(m, 'clearRecent')!.enabled).toBe(true);
    click(byId(m, 'clearRecent'));
    expect(c.clearRecent).toHaveBeenCalled();
    const empty = buildMenuTemplate(ctx());
    expect(byId(empty, 'noRecent')!.enabled).toBe(false);
    expect(byId(empty, 'clearRecent')!.enabled).toBe(false);
  });

  it('offers reload and developer tools only in development', () => {
    expect(byId(buildMenuTemplate(ctx()), 'reload')).toBeUndefined();
    expect(byId(buildMenuTemplate(ctx()), 'toggleDevTools')).toBeUndefined();
    expect(byId(buildMenuTemplate(ctx({ isDev: true })), 'reload')!.role).toBe('reload');
  });

  it('opens the documentation over https through openExternal', () => {
    const c = ctx();
    click(byId(buildMenuTemplate(c), 'documentation'));
    expect(c.openExternal).toHaveBeenCalledWith(DOCUMENTATION_URL);
    expect(isSafeExternalUrl(DOCUMENTATION_URL)).toBe(true);
  });

  it('has the macOS app menu and window menu on darwin, without & mnemonics', () => {
    const m = buildMenuTemplate(ctx({ platform: 'darwin' }));
    expect(m.map((i) => i.id)).toEqual(['app', 'file', 'edit', 'view', 'window', 'help']);
    expect((m[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role ?? i.id ?? i.type)).toEqual([
      'about',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(byId(m, 'closeWindow')!.role).toBe('close');
    expect(byId(m, 'redoAlt')).toBeUndefined();
    expect(flattenMenu(m).filter((i) => i.role === 'quit')).toHaveLength(1);
    expect(m.map((i) => i.label).join(' ')).not.toContain('&');
    const ko = buildMenuTemplate(ctx({ platform: 'darwin', t: translator('ko') }));
    expect(ko[1]!.label).toBe('파일');
  });

  it('has Korean labels for every string, and mnemonics on Windows', () => {
    const m = buildMenuTemplate(ctx({ t: translator('ko'), platform: 'win32' }));
    expect(m.map((i) => i.label)).toEqual(['파일(&F)', '편집(&E)', '보기(&V)', '도움말(&H)']);
    expect(byId(m, 'save')!.label).toBe('저장');
    expect(byId(m, 'saveAs')!.label).toBe('다른 이름으로 저장…');
    expect(byId(m, 'undo')!.label).toBe('실행 취소');
    expect(byId(m, 'viewSizing')!.label).toBe('용량 산정');
    expect(Object.keys(MENU_STRINGS.ko).sort()).toEqual(Object.keys(MENU_STRINGS.en).sort());
    for (const [k, v] of Object.entries(MENU_STRINGS.ko)) expect(v, k).not.toBe('');
  });

  it('picks Korean when the OS prefers it', () => {
    expect(pickLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(pickLanguage(['en-GB', 'ko'])).toBe('en');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
