/**
 * The what-if views, one file each under ./whatif/: Compare (scenarios side by side), Sensitivity (a tornado
 * of runtime), Sweep (runtime against one input) and Sizing (the smallest pack that meets the targets), with
 * what they share (the worker run with progress and cancel, the blocked banner) in ./whatif/shared.
 */
export {
  CompareCellView,
  CompareView,
  compareColumnVerdict,
  Unbroken,
  type ChipScreen,
} from './whatif/CompareView';
export { SensitivityView } from './whatif/SensitivityView';
export { SweepView, type SweepAxis } from './whatif/SweepView';
export { SizingView } from './whatif/SizingView';
export type { ExportCsv } from './whatif/shared';
