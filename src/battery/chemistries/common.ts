/**
 * Data that more than one chemistry record uses: a measurement or model of one cell that stands in for
 * others (each use says so in its record's sources), and the BLAST-Lite repository the ageing models come from.
 */
import type { KokamResistanceParams } from '../chemistry';

/** NREL BLAST-Lite (BSD-3-Clause), the source of every ageing model. See docs/ageing.md. */
export const BLAST_REPO = 'https://github.com/NREL/BLAST-Lite';

/**
 * A123 LFP cell (2.06 Ah at 25 °C), discharge capacity (Ah) at C/30 (0.0767 A) from 100 % to 2.0 V with the
 * thermal chamber at the test temperature ("script 1" of G. Plett's OCV test). Read from the last row
 * (Discharge_Capacity(Ah)) of batterysim/esctoolbox-python A123_OCV_{N25,N15,N05,P05,P15,P25,P35,P45}_S1.csv
 * (a123_data/, ocv_data/ and ocv_model/data/); data of Plett, "Battery Management Systems Vol. I", Artech
 * House 2015. LFP's own data; NMC and NCA use it as a proxy (no public low-rate capacity-vs-temperature
 * measurement of an NMC or NCA cell was found; same graphite anode, and LFP's cathode is the slowest of the
 * three in the cold, so this is cautious).
 */
export const A123_C30_CAPACITY_AH: readonly (readonly [temperatureC: number, capacityAh: number])[] = [
  [-25, 2.02298166],
  [-15, 2.036669786],
  [-5, 2.03360603],
  [5, 2.0406668],
  [15, 2.05618042],
  [25, 2.060185946],
  [35, 2.06464344],
  [45, 2.066479248],
];

export const A123_CAPACITY_SOURCE =
  'A123 LFP cell, C/30 discharge capacity at −25…45 °C (G. Plett, Battery Management Systems Vol. I, ' +
  'Artech House 2015; data batterysim/esctoolbox-python A123_OCV_*_S1.csv), ratio to 25 °C, ' +
  'made non-decreasing';

/**
 * Activation energy of PyBaMM's equivalent-circuit example set: "Arrhenius in temperature (with Ea=20000)"
 * (pybamm-team/PyBaMM src/pybamm/input/parameters/ecm/example_set.py). Used for NMC and NCA.
 */
export const PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL = 20_000;

export const PYBAMM_ARRHENIUS_SOURCE =
  'Arrhenius with Ea = 20 kJ/mol (pybamm-team/PyBaMM ' +
  'src/pybamm/input/parameters/ecm/example_set.py), held above 40 °C';

/**
 * blast/models/nmc111_gr_Kokam75Ah_2017.py `_params_life` (rates q1, q3 and resistance r1–r4 only), re-typed;
 * do not edit without updating docs/ageing.md. None of the NMC and NCA capacity models has an `r` output, so
 * both take these LLI resistance terms of the only layered-oxide/graphite BLAST model with resistance.
 */
export const KOKAM_LLI_RESISTANCE: KokamResistanceParams = {
  q10: 2.66e7,
  q11: -17.8,
  q12: -5.21,
  q30: 3.8e3,
  q31: -18.4,
  q32: 1.04,
  r1: 0.057,
  r2: 1.25,
  r3: 4.87,
  r4: 0.712,
  tRefK: 273.15 + 35,
  uaRefV: 0.123,
};
