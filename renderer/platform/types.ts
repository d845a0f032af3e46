import type {
  DiscardChoice,
  ExportResult,
  MenuCommand,
  OpenedDocument,
  OpenResult,
  RecentEntry,
  ReportJob,
  SaveResult,
} from '../../app/ipc/contract';
import type { ReportContents } from '../../src/report/contents';

/**
 * Everything the renderer needs from the operating system, behind one typed interface: the Electron preload
 * in the desktop app, a browser implementation in web mode (and in the end-to-end tests).
 */
export interface Platform {
  kind: 'electron' | 'web';
  /** Ask the user for a plan file; returns its text (validated by the caller). */
  openPlan(): Promise<OpenResult>;
  openRecent(token: string): Promise<OpenResult>;
  recentFiles(): Promise<RecentEntry[]>;
  /** Save plan text to the document's token, or ask where (Save As / untitled). */
  savePlan(text: string, token: string | null, suggestedName: string, saveAs: boolean): Promise<SaveResult>;
  exportCsv(text: string, suggestedName: string): Promise<ExportResult>;
  /** Save any text the user may need (the raw text of an unreadable recovered plan). */
  exportText(text: string, suggestedName: string): Promise<ExportResult>;
  /** Export the report as PDF (desktop: printToPDF; web: the report route and the browser's print). */
  exportPdf(
    planText: string,
    suggestedName: string,
    paper: 'a4' | 'letter',
    lang: 'en' | 'ko',
    contents?: ReportContents,
  ): Promise<ExportResult>;
  autosave(text: string, name: string): Promise<void>;
  recover(): Promise<{ text: string; name: string; savedAt: string } | null>;
  clearAutosave(): Promise<void>;
  setTitle(title: string, dirty: boolean): void;
  /** The UI's language (at start and on every switch): the desktop menu and dialogs follow it. */
  setLanguage(lang: 'en' | 'ko'): void;
  /** Unsaved changes before New/Open: save, discard or cancel. */
  confirmDiscard(name: string): Promise<DiscardChoice>;
  onMenu(cb: (command: MenuCommand) => void): () => void;
  onOpenDocument(cb: (doc: OpenedDocument) => void): () => void;
  onSaveBeforeClose(cb: () => void): () => void;
  closeNow(): Promise<void>;
  /** In the report window: the plan to print (desktop: from main; web: handed over in localStorage). */
  reportJob(): Promise<ReportJob | null>;
}
