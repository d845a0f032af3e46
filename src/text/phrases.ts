/**
 * Every sentence PowerPlan's model says to its reader, in English and Korean: remarks (src/sim/remarks.ts),
 * AI issues (src/ai/analyse.ts), ageing notes (src/battery/ageing.ts) and the fixes they offer. `{name}` is a
 * parameter (src/text/phrase.ts renders it in the reader's language). A phrase whose id is a remark code is
 * that remark's sentence; other ids are the pieces and variants the sentences are built from.
 *
 * The words are a robotics engineer's, not the plan file's: "charge limit", not `maxSocPercent`.
 */
import { REMARK_PHRASES } from './phrase-tables/remarks';
import { AI_PHRASES } from './phrase-tables/ai';
import { REPORT_PHRASES } from './phrase-tables/report';
import { CLI_PHRASES } from './phrase-tables/cli';
import { SIZING_PHRASES } from './phrase-tables/sizing';
import { HEADLINE_PHRASES } from './phrase-tables/headlines';
import { SCENARIO_PHRASES } from './phrase-tables/scenarios';

export const PHRASES = {
  ...REMARK_PHRASES,
  ...AI_PHRASES,
  ...REPORT_PHRASES,
  ...CLI_PHRASES,
  ...SIZING_PHRASES,
  ...HEADLINE_PHRASES,
  ...SCENARIO_PHRASES,
} as const;

export type PhraseId = keyof typeof PHRASES;
