import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plan } from '../plan/schema';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { UserError, writeFileAtomic } from './io';

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
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!.split('#')[0]!);
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
export async function renderReportPdf(plan: Plan, out: string, o: ReportOptions): Promise<{ bytes: number }> {
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
    await page.addInitScript(
      (text) => localStorage.setItem('powerplan.report.plan', text),
      JSON.stringify(plan),
    );
    const query = new URLSearchParams({
      paper: o.paper,
      lang: o.lang,
      ...(o.compareSeed ? { compare: 'seed' } : {}),
      ...(o.sensitivity ? { sensitivity: '1' } : {}),
    });
    await page.goto(`${url}#/report?${query}`);
    await page.waitForSelector('body[data-report-ready="1"]', { timeout: 60_000 });
    const footer = `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between;font-family:'DejaVu Sans','Noto Sans CJK KR',sans-serif;color:#555"><span>${escapeHtml(plan.name)} — PowerPlan</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
    const pdf = await page.pdf({
      format: o.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footer,
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    writeFileAtomic(out, pdf);
    return { bytes: pdf.length };
  } finally {
    await browser.close();
    server.close();
  }
}
