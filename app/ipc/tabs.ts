import type { AppTab } from '../../src/analysis/tabs';
import type { MenuCommand } from './events';

/** The menu command that switches to each tab (View menu, CmdOrCtrl+1…). */
export const TAB_COMMANDS = {
  plan: 'viewPlan',
  compare: 'viewCompare',
  sensitivity: 'viewSensitivity',
  sweep: 'viewSweep',
  sizing: 'viewSizing',
} as const satisfies Record<AppTab, MenuCommand>;
