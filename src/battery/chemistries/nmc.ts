/**
 * NMC: the cell defaults, default OCV curve, temperature data and ageing model of the NMC chemistry, with
 * their sources (see docs/battery-data.md and docs/ageing.md).
 */
import type { ChemistryRecord } from '../chemistry';
import {
  A123_C30_CAPACITY_AH,
  A123_CAPACITY_SOURCE,
  BLAST_REPO,
  KOKAM_LLI_RESISTANCE,
  PYBAMM_ARRHENIUS_SOURCE,
  PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL,
} from './common';

export const NMC: ChemistryRecord = {
  id: 'NMC',

  /**
   * Cell-level voltage limits and rate limits, used when a pack is given by its figures only. Source:
   * PowerPlan catalog, chemistry table (cell datasheets: Samsung INR21700-50E; see docs/battery-model.md):
   * 4.2 V max, 2.5 V min. Rate limits are the conservative ends of the catalog's ranges (energy cells: ~2C
   * discharge, 0.5–1C charge).
   */
  defaults: { maxVoltageV: 4.2, minVoltageV: 2.5, maxDischargeCRate: 2, maxChargeCRate: 1 },

  ocv: {
    /**
     * LG INR21700-M50 (NMC811 | graphite-SiOx, 5 Ah), 2.5–4.2 V. Computed from the electrode OCP fits of
     * Chen et al. 2020 as typed in PyBaMM `src/pybamm/input/parameters/lithium_ion/Chen2020.py`: OCV = U_p(y) −
     * U_n(x) along the electrode stoichiometry windows x 0.02635→0.91062, y 0.85397→0.26385 (PyBaMM's
     * ElectrodeSOH method: lithium inventory from the set's initial concentrations, OCV limits 2.5 V / 4.2 V).
     * Voltages rounded to 0.1 mV. See docs/battery-data.md.
     */
    table: [
      [0, 2.5],
      [0.005, 2.6146],
      [0.01, 2.7114],
      [0.02, 2.8625],
      [0.03, 2.9712],
      [0.05, 3.1094],
      [0.07, 3.1933],
      [0.1, 3.2959],
      [0.125, 3.3787],
      [0.15, 3.4339],
      [0.2, 3.4852],
      [0.3, 3.5814],
      [0.4, 3.667],
      [0.5, 3.7509],
      [0.6, 3.8406],
      [0.7, 3.9479],
      [0.8, 4.0421],
      [0.85, 4.0809],
      [0.9, 4.0967],
      [0.95, 4.1236],
      [1, 4.2],
    ],
    source: {
      cell: 'LG INR21700-M50 (NMC811 | graphite-SiOx), 5 Ah, 2.5–4.2 V',
      source:
        'Chen et al. 2020, J. Electrochem. Soc. 167:080534, doi:10.1149/1945-7111/ab9050; ' +
        'electrode OCP fits as typed in pybamm-team/PyBaMM src/pybamm/input/parameters/lithium_ion/Chen2020.py',
      note:
        'Full-cell OCV = U_p(y) − U_n(x) with stoichiometry windows x 0.02635→0.91062, ' +
        "y 0.85397→0.26385 solved by PyBaMM's ElectrodeSOH method for OCV limits 2.5 V / 4.2 V; " +
        '21 of 2001 computed points, max. linear-interpolation error 10 mV.',
    },
  },

  temperature: {
    /** The LFP A123 measurement as a proxy (see A123_C30_CAPACITY_AH). */
    lowRateCapacityAh: A123_C30_CAPACITY_AH,
    resistance: { kind: 'arrhenius', eaJPerMol: PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL },
    sources: {
      capacity: `${A123_CAPACITY_SOURCE} — used as a proxy: no low-rate NMC measurement was found`,
      resistance: PYBAMM_ARRHENIUS_SOURCE,
    },
  },

  ageing: {
    /**
     * blast/models/nmc811_grSi_LGM50_5Ah_2021.py `_params_life` @ 75362164 (full precision as published),
     * re-typed; do not edit without updating docs/ageing.md.
     */
    capacity: {
      form: 'lgm50',
      params: {
        pCal: 0.651697743905278,
        q1b0: -2.39156628786525,
        q1b1: 2.44205317834185,
        q1b2: -4.45998246136905,
        q1b3: 0.448140062203916,
        q1b4: -0.185337797906876,
        pCyc: 0.441996792536332,
        q3b0: 0.181235015387132,
        q3b1: -0.123779206033993,
        q3b2: 1.24459541295018,
        /** TdegKN = TdegK / (273.15 + 35); UaN = Ua / 0.123; t and EFC are divided by 1e4. */
        tRefK: 273.15 + 35,
        uaRefV: 0.123,
        xScale: 1e4,
        /** experimental_range max_rate_discharge; Cdis is held at this value above it (see docs). */
        maxCdisPerH: 2,
      },
    },
    /** The Kokam LLI terms (the M50 model has no `r` output); its LAM-knee resistance term is omitted. */
    resistance: { form: 'kokamLli', params: KOKAM_LLI_RESISTANCE },
    /** `experimental_range` of the capacity model (BLAST-Lite), plus the calendar test range from its header. */
    experimentalRange: {
      cyclingTemperatureC: [0, 25],
      calendarTemperatureC: [0, 60],
      dod: [1, 1],
      maxChargeCRatePerH: 0.3,
      maxDischargeCRatePerH: 2,
      noDodSensitivity: true,
    },
    source: {
      model: 'nmc811_grSi_LGM50_5Ah_2021 (LG M50 21700 NMC811/Gr-Si, 5 Ah)',
      source:
        `${BLAST_REPO} blast/models/nmc811_grSi_LGM50_5Ah_2021.py @ 75362164c29ea63079fa6802900ad7d7427bfd03; ` +
        'data: Truong Bui et al. 2021, IEEE 9617644. Resistance: Kokam LLI terms from ' +
        'blast/models/nmc111_gr_Kokam75Ah_2017.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32.',
      validRange:
        'cycling 0–25 °C, DoD 1.0 only (no DoD sensitivity), SoC 0–1, charge ≤ 0.3C, discharge ≤ 2C; ' +
        'calendar data 0–60 °C',
    },
  },
};
