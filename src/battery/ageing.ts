/**
 * Cycle + calendar ageing (capacity fade and resistance growth) from NREL BLAST-Lite's published closed forms.
 *
 * Pure TypeScript: no Node APIs, no I/O. Every parameter was re-typed from the BLAST-Lite Python sources
 * (BSD-3-Clause, https://github.com/NREL/BLAST-Lite) into the chemistry records (src/battery/chemistries/*.ts)
 * and is cited there. See docs/ageing.md for the derivations, the hand-checked figures and the caveats.
 *
 *   ageing/stressors.ts       the daily stressors (EFC, DoD, mean SoC, anode potential, C-rates, temperature)
 *   ageing/models.ts          the BLAST-Lite functional forms
 *   ageing/projection.ts      q and r over days and years, days to a capacity threshold
 *   ageing/range-warnings.ts  the stressors against the model's experimental range
 *
 * Chemistry → model (capacity):
 *   NMC → nmc811_grSi_LGM50_5Ah_2021  (LG M50 21700, NMC811/Gr-Si)
 *   LFP → lfp_gr_250AhPrismatic_2019  (large-format LFP/Gr prismatic)
 *   NCA → nca_gr_Panasonic3Ah_2018    (Panasonic 18650B, NCA/Gr)
 * Relative resistance: none of those three BLAST models has an `r` output, so:
 *   LFP      → BLAST lfp_gr_SonyMurata3Ah_2018 resistance model (Naumann et al.), same chemistry
 *   NMC, NCA → BLAST nmc111_gr_Kokam75Ah_2017 LLI resistance terms (the only layered-oxide/graphite BLAST
 *              model with resistance); its LAM-knee resistance term is omitted (no matching capacity knee).
 */
import { byChemistry, type Chemistry } from './chemistry';

export {
  extractDailyStressors,
  graphiteAnodePotentialV,
  type AgeingStressors,
  type SocSample,
} from './ageing/stressors';
export {
  ageingAt,
  ageingCurve,
  DAYS_PER_YEAR,
  daysToCapacity,
  type AgeingOptions,
  type AgeingPoint,
} from './ageing/projection';
export { ageingRangeWarnings, type AgeingWarning } from './ageing/range-warnings';

/** Model identity, exact source path and validity range per chemistry (from the chemistry records). */
export const AGEING_MODEL_SOURCES: Record<Chemistry, { model: string; source: string; validRange: string }> =
  byChemistry((c) => c.ageing.source);
