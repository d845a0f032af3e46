import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/node/files';
import {
  choiceFromResponse,
  closeAction,
  decideClose,
  DISCARD_BUTTONS,
  unsavedChangesBox,
} from '../../app/main/close';
import { translator } from '../../app/main/menu-strings';
import {
  exportPdf,
  pdfOptions,
  READY_PROBE,
  ReportJobs,
  reportUrl,
  waitForReport,
  type PdfDeps,
  type ReportWindow,
} from '../../app/main/pdf';
import { APP_INDEX_URL } from '../../app/main/security';
import { GOOD_PLAN, tempDir } from './app-helpers';

describe('unsaved changes on close', () => {
  it('closes when clean, approved, or when the renderer is gone; asks otherwise', () => {
    expect(decideClose({ dirty: false, closeApproved: false, rendererAlive: true })).toBe('close');
    expect(decideClose({ dirty: true, closeApproved: false, rendererAlive: true })).toBe('ask');
    expect(decideClose({ dirty: true, closeApproved: true, rendererAlive: true })).toBe('close');
    expect(decideClose({ dirty: true, closeApproved: false, rendererAlive: false })).toBe('close');
  });

  it('maps Save / Don’t Save / Cancel, and anything unexpected to Cancel', () => {
    expect(DISCARD_BUTTONS).toEqual(['save', 'discard', 'cancel']);
    expect([0, 1, 2, 3, -1, NaN].map(choiceFromResponse)).toEqual([
      'save',
      'discard',
      'cancel',
      'cancel',
      'cancel',
      'cancel',
    ]);
    expect(closeAction('save')).toBe('request-save');
    expect(closeAction('discard')).toBe('close');
    expect(closeAction('cancel')).toBe('stay');
  });

  it('builds the message box in English and Korean, Cancel as the escape button', () => {
    const en = unsavedChangesBox(translator('en'), 'Humanoid');
    expect(en).toMatchObject({
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      type: 'warning',
    });
    expect(en.message).toContain('“Humanoid”');
    const ko = unsavedChangesBox(translator('ko'), '');
    expect(ko.buttons).toEqual(['저장', '저장 안 함', '취소']);
    expect(ko.message).toContain('제목 없음');
  });
});

function fakeWindow(opts: { flags?: unknown[]; printFails?: boolean; id?: number } = {}) {
  const flags = [...(opts.flags ?? ['', '', '1'])];
  const calls: string[] = [];
  let destroyed = false;
  const win: ReportWindow & { calls: string[] } = {
    calls,
    webContents: {
      id: opts.id ?? 42,
      loadURL: vi.fn(async (url: string) => {
        calls.push(`load ${url}`);
      }),
      executeJavaScript: vi.fn(async (code: string) => {
        calls.push(`probe ${code === READY_PROBE}`);
        return flags.length > 1 ? flags.shift() : flags[0];
      }),
      printToPDF: vi.fn(async (o) => {
        calls.push(`print ${o.pageSize}`);
        if (opts.printFails) throw new Error('printing failed');
        return new Uint8Array(Buffer.from('%PDF-1.7 fake'));
      }),
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
      calls.push('destroy');
    },
  };
  return win;
}

function deps(win: ReturnType<typeof fakeWindow>, over: Partial<PdfDeps> = {}): PdfDeps & { dir: string } {
  const dir = tempDir('pp-pdf-');
  return {
    dir,
    jobs: new ReportJobs(),
    baseUrl: APP_INDEX_URL,
    choosePath: async (name) => join(dir, `${name}.pdf`),
    createWindow: () => win,
    writeFile: (path, data) => writeFileAtomic(path, data),
    sleep: async () => undefined,
    timeoutMs: 1000,
    pollMs: 1,
    ...over,
  };
}

const input = { planText: GOOD_PLAN, suggestedName: 'report', paper: 'a4' as const, lang: 'ko' as const };

describe('Export PDF', () => {
  it('builds the report route URL and A4/Letter options with page numbers', () => {
    expect(reportUrl(APP_INDEX_URL, 'a4', 'en')).toBe('app://powerplan/index.html#/report?paper=a4&lang=en');
    expect(reportUrl('http://localhost:5173/#/plan', 'letter', 'ko')).toBe(
      'http://localhost:5173/#/report?paper=letter&lang=ko',
    );
    const a4 = pdfOptions('a4');
    expect(a4).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(a4.footerTemplate).toContain('pageNumber');
    expect(a4.footerTemplate).toContain('totalPages');
    expect(pdfOptions('letter').pageSize).toBe('Letter');
  });

  it('loads the route in the hidden window, waits for ready, prints, saves atomically, cleans up', async () => {
    const win = fakeWindow();
    const d = deps(win);
    let jobSeen: unknown = null;
    win.webContents.loadURL = vi.fn(async (url: string) => {
      win.calls.push(`load ${url}`);
      jobSeen = d.jobs.get(42);
    });
    const r = await exportPdf(input, d);
    expect(r).toEqual({ ok: true, name: 'report.pdf' });
    expect(jobSeen).toEqual({ planText: GOOD_PLAN, paper: 'a4', lang: 'ko' });
    expect(win.calls).toEqual([
      'load app://powerplan/index.html#/report?paper=a4&lang=ko',
      'probe true',
      'probe true',
      'probe true',
      'print A4',
      'destroy',
    ]);
    expect(readFileSync(join(d.dir, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(readdirSync(d.dir)).toEqual(['report.pdf']);
    expect(d.jobs.size).toBe(0);
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const win = fakeWindow();
    const create = vi.fn(() => win);
    const r = await exportPdf(input, deps(win, { choosePath: async () => null, createWindow: create }));
    expect(r).toEqual({ ok: false, canceled: true });
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses an invalid plan before opening any window', async () => {
    const win = fakeWindow();
    const create = vi.fn(() => win);
    const r = await exportPdf(
      { ...input, planText: '{"format":"powerplan"}' },
      deps(win, { createWindow: create }),
    );
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not exported: the plan is invalid/) });
    expect(create).not.toHaveBeenCalled();
  });

  it('reports a page that signals an error, a timeout and a print failure, and always destroys the window', async () => {
    for (const [win, message] of [
      [fakeWindow({ flags: ['', 'error'] }), /could not render/],
      [fakeWindow({ flags: [''] }), /did not finish rendering in time/],
      [fakeWindow({ printFails: true }), /printing failed/],
    ] as const) {
      const d = deps(win, { timeoutMs: 20, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
      const r = await exportPdf(input, d);
      expect(r).toEqual({ ok: false, error: expect.stringMatching(message) });
      expect(win.isDestroyed()).toBe(true);
      expect(d.jobs.size).toBe(0);
      expect(readdirSync(d.dir)).toEqual([]);
    }
  });

  it('runs one export at a time', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const win = fakeWindow();
    const first = exportPdf(
      input,
      deps(win, { choosePath: async (n) => (await gate, join(tempDir(), `${n}.pdf`)) }),
    );
    const second = await exportPdf(input, deps(fakeWindow()));
    expect(second).toEqual({ ok: false, error: 'A PDF export is already running.' });
    release();
    expect((await first).ok).toBe(true);
  });

  it('waitForReport keeps probing through navigation errors', async () => {
    let n = 0;
    const probe = async () => {
      n++;
      if (n < 3) throw new Error('Execution context was destroyed');
      return '1';
    };
    expect(await waitForReport(probe, { timeoutMs: 1000, pollMs: 1, sleep: async () => undefined })).toBe(
      'ready',
    );
    expect(n).toBe(3);
  });
});
