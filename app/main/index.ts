import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';
import { readTextFile, writeFileAtomic } from '../../src/node/files';
import {
  MENU_CHANNEL,
  OPEN_DOCUMENT_CHANNEL,
  SAVE_BEFORE_CLOSE_CHANNEL,
  type MenuCommand,
  type OpenResult,
} from '../ipc/contract';
import { planPathFromArgv } from './args';
import { choiceFromResponse, closeAction, decideClose, unsavedChangesBox } from './close';
import { Documents, type DialogPort, type SaveKind } from './documents';
import { createImplementation, createIpcRoutes, createSenderPolicy, registerIpcRoutes } from './ipc';
import { buildMenuTemplate } from './menu';
import { pickLanguage, translator, type MenuLanguage, type Translate } from './menu-strings';
import { exportPdf, ReportJobs } from './pdf';
import { createAppProtocolHandler } from './protocol';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  hardenWebContents,
  installPermissionGuards,
  isDevServerUrl,
  isSafeExternalUrl,
  originOf,
} from './security';
import {
  contentSecurityPolicy,
  formatTitle,
  installCsp,
  mainWindowOptions,
  parseWindowState,
  placeWindow,
  reportWindowOptions,
  type WindowState,
} from './window';

// Thin wiring only: every rule lives in a plain, tested module next to this file.

const devServer = process.env.ELECTRON_RENDERER_URL;
const isDev = !app.isPackaged && isDevServerUrl(devServer);
const baseUrl = isDev ? devServer! : APP_INDEX_URL;
const appOrigin = originOf(baseUrl)!;
const csp = contentSecurityPolicy(isDev);
const preloadPath = join(__dirname, '../preload/index.cjs');
const rendererDir = join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let mainWebContentsId: number | null = null;
let rendererReady = false;
let quitting = false;
const pendingPaths: string[] = [];
const closeState = { dirty: false, closeApproved: false, rendererAlive: true, prompting: false, title: '' };
const jobs = new ReportJobs();
let t: Translate = translator('en');
let docs: Documents;

const log = (message: string) => console.warn(`PowerPlan: ${message}`);

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK -- https URLs only (isSafeExternalUrl)
}

