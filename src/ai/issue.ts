import { ph, renderPhrase, type Phrase } from '../text/phrase';
import type { AiIssue } from './types';

/** An issue from its code, severity and sentence; its English message rendered once here. */
export function aiIssue(code: AiIssue['code'], severity: AiIssue['severity'], text: Phrase): AiIssue {
  return { code, severity, message: renderPhrase(text, 'en'), text };
}

/** An input the model cannot evaluate (code built outside a plan); the message names the API field. */
export function invalidInput(field: string, message: string): AiIssue {
  return { ...aiIssue('AI_INVALID_INPUT', 'error', ph('AI_INVALID_INPUT', { text: message })), field };
}
