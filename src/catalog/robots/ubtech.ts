import { unsourced } from '../sourced';
import type { Robot } from './types';
import { WALKER_S2_PRESS } from './sources';

/** UBTech: Walker S2. */
export const UBTECH_ROBOTS: readonly Robot[] = [
  {
    id: 'ubtech-walker-s2',
    name: 'UBTech Walker S2',
    type: 'humanoid',
    batteryEnergyWh: unsourced('Wh', 'Not published.'),
    packVoltageNominalV: {
      value: 48,
      unit: 'V',
      source: WALKER_S2_PRESS,
      confidence: 'press_report',
      note: 'Dual 48 V lithium packs, hot-swap in ~3 min.',
    },
    massKg: {
      value: 43,
      unit: 'kg',
      source: WALKER_S2_PRESS,
      confidence: 'press_report',
      note: '1.62 m, 43 kg (95 lb).',
    },
    claimedRuntimeH: {
      value: 2,
      unit: 'h',
      source: WALKER_S2_PRESS,
      confidence: 'press_report',
      note: '2 h walking / 4 h standing per battery; ~90 min recharge.',
    },
    chargeTimeH: {
      value: 1.5,
      unit: 'h',
      source: WALKER_S2_PRESS,
      confidence: 'press_report',
      note: '~90 min recharge (from the runtime note).',
    },
    activityPowerW: {},
    otherFigures: {
      standingRuntimeH: {
        value: 4,
        unit: 'h',
        source: WALKER_S2_PRESS,
        confidence: 'press_report',
        note: '4 h standing per battery (from the runtime note).',
      },
    },
  },
];
