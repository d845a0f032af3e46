import type { DiscardChoice, MenuCommand, OpenedDocument, OpenResult } from '../../app/ipc/contract';
import { reportContentsSchema, type ReportContents } from '../../src/report/contents';
import { MAX_PLAN_BYTES, parsePlanText } from '../../src/plan/load';
import type { Platform } from './types';

const AUTOSAVE_KEY = 'powerplan.autosave.v1';
/** Where a damaged autosave record is moved, so it cannot stop the next start. */
export const CORRUPT_AUTOSAVE_KEY = 'powerplan.autosave.corrupt';
/** The plan handed to the report route (web mode and `powerplan report`). */
export const REPORT_KEY = 'powerplan.report.plan';
/** What the report includes besides the plan (the comparison's scenarios, the sensitivity study). */
export const REPORT_CONTENTS_KEY = 'powerplan.report.contents';

/** Browser pieces the web platform uses, injectable for tests. */
export interface WebEnv {
  document: Document;
  storage: Storage;
  confirm(message: string): boolean;
  now(): Date;
}

/** Pick a file with a hidden <input type="file"> and read it as text. */
function pickFile(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,.powerplan.json,application/json';
    input.style.display = 'none';
    input.dataset.testid = 'web-open-input';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    doc.body.appendChild(input);
    input.click();
  });
}

/** Read a picked or dropped file, refusing oversized ones before reading them. */
export async function readPlanFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_PLAN_BYTES) {
    return {
      canceled: false,
      error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; plan files are limited to ${MAX_PLAN_BYTES / 1024 / 1024} MB`,
    };
  }
  const text = await file.text();
  return { canceled: false, doc: { token: `web-${Date.now().toString(36)}`, name: file.name, text } };
}

/** Offer text as a download (the browser's Save). */
function download(doc: Document, text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The web platform: open through a file input, save through a download, autosave in localStorage, PDF
 * through the report route and the browser's print dialog. There is no native menu in a browser, so menu
 * commands come from the app's own toolbar and keyboard shortcuts.
 */
export function webPlatform(
  env: WebEnv = { document, storage: localStorage, confirm: (m) => window.confirm(m), now: () => new Date() },
): Platform {
  const menuListeners = new Set<(c: MenuCommand) => void>();
  const openListeners = new Set<(d: OpenedDocument) => void>();
  let lang: 'en' | 'ko' = 'en';
  return {
    kind: 'web',
    async openPlan() {
      const file = await pickFile(env.document);
      return file ? readPlanFile(file) : { canceled: true };
    },
    openRecent: async () => ({ canceled: true }),
    recentFiles: async () => [],
    async savePlan(text, token, suggestedName) {
      download(env.document, text, suggestedName, 'application/json');
      return { ok: true, token: token ?? `web-${Date.now().toString(36)}`, name: suggestedName };
    },
    async exportCsv(text, suggestedName) {
      download(env.document, text, suggestedName, 'text/csv');
      return { ok: true, name: suggestedName };
    },
    async exportText(text, suggestedName) {
      download(env.document, text, suggestedName, 'text/plain');
      return { ok: true, name: suggestedName };
    },
    async exportPdf(planText, suggestedName, paper, lang, contents) {
      env.storage.setItem(REPORT_KEY, planText);
      env.storage.setItem(REPORT_CONTENTS_KEY, JSON.stringify(contents ?? {}));
      const w = env.document.defaultView?.open(`#/report?paper=${paper}&lang=${lang}&print=1`, '_blank');
      return w
        ? { ok: true, name: suggestedName }
        : { ok: false, error: 'the browser blocked the report window' };
    },
    async autosave(text, name) {
      try {
        env.storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text, name, savedAt: env.now().toISOString() }));
      } catch {
        /* storage full or disabled: autosave is best effort in a browser */
      }
    },
    async recover() {
      const raw = env.storage.getItem(AUTOSAVE_KEY);
      if (!raw) return null;
      let record: { text: string; name: string; savedAt: string } | null;
      try {
        const v = JSON.parse(raw) as { text?: unknown; name?: unknown; savedAt?: unknown };
        record =
          typeof v.text === 'string' && typeof v.name === 'string' && typeof v.savedAt === 'string'
            ? { text: v.text.slice(0, MAX_PLAN_BYTES * 6), name: v.name.slice(0, 200), savedAt: v.savedAt }
            : null;
      } catch {
        record = null;
      }
      // A damaged record never stops the next start: it moves aside (kept, not deleted), as on the desktop.
      if (!record || !parsePlanText(record.text).ok) {
        try {
          env.storage.setItem(CORRUPT_AUTOSAVE_KEY, raw.slice(0, MAX_PLAN_BYTES * 6));
        } catch {
          /* storage full: the record is dropped rather than kept in the way */
        }
        env.storage.removeItem(AUTOSAVE_KEY);
      }
      return record;
    },
    async clearAutosave() {
      env.storage.removeItem(AUTOSAVE_KEY);
    },
    setTitle(title, dirty) {
      env.document.title = `${dirty ? '● ' : ''}${title} — PowerPlan`;
    },
    setLanguage(next) {
      lang = next;
    },
    async confirmDiscard(name): Promise<DiscardChoice> {
      const question =
        lang === 'ko'
          ? `“${name}”에 저장하지 않은 변경 내용이 있습니다. 버리시겠습니까?`
          : `"${name}" has unsaved changes. Discard them?`;
      return env.confirm(question) ? 'discard' : 'cancel';
    },
    onMenu(cb) {
      menuListeners.add(cb);
      return () => menuListeners.delete(cb);
    },
    onOpenDocument(cb) {
      openListeners.add(cb);
      return () => openListeners.delete(cb);
    },
    onSaveBeforeClose: () => () => undefined,
    closeNow: async () => undefined,
    async reportJob() {
      const planText = env.storage.getItem(REPORT_KEY);
      const params = new URLSearchParams(env.document.location?.hash.split('?')[1] ?? '');
      // The contents come back through storage: validated like any input, dropped when damaged.
      let contents: ReportContents | undefined;
      try {
        const parsed = reportContentsSchema.safeParse(
          JSON.parse(env.storage.getItem(REPORT_CONTENTS_KEY) ?? '{}'),
        );
        contents = parsed.success ? parsed.data : undefined;
      } catch {
        contents = undefined;
      }
      return planText
        ? {
            planText,
            paper: params.get('paper') === 'letter' ? 'letter' : 'a4',
            lang: params.get('lang') === 'ko' ? 'ko' : 'en',
            ...(contents ? { contents } : {}),
          }
        : null;
    },
  };
}
