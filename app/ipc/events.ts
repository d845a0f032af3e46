/**
 * Main → renderer events of the IPC contract, without zod: the preload imports these directly so its bundle
 * stays tiny (app/ipc/contract.ts re-exports them).
 */
/** Menu commands main sends to the renderer (channel 'menu:command'). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'exportPdf',
  'exportCsv',
  'undo',
  'redo',
  'viewPlan',
  'viewCompare',
  'viewSensitivity',
  'viewSweep',
  'viewSizing',
  'toggleLanguage',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
