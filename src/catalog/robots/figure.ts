import { unsourced } from '../sourced';
import type { Robot } from './types';
import { AIWIKI_FIGURE_02, FIGURE_03_BATTERY } from './sources';

/** Figure: Figure 02 and the F.03 battery. */
export const FIGURE_ROBOTS: readonly Robot[] = [
  {
    id: 'figure-02',
    name: 'Figure 02',
    type: 'humanoid',
    batteryEnergyWh: {
      value: 2250,
      unit: 'Wh',
      source:
        'https://www.nextbigfuture.com/2024/08/figure-2-humanoid-bot.html (Figure/Brett Adcock launch material: 2.25 kWh, +50% vs F.01) ; https://aiwiki.ai/wiki/figure_02/raw (2,250 Wh, ~5 h, 70 kg, 168 cm)',
      confidence: 'manufacturer_claim',
      note: 'Torso-integrated custom pack; 50%+ more energy than Figure 01.',
    },
    packVoltageNominalV: unsourced('V', 'Not published.'),
    massKg: {
      value: 70,
      unit: 'kg',
      range: [56.7, 70],
      source: AIWIKI_FIGURE_02,
      confidence: 'third_party_compilation',
      note: 'Conflicting third-party figures (56.7-70 kg); Figure did not publish mass in launch material found.',
    },
    claimedRuntimeH: {
      value: 5,
      unit: 'h',
      source: AIWIKI_FIGURE_02,
      confidence: 'press_report',
      note: '~5 h widely reported; some blogs say 4+ h.',
    },
    activityPowerW: {
      averageDerived: {
        value: 450,
        unit: 'W',
        source: 'derived: 2250 Wh / 5 h',
        confidence: 'derived',
        note: 'Average over claimed runtime; not a measured activity power.',
      },
    },
    computeNote: "onboard; '3x compute of Figure 01', two GPUs reported (heymanoid.pages.dev)",
  },
  {
    id: 'figure-03-battery',
    name: 'Figure 03 (F.03 battery)',
    type: 'humanoid',
    batteryEnergyWh: { value: 2300, unit: 'Wh', source: FIGURE_03_BATTERY, confidence: 'manufacturer_claim' },
    packVoltageNominalV: unsourced('V', 'Not published.'),
    massKg: unsourced('kg', 'Not found in sources searched.'),
    claimedRuntimeH: {
      value: 5,
      unit: 'h',
      source: FIGURE_03_BATTERY,
      confidence: 'manufacturer_claim',
      note: "'5 hours of runtime at peak performance'.",
    },
    chargePowerW: {
      value: 2000,
      unit: 'W',
      source: FIGURE_03_BATTERY,
      confidence: 'manufacturer_claim',
      note: '2 kW fast charging with active cooling.',
    },
    activityPowerW: {
      averagePeakDerived: { value: 460, unit: 'W', source: 'derived: 2300 Wh / 5 h', confidence: 'derived' },
    },
  },
];
