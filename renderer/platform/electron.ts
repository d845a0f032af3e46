import type { PreloadApi } from '../../app/ipc/contract';
import type { Platform } from './types';

/** The desktop platform: a thin adapter over the preload's `window.powerplan` API. */
export function electronPlatform(api: PreloadApi): Platform {
  return {
    kind: 'electron',
    openPlan: () => api.openDialog(),
    openRecent: (token) => api.openRecent(token),
    recentFiles: () => api.recentList(),
    savePlan: (text, token, suggestedName, saveAs) => api.save({ text, token, suggestedName, saveAs }),
    exportCsv: (text, suggestedName) => api.exportCsv({ text, suggestedName }),
    exportText: (text, suggestedName) => api.exportCsv({ text, suggestedName, kind: 'text' }),
    exportPdf: (planText, suggestedName, paper, lang, contents) =>
      api.exportPdf({ planText, suggestedName, paper, lang, ...(contents ? { contents } : {}) }),
    autosave: async (text, name) => {
      await api.autosaveWrite({ text, name });
    },
    recover: () => api.autosaveRead(),
    clearAutosave: async () => {
      await api.autosaveClear();
    },
    setTitle: (title, dirty) => void api.setTitle({ title, dirty }),
    setLanguage: (lang) => void api.setLanguage({ lang }),
    confirmDiscard: (name) => api.confirmDiscard({ name }),
    onMenu: (cb) => api.onMenu(cb),
    onOpenDocument: (cb) => api.onOpenDocument(cb),
    onSaveBeforeClose: (cb) => api.onSaveBeforeClose(cb),
    closeNow: () => api.closeNow(),
    reportJob: () => api.reportPlan(),
  };
}
