import { useCallback, useEffect, useRef, useState } from 'react';
import { parsePlanText, planFileText } from '../../src/plan/load';
import { describePath } from '../../src/plan/describe-path';
import blankJson from '../blank-plan.json';
import { makeI18n, type I18n, type Lang } from '../i18n';
import { readPlanFile } from '../platform/web';
import type { Platform } from '../platform/types';
import type { DocumentState, DocumentStore, PlanDoc } from '../state/store';

/** Something to tell the user as the window opens (a recovery record that could not be opened). */
export type StartupNotice = {
  kind: 'bad-recovery';
  text: string;
  name: string;
  errors: { path: string; message: string }[];
};

/** The message under the toolbar: an error or a notice, with its details and at most one action. */
export type Banner = {
  kind: 'error' | 'info';
  text: string;
  details?: string[];
  action?: { label: string; run(): void };
};

/** File name for a plan: "Optimus-class humanoid.powerplan.json". */
export function suggestedFileName(name: string, ext = '.powerplan.json'): string {
  const base =
    name
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .trim()
      .slice(0, 120) || 'plan';
  return base + ext;
}

/** The JSON in a text, or null (to name the fields of a file that failed to open). */
function jsonOrNull(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The banner the window opens with: a recovery record that could not be opened, and its text to download. */
function startupBanner(notice: StartupNotice | null, platform: Platform, lang: Lang): Banner | null {
  if (!notice) return null;
  const { t } = makeI18n(lang);
  return {
    kind: 'error',
    text: t('recovery.bad', { name: notice.name, count: notice.errors.length }),
    details: notice.errors.slice(0, 5).map((e) => `${describePath(null, e.path, lang)}: ${e.message}`),
    action: {
      label: t('recovery.download'),
      run: () => void platform.exportText(notice.text, 'recovered-unreadable.txt'),
    },
  };
}

/** Autosave the working document (crash recovery), a second after the last edit. */
function useAutosave(platform: Platform, state: DocumentState): void {
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    // A save (or an undo back to the saved state) cancels the pending autosave: it would bring back the
    // autosave file that saving has just cleared.
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = null;
    if (!state.dirty) return;
    autosaveTimer.current = setTimeout(
      () => void platform.autosave(JSON.stringify(state.doc), state.name),
      1000,
    );
  }, [platform, state.doc, state.dirty, state.name]);
}

/** A plan file dropped on the window opens (after asking about unsaved changes); `dropping` while over it. */
function useDropToOpen(
  confirmUnsaved: () => Promise<boolean>,
  openText: (text: string, name: string, token: string | null) => boolean,
  setBanner: (b: Banner | null) => void,
) {
  const [dropping, setDropping] = useState(false);
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (!file || !(await confirmUnsaved())) return;
    const r = await readPlanFile(file);
    if (!r.canceled && 'error' in r) setBanner({ kind: 'error', text: r.error });
    else if (!r.canceled) openText(r.doc.text, r.doc.name, null);
  };
  const dropHandlers = {
    onDragOver: (e: React.DragEvent) => {
      e.preventDefault();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop,
  };
  return { dropping, dropHandlers };
}

/**
 * The document's life: the banner (starting with any recovery notice), autosave, New, Open (a file, or text
 * the OS or a drop hands over), Save / Save As, and the unsaved-changes question before replacing it.
 */
export function useDocumentActions({
  platform,
  store,
  state,
  i18n,
  startupNotice,
  setSelected,
  onOpened,
}: {
  platform: Platform;
  store: DocumentStore;
  state: DocumentState;
  i18n: I18n;
  startupNotice: StartupNotice | null;
  setSelected(index: number): void;
  /** A plan was opened: view state that belonged to the previous one is cleared. */
  onOpened(): void;
}) {
  const { t, lang } = i18n;
  const [banner, setBanner] = useState<Banner | null>(() => startupBanner(startupNotice, platform, lang));
  useAutosave(platform, state);

  const confirmUnsaved = useCallback(async (): Promise<boolean> => {
    if (!store.getState().dirty) return true;
    const choice = await platform.confirmDiscard(store.getState().name);
    if (choice === 'cancel') return false;
    if (choice === 'save') return save(false);
    return true;
  }, [platform, store]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Load plan text as the document, or report why not and keep the current one. */
  const openText = useCallback(
    (text: string, name: string, token: string | null) => {
      const r = parsePlanText(text);
      if (!r.ok) {
        setBanner({
          kind: 'error',
          text: t('error.openFailed', { name }),
          details: r.errors
            .slice(0, 8)
            .map((e) => `${describePath(jsonOrNull(text), e.path, lang)}: ${e.message}`),
        });
        return false;
      }
      store.load(JSON.parse(JSON.stringify(r.plan)) as PlanDoc, r.plan.name, token);
      setSelected(0);
      onOpened();
      setBanner(r.notices.length ? { kind: 'info', text: r.notices.join(' ') } : null);
      return true;
    },
    [store, t, lang, onOpened, setSelected],
  );

  const open = useCallback(async () => {
    if (!(await confirmUnsaved())) return;
    const r = await platform.openPlan();
    if (r.canceled) return;
    if ('error' in r) setBanner({ kind: 'error', text: r.error });
    else openText(r.doc.text, r.doc.name, platform.kind === 'electron' ? r.doc.token : null);
  }, [confirmUnsaved, openText, platform]);

  async function save(saveAs: boolean): Promise<boolean> {
    const s = store.getState();
    const v = parsePlanText(JSON.stringify(s.doc));
    if (!v.ok) {
      setBanner({
        kind: 'error',
        text: t('error.saveFailed', { error: t('error.problems', { count: v.errors.length }) }),
        details: v.errors.slice(0, 8).map((e) => `${describePath(s.doc, e.path, lang)}: ${e.message}`),
      });
      return false;
    }
    // A plan that saves must reopen: pretty-printed when that stays within the open limit, else compact.
    const text = planFileText(s.doc);
    if (text === null) {
      setBanner({ kind: 'error', text: t('error.saveFailed', { error: t('error.tooLarge') }) });
      return false;
    }
    const r = await platform.savePlan(text, s.token, suggestedFileName(s.name), saveAs || s.token === null);
    if (r.ok) {
      store.markSaved(r.token, s.name);
      await platform.clearAutosave();
      return true;
    }
    if (!('canceled' in r)) {
      // Main words its errors for any caller ("Not saved: …"); the banner already says so.
      const error = r.error.replace(/^Not saved: /, '').replace(/\.$/, '');
      setBanner({ kind: 'error', text: t('error.saveFailed', { error }) });
    }
    return false;
  }

  const newPlan = useCallback(async () => {
    if (!(await confirmUnsaved())) return;
    store.load(JSON.parse(JSON.stringify(blankJson)) as PlanDoc, t('untitled'), null);
    setSelected(0);
  }, [confirmUnsaved, store, t, setSelected]);

  const { dropping, dropHandlers } = useDropToOpen(confirmUnsaved, openText, setBanner);
  return { banner, setBanner, confirmUnsaved, openText, open, save, newPlan, dropping, dropHandlers };
}

export type DocumentActions = ReturnType<typeof useDocumentActions>;
