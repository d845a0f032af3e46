/**
 * The app's tabs (the plan, then its what-ifs), in tab-bar order: the tab bar and the View menu list them in
 * this order, one per analysis of the registry (src/analysis/registry.ts). The menu command that switches to
 * each is the desktop shell's (TAB_COMMANDS in app/ipc/tabs.ts).
 */
export const APP_TABS = ['plan', 'compare', 'sensitivity', 'sweep', 'sizing'] as const;
export type AppTab = (typeof APP_TABS)[number];
