import { unsourced } from '../sourced';
import type { Robot } from './types';
import { NEOBOTIX_MP500_DOCS } from './sources';

/** Neobotix: the MP-500 indoor AMR. */
export const NEOBOTIX_ROBOTS: readonly Robot[] = [
  {
    id: 'neobotix-mp500',
    name: 'Neobotix MP-500 (indoor AMR)',
    type: 'amr',
    batteryEnergyWh: {
      value: 1200,
      unit: 'Wh',
      source:
        'derived: 24 V x 50 Ah from https://www.neobotix-docs.de/hardware/en/platforms/mp-500/mechanical.html (Neobotix MP-500 AMR: 24 V, 50 Ah, payload 80 kg, 1.5 m/s)',
      confidence: 'derived',
      note: 'Battery type AGM or LiFePO4 option (neobotix-docs batteries page).',
    },
    packVoltageNominalV: { value: 24, unit: 'V', source: NEOBOTIX_MP500_DOCS, confidence: 'datasheet' },
    capacityAh: { value: 50, unit: 'Ah', source: NEOBOTIX_MP500_DOCS, confidence: 'datasheet' },
    massKg: unsourced('kg', 'Not captured.'),
    payloadKg: { value: 80, unit: 'kg', source: NEOBOTIX_MP500_DOCS, confidence: 'datasheet' },
    claimedRuntimeH: unsourced('h', 'Not captured.'),
    activityPowerW: {
      driveMotorRated: {
        value: 300,
        unit: 'W',
        source: NEOBOTIX_MP500_DOCS,
        confidence: 'datasheet',
        note: 'per motor',
      },
    },
  },
];
