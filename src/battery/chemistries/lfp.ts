/**
 * LFP: the cell defaults, default OCV curve, temperature data and ageing model of the LFP chemistry, with
 * their sources (see docs/battery-data.md and docs/ageing.md).
 */
import type { ChemistryRecord } from '../chemistry';
import { A123_C30_CAPACITY_AH, A123_CAPACITY_SOURCE, BLAST_REPO } from './common';

/**
 * Sony/Murata US26650FTC1 (LFP) discharge resistance in Ω at SoC 0.2…0.9, measured at 10, 25 and 40 °C:
 * martincornejo/simses-lite src/simses/model/cell/data/CLFP_Sony_US26650_Rint.csv, columns R_DCh(T=10|25|40)
 * (Naumann 2018, TU Munich). SoC 0 and 0.1 are left out: there the end-of-discharge rise dominates.
 */
const SONY_LFP_DISCHARGE_R_OHM: Readonly<Record<10 | 25 | 40, readonly number[]>> = {
  10: [
    0.080774939, 0.075055233, 0.074809788, 0.069390124, 0.065120954, 0.061503438, 0.064822427, 0.061432462,
  ],
  25: [0.050374992, 0.048845551, 0.051762822, 0.047827935, 0.04426628, 0.041785842, 0.046555916, 0.042546505],
  40: [
    0.038430102, 0.037541588, 0.040018594, 0.038375676, 0.035121551, 0.032894641, 0.037723435, 0.033978319,
  ],
};

export const LFP: ChemistryRecord = {
  id: 'LFP',

  /**
   * Cell-level voltage limits and rate limits, used when a pack is given by its figures only. Source:
   * PowerPlan catalog, chemistry table (cell datasheet: EVE LF304; see docs/battery-model.md): 3.65 V max,
   * 2.5 V min. Rate limits are the conservative ends of the catalog's ranges.
   */
  defaults: { maxVoltageV: 3.65, minVoltageV: 2.5, maxDischargeCRate: 1, maxChargeCRate: 1 },

  ocv: {
    /**
     * Sony (Murata) US26650FTC1 (LFP | graphite, 3.0 Ah), measured OCV table of SimSES
     * (martincornejo/simses-lite `src/simses/model/cell/data/CLFP_Sony_US26650_OCV.csv`, Naumann 2018), 21 of
     * its 201 points (every point is a measured value, none interpolated; voltages rounded to 0.1 mV).
     */
    table: [
      [0, 2.2862],
      [0.005, 2.6835],
      [0.01, 2.7833],
      [0.02, 2.8952],
      [0.03, 2.9673],
      [0.05, 3.0647],
      [0.07, 3.1317],
      [0.1, 3.1967],
      [0.15, 3.212],
      [0.2, 3.2343],
      [0.3, 3.2703],
      [0.4, 3.2921],
      [0.5, 3.2995],
      [0.6, 3.3035],
      [0.7, 3.3108],
      [0.8, 3.3345],
      [0.9, 3.3425],
      [0.98, 3.3487],
      [0.99, 3.3618],
      [0.995, 3.3963],
      [1, 3.5305],
    ],
    source: {
      cell: 'Sony/Murata US26650FTC1 (LFP | graphite), 3.0 Ah, 2.0–3.6 V',
      source:
        'Naumann 2018, PhD thesis, TU Munich (SimSES); measured table martincornejo/simses-lite ' +
        'src/simses/model/cell/data/CLFP_Sony_US26650_OCV.csv',
      note:
        '21 of the 201 measured points (voltages rounded to 0.1 mV), chosen to keep the steep ends; max. ' +
        'interpolation error 8 mV. The plateau runs 3.19–3.35 V from 10 % to 98 % SoC.',
    },
  },

  temperature: {
    lowRateCapacityAh: A123_C30_CAPACITY_AH,
    /** Two Arrhenius branches through the measured 10 °C and 40 °C ratios (≈18.3 and ≈12.4 kJ/mol). */
    resistance: {
      kind: 'measured',
      referenceOhm: SONY_LFP_DISCHARGE_R_OHM[25],
      cold: { temperatureC: 10, resistanceOhm: SONY_LFP_DISCHARGE_R_OHM[10] },
      hot: { temperatureC: 40, resistanceOhm: SONY_LFP_DISCHARGE_R_OHM[40] },
    },
    sources: {
      capacity: A123_CAPACITY_SOURCE,
      resistance:
        'Sony/Murata US26650FTC1 measured discharge resistance at 10/25/40 °C, mean over SoC 0.2–0.9 ' +
        '(Naumann 2018, TU Munich; martincornejo/simses-lite CLFP_Sony_US26650_Rint.csv); ' +
        'Arrhenius fitted through the points, held above 40 °C',
    },
  },

  ageing: {
    /**
     * blast/models/lfp_gr_250AhPrismatic_2019.py `_params_life`, re-typed; do not edit without updating
     * docs/ageing.md.
     */
    capacity: {
      form: 'lfp250',
      params: {
        p1: 8.37e4,
        p2: -5.21e3,
        p3: -3.56e3,
        pcal: 0.526,
        p4: 4.38e-8,
        p5: 1.55e-8,
        p6: 1.68e-7,
        p7: 2.19e3,
        p8: 1.55e5,
        pcyc: 0.828,
      },
    },
    /**
     * The 250 Ah model has no `r` output: blast/models/lfp_gr_SonyMurata3Ah_2018.py `_params_life` resistance
     * parameters (Naumann et al. form), same chemistry.
     */
    resistance: {
      form: 'sonyLfp',
      params: {
        kRefRCalPerS: 3.4194e-10,
        eaRCalJPerMol: 71827,
        cRCal: -3.3903,
        dRCal: 1.5604,
        aRCyc: -0.002,
        bRCyc: 0.0021,
        cRCyc: 6.8477,
        dRCyc: 0.91882,
        gasConstant: 8.3144,
        tRefK: 298.15,
      },
    },
    /** `experimental_range` of the capacity model (BLAST-Lite), plus the calendar test range from its header. */
    experimentalRange: {
      cyclingTemperatureC: [10, 45],
      calendarTemperatureC: [10, 45],
      dod: [0.8, 1],
      maxChargeCRatePerH: 0.65,
      /** max_rate_charge is 0.16C at 10 °C. */
      coldCharge: { atOrBelowC: 10, maxChargeCRatePerH: 0.16 },
      maxDischargeCRatePerH: 1,
      /** The cycle-fade term learned the inverse of the calendar temperature dependence between 10 and 45 °C. */
      limitation: { cyclingTemperatureC: [10, 45], phrase: 'AGEING_LFP_LIMITATION' },
    },
    source: {
      model: 'lfp_gr_250AhPrismatic_2019 (large-format LFP/Gr prismatic, >250 Ah)',
      source:
        `${BLAST_REPO} blast/models/lfp_gr_250AhPrismatic_2019.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ` +
        '(parameters identical @ 92348eba3ab4642aa5ee80f29e3bc1242a15ac2f); data: doi 10.1016/j.est.2023.109042. ' +
        'Resistance: blast/models/lfp_gr_SonyMurata3Ah_2018.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ' +
        '(Naumann et al., doi 10.1016/j.est.2018.01.019, 10.1016/j.jpowsour.2019.227666).',
      validRange: 'cycling 10–45 °C, DoD 0.8–1, SoC 0–1, charge ≤ 0.65C (0.16C at 10 °C), discharge ≤ 1C',
    },
  },
};
