import type { Change } from '../analysis/scenarios';
import { renderPhrase, type Phrase } from '../text/phrase';

/**
 * A remark: a stable code, a severity and its sentence as data (`text`: a phrase id and parameters), rendered
 * in the reader's language by `renderPhrase` (src/text/phrase.ts); `message` is its English rendering. A
 * remark whose cure is a plan edit carries it as `fix` (the app's Apply button, one undo step).
 */
export interface Warning {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  text: Phrase;
  fix?: RemarkFix;
}

/** A plan edit that cures a remark: its label (a phrase) and the changes (scenario changes, plan paths). */
export interface RemarkFix {
  label: Phrase;
  changes: Change[];
}

/** A remark from its code, severity and sentence; its English message rendered once here. */
export function remark(code: string, severity: Warning['severity'], text: Phrase, fix?: RemarkFix): Warning {
  return { code, severity, message: renderPhrase(text, 'en'), text, ...(fix ? { fix } : {}) };
}
