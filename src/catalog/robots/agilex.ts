import type { Robot } from './types';
import { HUNTER_SE_DOCS } from './sources';

/** AgileX: the HUNTER SE outdoor UGV. */
export const AGILEX_ROBOTS: readonly Robot[] = [
  {
    id: 'agilex-hunter-se',
    name: 'AgileX HUNTER SE (outdoor UGV)',
    type: 'ugv',
    batteryEnergyWh: {
      value: 720,
      unit: 'Wh',
      source:
        'derived: 24 V x 30 Ah from github TrossenRobotics/agilex_hunter_se_docs specifications.rst (AgileX HUNTER SE: 24V30Ah, 42 kg, 50 kg payload, 2-3 h no-load)',
      confidence: 'derived',
    },
    packVoltageNominalV: { value: 24, unit: 'V', source: HUNTER_SE_DOCS, confidence: 'datasheet' },
    massKg: { value: 42, unit: 'kg', source: HUNTER_SE_DOCS, confidence: 'datasheet' },
    payloadKg: { value: 50, unit: 'kg', source: HUNTER_SE_DOCS, confidence: 'datasheet' },
    claimedRuntimeH: {
      value: 2.5,
      unit: 'h',
      range: [2, 3],
      source: HUNTER_SE_DOCS,
      confidence: 'datasheet',
      note: '2-3 h no-load',
    },
    activityPowerW: {
      averageDerived: { value: 288, unit: 'W', source: 'derived: 720 Wh / 2.5 h', confidence: 'derived' },
    },
  },
];
