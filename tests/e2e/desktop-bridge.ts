import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { Documents, type DialogPort, type SaveKind } from '../../app/main/documents';
import { createImplementation, createIpcRoutes, type IpcRoute } from '../../app/main/ipc';
import { ROOT } from './harness';

/**
 * The desktop app's main-process side without Electron: the real preload API (app/preload/api.ts, bundled
 * into the page), the real IPC routes (payload validation) and the real `Documents` service writing real
 * files. Only the transport is different: `ipcRenderer.invoke` becomes a Playwright binding into this
 * process. Electron itself cannot run on this machine; this is the closest the tests can get to it.
 */
export interface DesktopBridge {
  docs: Documents;
  dialogs: ScriptedDialogs;
  titles: { title: string; dirty: boolean }[];
  install(page: Page): Promise<void>;
}

/** Save/Open dialogs that answer with the paths a test queues (null = the user cancelled). */
export class ScriptedDialogs implements DialogPort {
  saveAnswers: (string | null)[] = [];
  openAnswers: (string | null)[] = [];
  async showOpen() {
    return this.openAnswers.shift() ?? null;
  }
  async showSave(_opts: { defaultPath: string; kind: SaveKind }) {
    return this.saveAnswers.shift() ?? null;
  }
}

let preloadBundle: string | null = null;

/** app/preload/api.ts bundled for the page, wired to the bindings `__ppInvoke` and `__ppEmit`. */
function preloadScript(): string {
  preloadBundle ??= buildSync({
    stdin: {
      contents: `
        import { createPreloadApi } from './app/preload/api';
        const listeners = new Map();
        const ipcRenderer = {
          invoke: async (channel, ...args) => {
            const r = await window.__ppInvoke(channel, args);
            if (r && typeof r === 'object' && '__ipcError' in r) throw new Error(r.__ipcError);
            return r;
          },
          on: (channel, l) => { (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)).add(l); },
          removeListener: (channel, l) => { listeners.get(channel)?.delete(l); },
        };
        // main → renderer events (menu commands, documents opened by the OS), sent by the test.
        window.__ppEmit = (channel, ...args) => { for (const l of listeners.get(channel) ?? []) l({}, ...args); };
        window.powerplan = createPreloadApi(ipcRenderer);
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return preloadBundle;
}

export function createDesktopBridge(userDataDir: string, defaultDir: string): DesktopBridge {
  const dialogs = new ScriptedDialogs();
  const docs = new Documents({ userDataDir, defaultDir, dialogs });
  const titles: { title: string; dirty: boolean }[] = [];
  const routes: IpcRoute[] = createIpcRoutes(
    createImplementation({
      docs,
      exportPdf: async () => ({ ok: false, error: 'PDF export needs Electron' }),
      setTitle: (title, dirty) => void titles.push({ title, dirty }),
      setLanguage: () => undefined,
      confirmDiscard: async () => 'discard',
      reportJob: () => null,
      closeNow: () => undefined,
    }),
    () => true, // the sender checks are unit-tested (app-ipc.test.ts); here there is one page
  );
  const event = {
    sender: { id: 1 },
    senderFrame: { url: 'app://powerplan/index.html', origin: 'app://powerplan', parent: null },
  };
  return {
    docs,
    dialogs,
    titles,
    async install(page: Page) {
      await page.exposeFunction('__ppInvoke', async (channel: string, args: unknown[]) => {
        const route = routes.find((r) => r.channel === channel);
        if (!route) return { __ipcError: `no route for ${channel}` };
        try {
          return (await route.handle(event, ...args)) ?? null;
        } catch (e) {
          return { __ipcError: (e as Error).message };
        }
      });
      await page.addInitScript({ content: preloadScript() });
    },
  };
}
