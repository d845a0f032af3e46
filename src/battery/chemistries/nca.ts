/**
 * NCA: the cell defaults, default OCV curve, temperature data and ageing model of the NCA chemistry, with
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

export const NCA: ChemistryRecord = {
  id: 'NCA',

  /**
   * Cell-level voltage limits and rate limits, used when a pack is given by its figures only. Source:
   * PowerPlan catalog, chemistry table (see docs/battery-model.md): 4.2 V max, 2.5 V min. Rate limits are the
   * conservative ends of the catalog's ranges.
   */
  defaults: { maxVoltageV: 4.2, minVoltageV: 2.5, maxDischargeCRate: 2, maxChargeCRate: 0.7 },

  ocv: {
    /**
     * Panasonic NCR18650PD (NCA | graphite, 2.73 Ah), measured OCV fit used by SimSES
     * (martincornejo/simses-lite `src/simses/model/cell/panasonic_nca.py`, after Keil et al. 2016), evaluated
     * every 5 % SoC (voltages rounded to 0.1 mV).
     */
    table: [
      [0, 3.2452],
      [0.05, 3.3235],
      [0.1, 3.3946],
      [0.15, 3.4557],
      [0.2, 3.5044],
      [0.25, 3.5411],
      [0.3, 3.5692],
      [0.35, 3.5944],
      [0.4, 3.6221],
      [0.45, 3.6551],
      [0.5, 3.6934],
      [0.55, 3.7357],
      [0.6, 3.7801],
      [0.65, 3.8253],
      [0.7, 3.8706],
      [0.75, 3.9157],
      [0.8, 3.9614],
      [0.85, 4.0094],
      [0.9, 4.063],
      [0.95, 4.1257],
      [1, 4.1965],
    ],
    source: {
      cell: 'Panasonic NCR18650PD (NCA | graphite), 2.73 Ah, 2.5–4.2 V',
      source:
        'Keil et al. 2016, J. Electrochem. Soc. 163(9):A1872, doi:10.1149/2.0411609jes; ' +
        'OCV(SoC) fit as typed in martincornejo/simses-lite src/simses/model/cell/panasonic_nca.py ' +
        '(SimSES, TU Munich)',
      note:
        'The fit evaluated every 5 % SoC (max. interpolation error 1.6 mV). The fit stays smooth at the ' +
        'empty end (OCV(0) = 3.245 V): it does not show the steep fall towards the 2.5 V cut-off of a ' +
        'measured curve.',
    },
  },

  temperature: {
    /** The LFP A123 measurement as a proxy (see A123_C30_CAPACITY_AH). */
    lowRateCapacityAh: A123_C30_CAPACITY_AH,
    resistance: { kind: 'arrhenius', eaJPerMol: PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL },
    sources: {
      capacity: `${A123_CAPACITY_SOURCE} — used as a proxy: no low-rate NCA measurement was found`,
      resistance: PYBAMM_ARRHENIUS_SOURCE,
    },
  },

  ageing: {
    /**
     * blast/models/nca_gr_Panasonic3Ah_2018.py `_params_life`, re-typed; do not edit without updating
     * docs/ageing.md.
     */
    capacity: {
      form: 'ncaPanasonic',
      params: {
        qcalA: 75.4,
        qcalB: -3.34e3,
        qcalC: 353,
        qcalP: 0.512,
        qcycA: 1.86e-6,
        qcycB: 4.74e-11,
        qcycC: 0.000177,
        qcycD: 3.34e-11,
        qcycE: 2.81e-9,
        qcycP: 0.699,
      },
    },
    /** The Kokam LLI terms (the Panasonic model has no `r` output); its LAM-knee resistance term is omitted. */
    resistance: { form: 'kokamLli', params: KOKAM_LLI_RESISTANCE },
    /** `experimental_range` of the capacity model (BLAST-Lite), plus the calendar test range from its header. */
    experimentalRange: {
      cyclingTemperatureC: [15, 35],
      calendarTemperatureC: [25, 50],
      dod: [0.8, 1],
      maxChargeCRatePerH: 0.5,
      maxDischargeCRatePerH: 2,
      /** Fitted to cycling at 25, 35 and 45 °C with essentially no temperature dependence (BLAST-Lite). */
      limitation: { cyclingTemperatureC: [25, 45], phrase: 'AGEING_NCA_LIMITATION' },
    },
    source: {
      model: 'nca_gr_Panasonic3Ah_2018 (Panasonic 18650B NCA/Gr, 3.2 Ah)',
      source:
        `${BLAST_REPO} blast/models/nca_gr_Panasonic3Ah_2018.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ` +
        '(parameters identical @ 687c641e5ebdf4c310c27f6af21c426ff45586a0); calendar data Keil et al. ' +
        'doi 10.1149/2.0411609jes, cycling data Preger et al. doi 10.1149/1945-7111/abae37. Resistance: Kokam ' +
        'LLI terms from blast/models/nmc111_gr_Kokam75Ah_2017.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32.',
      validRange:
        'cycling 15–35 °C, DoD 0.8–1, SoC 0–1, charge ≤ 0.5C, discharge ≤ 2C; calendar data 25–50 °C; no knee',
    },
  },
};
