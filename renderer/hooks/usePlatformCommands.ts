import { useCallback, useEffect, type Dispatch, type SetStateAction } from 'react';
import type { MenuCommand } from '../../app/ipc/contract';
import type { AppTab } from '../../src/analysis/tabs';
import type { Lang } from '../i18n';
import type { Platform } from '../platform/types';
import type { DocumentStore } from '../state/store';
import type { DocumentActions } from './useDocumentActions';
import type { useExports } from './useExports';

type Exports = ReturnType<typeof useExports>;

/**
 * What reaches the document from outside the window's buttons: the desktop menu's commands, a file the OS
 * asks to open, Save before closing, and (in the browser, where there is no menu) the keyboard shortcuts.
 */
export function usePlatformCommands({
  platform,
  store,
  newPlan,
  open,
  save,
  confirmUnsaved,
  openText,
  setBanner,
  exportCsv,
  exportPdf,
  setTab,
  setLang,
}: Pick<DocumentActions, 'newPlan' | 'open' | 'save' | 'confirmUnsaved' | 'openText' | 'setBanner'> &
  Pick<Exports, 'exportCsv' | 'exportPdf'> & {
    platform: Platform;
    store: DocumentStore;
    setTab(tab: AppTab): void;
    setLang: Dispatch<SetStateAction<Lang>>;
  }): void {
  const handleMenu = useCallback(
    (c: MenuCommand) => {
      const actions: Record<MenuCommand, () => void> = {
        new: () => void newPlan(),
        open: () => void open(),
        save: () => void save(false),
        saveAs: () => void save(true),
        exportPdf: () => void exportPdf(),
        exportCsv: () => void exportCsv(),
        undo: () => store.undo(),
        redo: () => store.redo(),
        viewPlan: () => setTab('plan'),
        viewCompare: () => setTab('compare'),
        viewSensitivity: () => setTab('sensitivity'),
        viewSweep: () => setTab('sweep'),
        viewSizing: () => setTab('sizing'),
        toggleLanguage: () => setLang((l) => (l === 'en' ? 'ko' : 'en')),
        about: () =>
          setBanner({
            kind: 'info',
            text: 'PowerPlan — battery and on-device AI power planning for robots.',
          }),
      };
      actions[c]();
    },
    [exportCsv, exportPdf, newPlan, open, store], // eslint-disable-line react-hooks/exhaustive-deps
  );

  useEffect(() => platform.onMenu(handleMenu), [platform, handleMenu]);
  useEffect(
    () =>
      platform.onOpenDocument(
        (d) => void confirmUnsaved().then((ok) => ok && openText(d.text, d.name, d.token)),
      ),
    [platform, confirmUnsaved, openText],
  );
  useEffect(
    () =>
      platform.onSaveBeforeClose(() => void save(false).then((ok) => (ok ? platform.closeNow() : undefined))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `save` reads the store when called
    [platform],
  );

  // Keyboard shortcuts (the desktop menu's accelerators handle these in Electron).
  useEffect(() => {
    if (platform.kind !== 'web') return;
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const inText = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      const k = e.key.toLowerCase();
      if (k === 'z' && !inText) {
        e.preventDefault();
        if (e.shiftKey) store.redo();
        else store.undo();
      } else if (k === 'y' && !inText) {
        e.preventDefault();
        store.redo();
      } else if (k === 's') {
        e.preventDefault();
        void save(e.shiftKey);
      } else if (k === 'o') {
        e.preventDefault();
        void open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [platform, store, open]); // eslint-disable-line react-hooks/exhaustive-deps
}
