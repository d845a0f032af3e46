import { unsourced } from '../sourced';
import type { Robot } from './types';
import { HUMANOID_ROBOT_DATABASE } from './sources';

/** Agility Robotics: Digit. */
export const AGILITY_ROBOTS: readonly Robot[] = [
  {
    id: 'agility-digit',
    name: 'Agility Robotics Digit',
    type: 'humanoid',
    batteryEnergyWh: unsourced('Wh', 'Not found in sources searched.'),
    packVoltageNominalV: unsourced('V', 'Not in the research catalog.'),
    massKg: { value: 65, unit: 'kg', source: HUMANOID_ROBOT_DATABASE, confidence: 'third_party_compilation' },
    claimedRuntimeH: {
      value: 4,
      unit: 'h',
      source: HUMANOID_ROBOT_DATABASE,
      confidence: 'third_party_compilation',
      note: 'deploy.report also cites ~4 h continuous work.',
    },
    activityPowerW: {},
  },
];
