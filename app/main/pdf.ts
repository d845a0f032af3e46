import type { PrintToPDFOptions } from 'electron';
import { basename } from 'node:path';
import type { ExportResult, ReportJob } from '../ipc/contract';
import { parsePlanText } from '../../src/plan/load';
import { summarisePlanErrors } from './documents';

/**
 * Export PDF: print the renderer's report route in a hidden window (as sandboxed as the main window) and save
 * the PDF atomically where the user chose.
 *
 * How the report gets the plan: main keeps a job per hidden window (webContents id → plan, paper, language).
 * The route `#/report?paper=a4&lang=en` calls `window.powerplan.reportPlan()` (channel `report:plan`), which
 * main answers only for that window. No plan text goes into a URL (no length limit, nothing in history or
 * logs), and no code is injected into the page. The page sets `document.body.dataset.reportReady = '1'` when
 * it has finished rendering (charts without animation), or `'error'` if it cannot render the plan.
 */

export type Paper = ReportJob['paper'];

/** The report route's URL under the app's base URL (`app://powerplan/index.html` or the dev server). */
export function reportUrl(baseUrl: string, paper: Paper, lang: ReportJob['lang']): string {
  const base = baseUrl.split('#')[0]!;
  return `${base}#/report?paper=${paper}&lang=${lang}`;
}

const FOOTER =
  '<div style="width:100%;font-size:8px;font-family:sans-serif;color:#666;text-align:center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export function pdfOptions(paper: Paper): PrintToPDFOptions {
  return {
    pageSize: paper === 'a4' ? 'A4' : 'Letter',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: FOOTER,
    margins: { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 },
    landscape: false,
    preferCSSPageSize: false,
  };
}

/** The readiness probe run in the report page: a constant expression, no data interpolated. */
export const READY_PROBE = "document.body ? (document.body.dataset.reportReady || '') : ''";

/** The hidden window, reduced to what the export uses (a BrowserWindow in the app, a fake in tests). */
export interface ReportWindow {
  webContents: {
    id: number;
    loadURL(url: string): Promise<void>;
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

/** The jobs of the hidden windows that are printing now. */
export class ReportJobs {
  private readonly jobs = new Map<number, ReportJob>();
  set(webContentsId: number, job: ReportJob): void {
    this.jobs.set(webContentsId, job);
  }
  get(webContentsId: number): ReportJob | null {
    return this.jobs.get(webContentsId) ?? null;
  }
  has(webContentsId: number): boolean {
    return this.jobs.has(webContentsId);
  }
  delete(webContentsId: number): void {
    this.jobs.delete(webContentsId);
  }
  get size(): number {
    return this.jobs.size;
  }
}

export interface PdfDeps {
  jobs: ReportJobs;
  /** The app's base URL (the report route is appended). */
  baseUrl: string;
  /** Save dialog; null when cancelled. */
  choosePath(suggestedName: string): Promise<string | null>;
  /** A new hidden, sandboxed window (reportWindowOptions). */
  createWindow(): ReportWindow;
  /** writeFileAtomic. */
  writeFile(path: string, data: Uint8Array): void;
  timeoutMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PdfInput {
  planText: string;
  suggestedName: string;
  paper: Paper;
  lang: ReportJob['lang'];
  contents?: ReportJob['contents'];
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Wait for the page's ready flag; 'ready', 'error' or 'timeout'. */
export async function waitForReport(
  probe: () => Promise<unknown>,
  opts: { timeoutMs: number; pollMs: number; sleep: (ms: number) => Promise<void>; now?: () => number },
): Promise<'ready' | 'error' | 'timeout'> {
  const now = opts.now ?? Date.now;
  const end = now() + opts.timeoutMs;
  for (;;) {
    let flag: unknown = '';
    try {
      flag = await probe();
    } catch {
      /* the page may be between documents; try again */
    }
    if (flag === '1') return 'ready';
    if (flag === 'error') return 'error';
    if (now() >= end) return 'timeout';
    await opts.sleep(opts.pollMs);
  }
}

let running = false;

/** Export the plan's report as a PDF. One export at a time; the hidden window is always destroyed. */
export async function exportPdf(input: PdfInput, deps: PdfDeps): Promise<ExportResult> {
  const parsed = parsePlanText(input.planText);
  if (!parsed.ok)
    return { ok: false, error: `Not exported: the plan is invalid — ${summarisePlanErrors(parsed.errors)}` };
  if (running) return { ok: false, error: 'A PDF export is already running.' };
  running = true;
  let win: ReportWindow | null = null;
  let id: number | null = null;
  try {
    const path = await deps.choosePath(input.suggestedName);
    if (!path) return { ok: false, canceled: true };
    win = deps.createWindow();
    id = win.webContents.id;
    deps.jobs.set(id, {
      planText: input.planText,
      paper: input.paper,
      lang: input.lang,
      ...(input.contents ? { contents: input.contents } : {}),
    });
    await win.webContents.loadURL(reportUrl(deps.baseUrl, input.paper, input.lang));
    const wc = win.webContents;
    const state = await waitForReport(() => wc.executeJavaScript(READY_PROBE), {
      timeoutMs: deps.timeoutMs ?? 30_000,
      pollMs: deps.pollMs ?? 100,
      sleep: deps.sleep ?? defaultSleep,
    });
    if (state === 'error')
      return { ok: false, error: 'Not exported: the report view could not render this plan.' };
    if (state === 'timeout')
      return { ok: false, error: 'Not exported: the report view did not finish rendering in time.' };
    const pdf = await wc.printToPDF(pdfOptions(input.paper));
    deps.writeFile(path, pdf);
    return { ok: true, name: basename(path) };
  } catch (e) {
    return { ok: false, error: `Not exported: ${String((e as Error)?.message ?? e)}` };
  } finally {
    if (id !== null) deps.jobs.delete(id);
    if (win && !win.isDestroyed()) win.destroy();
    running = false;
  }
}
