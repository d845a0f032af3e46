/**
 * Fit the inference runtimes and power-mode scales to the published measurements and print them, with the
 * catalog's current figures beside them (`npm run fit:runtimes`). The catalog (src/catalog/runtimes.ts,
 * accelerators.ts) carries the fitted values rounded to 3 significant figures; tests/unit/ai-validation.test.ts
 * re-runs the fit and fails when they drift apart.
 */
import { findAccelerator, findRuntime } from '../src/catalog';
import { fitTerms, MEASUREMENTS } from '../src/analysis/ai-validation';
import { fitRuntimes } from '../src/analysis/runtime-fit';

const terms = MEASUREMENTS.measurements.map(fitTerms).filter((t) => t !== null);
const fit = fitRuntimes(terms);
const sig = (x: number | null) => (x === null ? '—' : String(Number(x.toPrecision(3))));
console.log('runtime              n    η_bw    t₀ ms   s ms/100k  η_c     (catalog: η_bw t₀ s)');
for (const r of fit.runtimes) {
  const c = findRuntime(r.runtime);
  console.log(
    `${r.runtime.padEnd(20)} ${String(r.measurements).padStart(3)}  ${sig(r.bandwidthEfficiency).padEnd(7)} ${sig(r.perTokenOverheadMs).padEnd(7)} ${sig(r.perVocabOverheadMs).padEnd(10)} ${sig(r.prefillComputeEfficiency).padEnd(7)} (${c?.bandwidthEfficiency.value} ${c?.perTokenOverheadMs.value} ${c?.perVocabOverheadMs.value})`,
  );
}
const nano = findAccelerator('jetson-orin-nano-8gb-super');
console.log('\nmode   n   κ       σ       (catalog: κ σ)');
for (const m of fit.modes) {
  const c = nano?.powerModes?.find((x) => x.id === m.mode);
  console.log(
    `${m.mode.padEnd(6)} ${String(m.measurements).padStart(2)}  ${sig(m.bandwidthScale).padEnd(7)} ${sig(m.overheadScale).padEnd(7)} (${c?.bandwidthScale.value} ${c?.overheadScale.value})`,
  );
}
const hailo = fit.runtimes.find((r) => r.runtime === 'hailort-genai');
const bw = findAccelerator('hailo-10h')?.memoryBandwidthGBps.value;
if (hailo && bw)
  console.log(
    `\nHailo-10H effective bandwidth: ${sig(hailo.bandwidthEfficiency * bw)} GB/s (catalog ${bw} × fitted η ${sig(hailo.bandwidthEfficiency)}); HailoRT's η is 1 when the catalog carries it.`,
  );
