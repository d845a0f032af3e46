import { z } from 'zod';
import { scenarioListSchema } from '../analysis/scenarios';

/**
 * The analyses a report includes besides the plan: the comparison's scenarios, the sensitivity study. One
 * schema checks them wherever they arrive from outside: the desktop's PDF export (app/ipc/contract.ts) and the
 * web report hand-over (renderer/platform/web.ts).
 */
export const reportContentsSchema = z.strictObject({
  scenarios: scenarioListSchema.optional(),
  sensitivity: z.boolean().optional(),
});
export type ReportContents = z.infer<typeof reportContentsSchema>;
