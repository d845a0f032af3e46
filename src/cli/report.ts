import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plan } from '../plan/schema';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { UserError, writeOutputFile } from '../node/files';

/** What a function Playwright runs in the page may use of the browser's globals. */
type InPage = { localStorage: { setItem(key: string, value: string): void } };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The built report view (the renderer's web build): beside the bundled CLI, or in the source tree. */
export function findWebAssets(): string {
  const candidates = [
    join(__dirname, '..', 'web'),
    join(__dirname, '..', '..', 'dist', 'web'),
    join(process.cwd(), 'dist', 'web'),
  ];
  const found = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!found)
    throw new UserError('the report view is not built: run `npm run build:web` (npm install does it)');
  return found;
}

/** Serve one folder read-only on 127.0.0.1 (a random port); paths outside it are refused. */
export function serveFolder(root: string): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!.split('#')[0]!);
    } catch {
      // A malformed escape ("/%E0%A4%A") is the client's error, answered as one; it never stops the server.
      res.writeHead(400).end();
      return;
    }
    if (urlPath.includes('\0')) {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(base, urlPath === '/' ? 'index.html' : urlPath));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
    });
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The PDF footer: the plan name (isolated from the page's text direction, wrapped or cut to two lines however
 * long and unbroken it is) and "page / pages".
 */
export function reportFooterHtml(planName: string): string {
  return (
    `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;gap:8mm;justify-content:space-between;` +
    `font-family:'DejaVu Sans','Noto Sans CJK KR',sans-serif;color:#555">` +
    `<span style="flex:1;min-width:0;overflow-wrap:anywhere;max-height:2.6em;overflow:hidden">` +
    `<bdi>${escapeHtml(planName)}</bdi> — PowerPlan</span>` +
    `<span style="white-space:nowrap"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}

/** How long the headless report may take to render before the command gives up, with a message. */
export const REPORT_TIMEOUT_MS = 90_000;

export interface ReportOptions {
  paper: 'a4' | 'letter';
  lang: 'en' | 'ko';
  compareSeed: boolean;
  sensitivity: boolean;
}

/**
 * Render the report view for a plan in a system Chromium (playwright-core, headless) and print it to PDF
 * with page numbers and the plan name in the footer; the file is written atomically.
 */
export async function renderReportPdf(
  plan: Plan,
  out: string,
  inputs: readonly string[],
  o: ReportOptions,
): Promise<{ bytes: number }> {
  const executablePath = findChromium();
  const assets = findWebAssets();
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new UserError('playwright-core is not installed: run `npm install`');
  }
  const { server, url } = await serveFolder(assets);
  const browser = await playwright.chromium
    .launch({
      executablePath,
      args: CHROMIUM_ARGS,
    })
    .catch((e: Error) => {
      server.close();
      throw new UserError(`could not start ${executablePath}: ${e.message.split('\n')[0]}`);
    });
  try {
    const page = await browser.newPage();
    // Runs in the page, not in Node (the CLI is typed without the DOM): the page's localStorage.
    await page.addInitScript(
      (text) => (globalThis as unknown as InPage).localStorage.setItem('powerplan.report.plan', text),
      JSON.stringify(plan),
    );
    const query = new URLSearchParams({
      paper: o.paper,
      lang: o.lang,
      ...(o.compareSeed ? { compare: 'seed' } : {}),
      ...(o.sensitivity ? { sensitivity: '1' } : {}),
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${url}#/report?${query}`);
    // The view says when it is ready (data-report-ready="1") or failed ("error", with the reason in the page).
    const state = await page
      .waitForSelector('body[data-report-ready]', { timeout: REPORT_TIMEOUT_MS })
      .then((h) => h?.getAttribute('data-report-ready'))
      .catch(() => null);
    if (state !== '1') {
      const shown = await page
        .locator('body')
        .innerText()
        .catch(() => '');
      const why = [shown.trim(), ...pageErrors].filter(Boolean).join('; ').slice(0, 500);
      throw new UserError(
        state === null
          ? `the report view did not finish within ${REPORT_TIMEOUT_MS / 1000} s${why ? `: ${why}` : ''}; no PDF was written`
          : `the report view could not render this plan: ${why || 'no reason given'}; no PDF was written`,
      );
    }
    const footer = reportFooterHtml(plan.name);
    const pdf = await page.pdf({
      format: o.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footer,
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    writeOutputFile(out, pdf, inputs);
    return { bytes: pdf.length };
  } finally {
    await browser.close();
    server.close();
  }
}
