import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../ipc/contract';
import { APP_TABS } from '../../src/analysis/tabs';
import { TAB_COMMANDS } from '../ipc/tabs';
import type { Translate } from './menu-strings';

/**
 * The application menu as a pure template. Commands that act on the document (new, open, save, undo, views…)
 * are sent to the renderer as menu commands, because the document and its undo history live there; editing
 * (cut/copy/paste), zoom and full screen use Electron's roles.
 */

/** The user guide opened by Help → Documentation (https only; see isSafeExternalUrl). */
export const DOCUMENTATION_URL = 'https://github.com/powerplan/powerplan/tree/main/docs';

export interface MenuContext {
  platform: NodeJS.Platform;
  isDev: boolean;
  t: Translate;
  recent: readonly RecentEntry[];
  send: (command: MenuCommand) => void;
  openRecent: (token: string) => void;
  clearRecent: () => void;
  openExternal: (url: string) => void;
  docsUrl?: string;
}

/** Labels keep `&` mnemonics on Windows/Linux; macOS has none (and would show the `&`). */
function label(ctx: MenuContext, text: string): string {
  return ctx.platform === 'darwin' ? text.replace(/\(&\w\)$/, '').replace(/&(?=\S)/g, '') : text;
}

/** A file name as a menu label: `&` is literal, not a mnemonic. */
function literal(ctx: MenuContext, text: string): string {
  return ctx.platform === 'darwin' ? text : text.replace(/&/g, '&&');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const { t } = ctx;
  const mac = ctx.platform === 'darwin';
  const cmd = (command: MenuCommand, text: string, accelerator?: string): MenuItemConstructorOptions => ({
    id: command,
    label: text,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(command),
  });

  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ id: 'noRecent', label: t('noRecent'), enabled: false }]
      : ctx.recent.map((r, i) => ({
          id: `recent-${i}`,
          label: literal(ctx, r.name),
          click: () => ctx.openRecent(r.token),
        }));

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label(ctx, t('file')),
    submenu: [
      cmd('new', t('new'), 'CmdOrCtrl+N'),
      cmd('open', t('open'), 'CmdOrCtrl+O'),
      {
        id: 'openRecent',
        label: t('openRecent'),
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            id: 'clearRecent',
            label: t('clearRecent'),
            enabled: ctx.recent.length > 0,
            click: () => ctx.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      cmd('save', t('save'), 'CmdOrCtrl+S'),
      cmd('saveAs', t('saveAs'), 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      cmd('exportPdf', t('exportPdf'), 'CmdOrCtrl+P'),
      cmd('exportCsv', t('exportCsv')),
      { type: 'separator' },
      mac
        ? { id: 'closeWindow', role: 'close', label: t('closeWindow') }
        : { id: 'quit', role: 'quit', label: t('quit'), accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: label(ctx, t('edit')),
    submenu: [
      cmd('undo', t('undo'), 'CmdOrCtrl+Z'),
      cmd('redo', t('redo'), 'Shift+CmdOrCtrl+Z'),
      // Windows and Linux users also expect Ctrl+Y.
      ...(mac ? [] : [{ ...cmd('redo', t('redo'), 'Ctrl+Y'), id: 'redoAlt', visible: false }]),
      { type: 'separator' },
      { id: 'cut', role: 'cut', label: t('cut') },
      { id: 'copy', role: 'copy', label: t('copy') },
      { id: 'paste', role: 'paste', label: t('paste') },
      { id: 'selectAll', role: 'selectAll', label: t('selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label(ctx, t('view')),
    submenu: [
      // Every tab, in tab-bar order: CmdOrCtrl+1 is the first.
      ...APP_TABS.map((tab, i) => cmd(TAB_COMMANDS[tab], t(TAB_COMMANDS[tab]), `CmdOrCtrl+${i + 1}`)),
      { type: 'separator' },
      cmd('toggleLanguage', t('toggleLanguage'), 'Shift+CmdOrCtrl+L'),
      { type: 'separator' },
      ...(ctx.isDev
        ? ([
            { id: 'reload', role: 'reload', label: t('reload') },
            { id: 'toggleDevTools', role: 'toggleDevTools', label: t('toggleDevTools') },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { id: 'resetZoom', role: 'resetZoom', label: t('resetZoom') },
      { id: 'zoomIn', role: 'zoomIn', label: t('zoomIn') },
      { id: 'zoomOut', role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { id: 'togglefullscreen', role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  };

  const docsUrl = ctx.docsUrl ?? DOCUMENTATION_URL;
  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: label(ctx, t('help')),
    submenu: [
      ...(mac ? [] : [cmd('about', t('about'))]),
      { id: 'documentation', label: t('documentation'), click: () => ctx.openExternal(docsUrl) }, // eng-disable OPEN_EXTERNAL_JS_CHECK -- fixed https documentation URL
    ],
  };

  if (!mac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: 'PowerPlan',
    submenu: [
      cmd('about', t('about')),
      { type: 'separator' },
      { id: 'services', role: 'services', label: t('services') },
      { type: 'separator' },
      { id: 'hide', role: 'hide', label: t('hide') },
      { id: 'hideOthers', role: 'hideOthers', label: t('hideOthers') },
      { id: 'unhide', role: 'unhide', label: t('unhide') },
      { type: 'separator' },
      { id: 'quit', role: 'quit', label: t('quitApp') },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    role: 'windowMenu',
    label: label(ctx, t('window')),
  };
  return [appMenu, file, edit, view, windowMenu, help];
}

/** Every item of a template, depth first (for tests and lookups). */
export function flattenMenu(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flattenMenu(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
