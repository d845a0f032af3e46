import { unsourced } from '../sourced';
import type { Robot } from './types';
import { APPTRONIK_LAUNCH } from './sources';

/** Apptronik: Apollo. */
export const APPTRONIK_ROBOTS: readonly Robot[] = [
  {
    id: 'apptronik-apollo',
    name: 'Apptronik Apollo',
    type: 'humanoid',
    batteryEnergyWh: unsourced('Wh', 'Not published.'),
    packVoltageNominalV: unsourced('V', 'Not in the research catalog.'),
    massKg: { value: 72.6, unit: 'kg', source: APPTRONIK_LAUNCH, confidence: 'manufacturer_claim' },
    claimedRuntimeH: {
      value: 4,
      unit: 'h',
      source: APPTRONIK_LAUNCH,
      confidence: 'manufacturer_claim',
      note: "Per swappable pack; '22-hour workday' with swaps.",
    },
    activityPowerW: {},
  },
];
