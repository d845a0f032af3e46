import { unsourced } from '../sourced';
import type { Robot } from './types';
import { UNITREE_G1_BATTERY_MANUAL, UNITREE_G1_SPEC_COMPILATION } from './sources';

/** Unitree humanoids: H1 and G1. */
export const UNITREE_ROBOTS: readonly Robot[] = [
  {
    id: 'unitree-h1',
    name: 'Unitree H1',
    type: 'humanoid',
    batteryEnergyWh: {
      value: 864,
      unit: 'Wh',
      source:
        "https://moneytimes.jp/archives/439367/2 (H1: 180 cm, 42 kg, 3.3 m/s, 864 Wh) ; parts listing 'Unitree H1 Battery Pack (864Wh)' (code search hit) ; https://www.humanoidary.com/?p=208 (47 kg)",
      confidence: 'press_report',
      note: "Quick-release pack. Commonly cited as 15 Ah / 0.864 kWh (not verified against Unitree's page in this session).",
    },
    packVoltageNominalV: unsourced(
      'V',
      'Not verified. 864 Wh / 15 Ah would imply 57.6 V (16S Li-ion) - treat as unverified.',
    ),
    massKg: {
      value: 47,
      unit: 'kg',
      range: [42, 47],
      source: 'https://www.humanoidary.com/?p=208',
      confidence: 'third_party_compilation',
      note: 'Range 42-47 kg across sources (moneytimes.jp says 42 kg); pick 47 kg.',
    },
    claimedRuntimeH: unsourced(
      'h',
      'No primary runtime figure found; one MCP listing says ~2 h (unreliable).',
    ),
    activityPowerW: {},
    computeNote: 'Intel i5-1235U motion PC + optional i7 dev PCs (docs.quadruped.de/projects/h1)',
  },
  {
    id: 'unitree-g1',
    name: 'Unitree G1',
    type: 'humanoid',
    batteryEnergyWh: {
      value: 421.2,
      unit: 'Wh',
      source: UNITREE_G1_BATTERY_MANUAL,
      confidence: 'datasheet',
      note: '9000 mAh, rated 46.8 V (13S).',
    },
    packVoltageNominalV: {
      value: 46.8,
      unit: 'V',
      source: UNITREE_G1_BATTERY_MANUAL,
      confidence: 'datasheet',
    },
    packVoltageMaxV: {
      value: 54.6,
      unit: 'V',
      source: UNITREE_G1_BATTERY_MANUAL,
      confidence: 'datasheet',
      note: 'Limited charge voltage; charger 54.6 V 5.5 A, ~1.5 h charge.',
    },
    capacityAh: { value: 9, unit: 'Ah', source: UNITREE_G1_BATTERY_MANUAL, confidence: 'datasheet' },
    massKg: {
      value: 35,
      unit: 'kg',
      source: UNITREE_G1_SPEC_COMPILATION,
      confidence: 'manufacturer_claim',
      note: '~35 kg incl. battery.',
    },
    claimedRuntimeH: {
      value: 2,
      unit: 'h',
      source: UNITREE_G1_SPEC_COMPILATION,
      confidence: 'manufacturer_claim',
      note: "'about 2 hours'.",
    },
    chargeCurrentA: {
      value: 5.5,
      unit: 'A',
      source: UNITREE_G1_BATTERY_MANUAL,
      confidence: 'datasheet',
      note: 'Charger 54.6 V 5.5 A (from the pack max-voltage note).',
    },
    chargeTimeH: {
      value: 1.5,
      unit: 'h',
      source: UNITREE_G1_BATTERY_MANUAL,
      confidence: 'datasheet',
      note: '~1.5 h charge (from the pack max-voltage note).',
    },
    activityPowerW: {
      averageDerived: { value: 210, unit: 'W', source: 'derived: 421 Wh / 2 h', confidence: 'derived' },
      standbyThirdparty: {
        value: 28,
        unit: 'W',
        source:
          "https://qtvue.com/blog/real-battery-life (third-party 'measurements'; internally inconsistent with Unitree's own 421 Wh rating)",
        confidence: 'estimate',
        note: "Unreliable: same blog claims 0.96 kWh pack, contradicting Unitree's 421 Wh.",
      },
      patrolThirdparty: {
        value: 110,
        unit: 'W',
        source:
          "https://qtvue.com/blog/real-battery-life (third-party 'measurements'; internally inconsistent with Unitree's own 421 Wh rating)",
        confidence: 'estimate',
        note: 'Unreliable, see above.',
      },
      walkPlusManipulationThirdparty: {
        value: 165,
        unit: 'W',
        source:
          "https://qtvue.com/blog/real-battery-life (third-party 'measurements'; internally inconsistent with Unitree's own 421 Wh rating)",
        confidence: 'estimate',
        note: 'Unreliable, see above.',
      },
    },
  },
];
