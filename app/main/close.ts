import type { MessageBoxOptions } from 'electron';
import type { DiscardChoice } from '../ipc/contract';
import type { Translate } from './menu-strings';

/**
 * The unsaved-changes rule. Pure decisions here; the Electron wiring (the window's `close` event, the
 * message box, sending SAVE_BEFORE_CLOSE_CHANNEL) is in index.ts and calls these.
 */

export interface CloseState {
  /** The renderer reported unsaved changes (window:set-title's `dirty`). */
  dirty: boolean;
  /** closeNow was called (the renderer saved, or the user chose Don't Save): close without asking. */
  closeApproved: boolean;
  /** The renderer is alive and can save; when it crashed, asking to save is pointless (autosave keeps the work). */
  rendererAlive: boolean;
}

/** On the window's `close` event: let it close, or stop it and ask. */
export function decideClose(s: CloseState): 'close' | 'ask' {
  if (s.closeApproved || !s.dirty || !s.rendererAlive) return 'close';
  return 'ask';
}

/** Button order of the unsaved-changes box: Save, Don't Save, Cancel. */
export const DISCARD_BUTTONS: readonly DiscardChoice[] = ['save', 'discard', 'cancel'];

/** The message box for unsaved changes (on close, and before New/Open via dialog:confirm-discard). */
export function unsavedChangesBox(t: Translate, documentName: string): MessageBoxOptions {
  const name = documentName.trim() || t('untitled');
  return {
    type: 'warning',
    title: 'PowerPlan',
    message: t('unsavedMessage').replace('{name}', name.length > 120 ? `${name.slice(0, 119)}…` : name),
    detail: t('unsavedDetail'),
    buttons: [t('save'), t('dontSave'), t('cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** The message box's response index → the choice (anything unexpected is Cancel: never lose work). */
export function choiceFromResponse(response: number): DiscardChoice {
  return DISCARD_BUTTONS[response] ?? 'cancel';
}

/**
 * What the window does after the user answered on close:
 * - save: ask the renderer to save (SAVE_BEFORE_CLOSE_CHANNEL); it calls closeNow once saved;
 * - close: Don't Save — clear the autosave and close;
 * - stay: Cancel.
 */
export function closeAction(choice: DiscardChoice): 'request-save' | 'close' | 'stay' {
  switch (choice) {
    case 'save':
      return 'request-save';
    case 'discard':
      return 'close';
    default:
      return 'stay';
  }
}
