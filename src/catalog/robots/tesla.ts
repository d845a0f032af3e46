import type { Robot } from './types';
import { AI_DAY_2022_SLIDE_SUMMARY, TESLARATI_AI_DAY_2022 } from './sources';

/** Tesla: Optimus as presented at AI Day 2022. */
export const TESLA_ROBOTS: readonly Robot[] = [
  {
    id: 'tesla-optimus-2022',
    name: 'Tesla Optimus (AI Day 2022 production-intent prototype; figures often re-quoted for Gen 2)',
    type: 'humanoid',
    batteryEnergyWh: {
      value: 2300,
      unit: 'Wh',
      source: TESLARATI_AI_DAY_2022,
      confidence: 'manufacturer_claim',
      note: "Presented at AI Day 2022 (Sep 30 2022). Often attributed to 'Gen 2' in blogs, but Tesla has not published a Gen 2/Gen 3 battery spec (https://news.deploy.report/explainers/tesla-optimus-battery-life (states Tesla never published Gen2+ battery spec)).",
    },
    packVoltageNominalV: {
      value: 52,
      unit: 'V',
      source: AI_DAY_2022_SLIDE_SUMMARY,
      confidence: 'press_report',
      note: 'Rated voltage from AI Day 2022 slide as summarized by press.',
    },
    massKg: {
      value: 73,
      unit: 'kg',
      source: AI_DAY_2022_SLIDE_SUMMARY,
      confidence: 'press_report',
      note: 'AI Day 2022 prototype. Gen 2 (Dec 2023) reported ~57 kg (https://wifitalents.com/tesla-optimus-statistics ; https://robotsin.life/robots/tesla-optimus-gen2 (Gen 2: 57 kg, 173 cm)), range 56.6-73 kg depending on version.',
    },
    claimedRuntimeH: {
      value: null,
      unit: 'h',
      source: TESLARATI_AI_DAY_2022,
      confidence: 'manufacturer_claim',
      note: "'about a full day's work' - no hour figure given. Third-party sites quote 3-5 h or 8 h without primary source.",
    },
    activityPowerW: {
      sitting: { value: 100, unit: 'W', source: TESLARATI_AI_DAY_2022, confidence: 'manufacturer_claim' },
      walkingBriskly: {
        value: 500,
        unit: 'W',
        source: TESLARATI_AI_DAY_2022,
        confidence: 'manufacturer_claim',
      },
    },
    otherFigures: {
      gen2MassKg: {
        value: 57,
        unit: 'kg',
        range: [56.6, 57],
        source:
          'https://wifitalents.com/tesla-optimus-statistics ; https://robotsin.life/robots/tesla-optimus-gen2 (Gen 2: 57 kg, 173 cm)',
        confidence: 'third_party_compilation',
        note: 'Optimus Gen 2 (Dec 2023); stated in the research catalog note on the 2022 mass. Some sources give 56.6 kg.',
      },
    },
    computeNote: 'Tesla FSD-class SoC (1 per robot)',
  },
];
