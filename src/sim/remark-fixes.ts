/** The plan edits that cure a remark (its `fix`, the app's Apply button). */
import type { ResolvedPlan } from '../plan/resolve';
import { num, ph } from '../text/phrase';
import type { RemarkFix } from './warning';

/** The fix "use S×P": the cells' parallel strings set to `parallel`. */
export function parallelFix(series: number, parallel: number): RemarkFix {
  return {
    label: ph('fix.parallel', { series: String(series), parallel: String(parallel) }),
    changes: [{ op: 'set', path: 'battery.cells.parallel', value: parallel }],
  };
}

/**
 * The fix for a runtime short of its target: the parallel strings it names (cells), or the pack's energy raised
 * by the missing energy, rounded up to 10 Wh (pack figures). Both are before mass feedback: the remark says
 * so, and Sizing finds the exact pack.
 */
export function runtimeFix(rp: ResolvedPlan, extraWh: number, strings: number): RemarkFix | undefined {
  const b = rp.plan.battery;
  if (b.cells && strings > 0) return parallelFix(b.cells.series, b.cells.parallel + strings);
  if (b.pack && extraWh > 0) {
    const energyWh = Math.ceil((b.pack.energyWh + extraWh) / 10) * 10;
    return {
      label: ph('fix.packEnergy', { energy: num(energyWh / 1000, 'kWh') }),
      changes: [{ op: 'set', path: 'battery.pack.energyWh', value: energyWh }],
    };
  }
  return undefined;
}
