import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../src/cli/chromium';

export const ROOT = join(__dirname, '..', '..');

export interface Harness {
  url: string;
  browser: Browser;
  newPage(opts?: { lang?: 'en' | 'ko'; dark?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Serve the built web mode (dist/web, built by `npm test`'s pretest) and launch Chromium. */
export async function startHarness(port: number): Promise<Harness> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html')))
    throw new Error('dist/web is missing: run `npm run build:web`');
  const server: PreviewServer = await preview({
    configFile: join(ROOT, 'vite.web.config.ts'),
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
        colorScheme: opts.dark ? 'dark' : 'light',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await context.addInitScript((lang) => {
        if (!sessionStorage.getItem('pp-init')) {
          sessionStorage.setItem('pp-init', '1');
          localStorage.clear();
          localStorage.setItem('powerplan.lang', lang);
        }
      }, opts.lang ?? 'en');
      (page as Page & { errors?: string[] }).errors = errors;
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
