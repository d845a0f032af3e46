import { unsourced } from '../sourced';
import type { Robot } from './types';
import { NEO_PRESS } from './sources';

/** 1X: NEO. */
export const ONE_X_ROBOTS: readonly Robot[] = [
  {
    id: '1x-neo',
    name: '1X NEO (home, 2025)',
    type: 'humanoid',
    batteryEnergyWh: unsourced(
      'Wh',
      "An '842 Wh' figure circulates but could not be found in any source in this session.",
    ),
    packVoltageNominalV: unsourced('V', 'Not in the research catalog.'),
    massKg: {
      value: 30,
      unit: 'kg',
      source: NEO_PRESS,
      confidence: 'manufacturer_claim',
      note: '66 lb (29.9 kg).',
    },
    claimedRuntimeH: {
      value: 4,
      unit: 'h',
      source: NEO_PRESS,
      confidence: 'press_report',
      note: 'NEO Beta (2024) press: 2-4 h.',
    },
    activityPowerW: {},
    otherFigures: {
      unverifiedBatteryEnergyWh: {
        value: 842,
        unit: 'Wh',
        source:
          'circulating figure (secondary web copy, origin unknown); the research catalog could not find it in any source',
        confidence: 'unverified',
        note: 'Kept only so reports can show the claim is unverified; batteryEnergyWh stays null.',
      },
    },
  },
];
