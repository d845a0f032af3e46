/**
 * The what-if views, one file each under ./whatif/: Compare (scenarios side by side; its table, toolbar and
 * Scenarios panel beside it, the panel's parts in ./whatif/scenarios/), Sensitivity (a tornado of runtime),
 * Sweep (runtime against one input) and Sizing (the smallest pack that meets the targets), with what they
 * share (the worker run with progress and cancel, the blocked banner) in ./whatif/shared.
 */
export { CompareView } from './whatif/CompareView';
export { CompareCellView, compareColumnVerdict, Unbroken } from './whatif/CompareCell';
export type { ChipScreen } from './whatif/CompareToolbar';
export { SensitivityView } from './whatif/SensitivityView';
export { SweepView, type SweepAxis } from './whatif/SweepView';
export { SizingView } from './whatif/SizingView';
export type { ExportCsv } from './whatif/shared';
