import { planningAssumption, unsourced } from '../sourced';
import type { Robot } from './types';
import { ATLAS_SPEC_SHEET, SPOT_SDK_ABOUT_SPOT } from './sources';

/** Boston Dynamics: the Spot quadruped and the electric Atlas humanoid. */
export const BOSTON_DYNAMICS_ROBOTS: readonly Robot[] = [
  {
    id: 'bd-spot',
    name: 'Boston Dynamics Spot',
    type: 'quadruped',
    batteryEnergyWh: { value: 605, unit: 'Wh', source: SPOT_SDK_ABOUT_SPOT, confidence: 'datasheet' },
    packVoltageNominalV: unsourced('V', 'Not stated; 14S Li-ion would be ~50-52 V nominal (inference only).'),
    packVoltageMaxV: {
      value: 58.8,
      unit: 'V',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: '58.8 V = 14S x 4.2 V (inference).',
    },
    massKg: {
      value: 32.5,
      unit: 'kg',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: "Net weight incl. battery (Spot 'Gamma').",
    },
    claimedRuntimeH: {
      value: 1.5,
      unit: 'h',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: 'Typical runtime 90 min; standby 180 min; 400 W charger, 7 A max charge, 120 min charge.',
    },
    standbyRuntimeH: {
      value: 3,
      unit: 'h',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: 'Standby 180 min (from the runtime note).',
    },
    chargePowerW: {
      value: 400,
      unit: 'W',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: 'Charger rating (from the runtime note), not measured pack input.',
    },
    chargeCurrentA: {
      value: 7,
      unit: 'A',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: '7 A max charge (from the runtime note).',
    },
    chargeTimeH: {
      value: 2,
      unit: 'h',
      source: SPOT_SDK_ABOUT_SPOT,
      confidence: 'datasheet',
      note: '120 min charge (from the runtime note).',
    },
    activityPowerW: {
      typicalOperationDerived: {
        value: 403,
        unit: 'W',
        source: 'derived: 605 Wh / 1.5 h',
        confidence: 'derived',
      },
      standbyDerived: { value: 202, unit: 'W', source: 'derived: 605 Wh / 3 h', confidence: 'derived' },
      payloadPortMax: {
        value: 150,
        unit: 'W',
        source: SPOT_SDK_ABOUT_SPOT,
        confidence: 'datasheet',
        note: 'per port, 2 ports',
      },
    },
    planningDefaults: {
      packVoltageNominalV: planningAssumption(
        50.4,
        'V',
        '14S Li-ion inferred from the 58.8 V datasheet max (14 x 4.2 V) at 3.6 V per cell nominal; Boston Dynamics does not state a nominal voltage.',
        [50.4, 51.8],
      ),
    },
  },
  {
    id: 'bd-atlas-electric',
    name: 'Boston Dynamics Atlas (electric, product version)',
    type: 'humanoid',
    batteryEnergyWh: unsourced('Wh', 'Not published in sources found.'),
    packVoltageNominalV: unsourced('V', 'Not published.'),
    massKg: { value: 90, unit: 'kg', source: ATLAS_SPEC_SHEET, confidence: 'manufacturer_claim' },
    claimedRuntimeH: {
      value: 4,
      unit: 'h',
      source: ATLAS_SPEC_SHEET,
      confidence: 'manufacturer_claim',
      note: 'Autonomous battery swap at station.',
    },
    activityPowerW: {},
  },
];