const FILTERS: Record<SaveKind, { name: string; extensions: string[] }[]> = {
  plan: [{ name: 'PowerPlan plan', extensions: ['json'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  text: [{ name: 'Text', extensions: ['txt', 'json'] }],
};

const dialogs: DialogPort = {
  async showOpen({ defaultPath }) {
    const opts: OpenDialogOptions = { defaultPath, properties: ['openFile'], filters: FILTERS.plan };
    const r = mainWindow ? await dialog.showOpenDialog(mainWindow, opts) : await dialog.showOpenDialog(opts);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async showSave({ defaultPath, kind }) {
    const opts: SaveDialogOptions = {
      defaultPath,
      filters: FILTERS[kind],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const r = mainWindow ? await dialog.showSaveDialog(mainWindow, opts) : await dialog.showSaveDialog(opts);
    return r.canceled || !r.filePath ? null : r.filePath;
  },
};

// --- window state -------------------------------------------------------------------------------------------

const windowStatePath = () => join(app.getPath('userData'), 'window-state.json');

function loadWindowState(): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readTextFile(windowStatePath(), 64 * 1024)));
  } catch {
    return null;
  }
}

function saveWindowState(win: BrowserWindow): void {
  try {
    const b = win.getNormalBounds();
    const state: WindowState = { ...b, maximized: win.isMaximized() };
    writeFileAtomic(windowStatePath(), JSON.stringify(state));
  } catch {
    /* not worth bothering the user */
  }
}

// --- documents opened by main (argv, open-file, second instance, recent menu) ---------------------------------

function deliver(result: OpenResult): void {
  const win = mainWindow;
  if (!win) return;
  if ('doc' in result) win.webContents.send(OPEN_DOCUMENT_CHANNEL, result.doc);
  else if ('error' in result)
    void dialog.showMessageBox(win, { type: 'error', message: t('openFailed'), detail: result.error });
}

function openFromMain(path: string): void {
  if (!mainWindow || !rendererReady) pendingPaths.push(path);
  else deliver(docs.openPath(path));
}

function flushPending(): void {
  for (const path of pendingPaths.splice(0)) deliver(docs.openPath(path));
}

function sendMenu(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function rebuildMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    t,
    recent: docs.recentList(),
    send: sendMenu,
    openRecent: (token) => deliver(docs.openToken(token)),
    clearRecent: () => docs.clearRecent(),
    openExternal,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// --- main window ----------------------------------------------------------------------------------------------

function closeNow(): void {
  docs.autosaveClear();
  closeState.closeApproved = true;
  mainWindow?.close();
}

function createMainWindow(): void {
  const placement = placeWindow(
    loadWindowState(),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const options = mainWindowOptions({ preloadPath, placement, title: formatTitle('', false, t('untitled')) });
  // The security flags are repeated literally here (they are already in `options`) so static checkers such
  // as electronegativity can see them at the constructor.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = win;
  mainWebContentsId = win.webContents.id;
  rendererReady = false;
  Object.assign(closeState, {
    dirty: false,
    closeApproved: false,
    rendererAlive: true,
    prompting: false,
    title: '',
  });
  if (placement.maximized) win.maximize();

  win.once('ready-to-show', () => win.show());
  win.on('page-title-updated', (e) => e.preventDefault()); // main owns the title
  win.webContents.on('did-finish-load', () => {
    rendererReady = true;
    closeState.rendererAlive = true;
    flushPending();
  });
  win.webContents.on('render-process-gone', () => {
    rendererReady = false;
    closeState.rendererAlive = false;
  });

  win.on('close', (e) => {
    saveWindowState(win);
    if (decideClose(closeState) === 'close') return;
    e.preventDefault();
    if (closeState.prompting) return;
    closeState.prompting = true;
    void dialog
      .showMessageBox(win, unsavedChangesBox(t, closeState.title))
      .then(({ response }) => {
        switch (closeAction(choiceFromResponse(response))) {
          case 'request-save':
            win.webContents.send(SAVE_BEFORE_CLOSE_CHANNEL); // the renderer saves, then calls closeNow
            break;
          case 'close':
            closeNow();
            break;
          case 'stay':
            quitting = false;
            break;
        }
      })
      .finally(() => {
        closeState.prompting = false;
      });
  });
  win.on('closed', () => {
    mainWindow = null;
    mainWebContentsId = null;
    rendererReady = false;
    if (quitting) app.quit();
  });

  void win.loadURL(baseUrl);
}

/** The UI's language: rebuild the menu and word later dialogs and the title's "Untitled" in it. */
function setLanguage(lang: MenuLanguage): void {
  t = translator(lang);
  rebuildMenu();
  setTitle(closeState.title, closeState.dirty);
}

function setTitle(title: string, dirty: boolean): void {
  closeState.title = title;
  closeState.dirty = dirty;
  if (!mainWindow) return;
  mainWindow.setTitle(formatTitle(title, dirty, t('untitled')));
  if (process.platform === 'darwin') mainWindow.setDocumentEdited(dirty);
}

// --- start ------------------------------------------------------------------------------------------------------

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const first = planPathFromArgv(process.argv, process.cwd());
  if (first) pendingPaths.push(first);

  app.on('open-file', (e, path) => {
    e.preventDefault();
    openFromMain(path);
  });
  app.on('second-instance', (_e, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const path = planPathFromArgv(argv, workingDirectory);
    if (path) openFromMain(path);
  });
  app.on('web-contents-created', (_e, wc) => {
    hardenWebContents(wc, {
      appOrigin,
      openExternal,
      onBlocked: (what, url) => log(`blocked ${what} ${url}`),
    });
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) createMainWindow();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId('dev.powerplan.app');
    t = translator(pickLanguage(app.getPreferredSystemLanguages()));
    docs = new Documents({
      userDataDir: app.getPath('userData'),
      defaultDir: app.getPath('documents'),
      dialogs,
      onRecentChanged: rebuildMenu,
    });

    installPermissionGuards(session.defaultSession);
    installCsp(session.defaultSession, appOrigin, csp);
    if (!isDev) protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, csp));

    const policy = createSenderPolicy({
      mainWebContentsId: () => mainWebContentsId,
      appOrigin,
      isReportWindow: (id) => jobs.has(id),
    });
    const impl = createImplementation({
      docs,
      exportPdf: (input) =>
        exportPdf(input, {
          jobs,
          baseUrl,
          choosePath: (name) => docs.chooseExportPath(name, 'pdf'),
          createWindow: () => {
            const report = reportWindowOptions(preloadPath);
            return new BrowserWindow({
              ...report,
              webPreferences: {
                ...report.webPreferences,
                contextIsolation: true,
                sandbox: true,
                nodeIntegration: false,
                webviewTag: false,
                disableBlinkFeatures: 'Auxclick',
              },
            });
          },
          writeFile: (path, data) => writeFileAtomic(path, data),
        }),
      setTitle,
      setLanguage,
      confirmDiscard: async (name) => {
        const opts = unsavedChangesBox(t, name);
        const r = mainWindow
          ? await dialog.showMessageBox(mainWindow, opts)
          : await dialog.showMessageBox(opts);
        return choiceFromResponse(r.response);
      },
      reportJob: (id) => jobs.get(id),
      closeNow,
    });
    registerIpcRoutes(ipcMain, createIpcRoutes(impl, policy, log));

    rebuildMenu();
    createMainWindow();
  });
}
