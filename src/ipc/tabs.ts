import type { MenuCommand } from './events';

/** The app's tabs (the plan, then its what-ifs), in tab-bar order: the View menu lists them in this order. */
export const APP_TABS = ['plan', 'compare', 'sensitivity', 'sweep', 'sizing'] as const;
export type AppTab = (typeof APP_TABS)[number];

/** The menu command that switches to each tab (View menu, CmdOrCtrl+1…). */
export const TAB_COMMANDS = {
  plan: 'viewPlan',
  compare: 'viewCompare',
  sensitivity: 'viewSensitivity',
  sweep: 'viewSweep',
  sizing: 'viewSizing',
} as const satisfies Record<AppTab, MenuCommand>;
