import { planningAssumption, unsourced, type Sourced } from './sourced';

/** Tesla AI Day 2022 specs as reported by Teslarati. */
const TESLARATI_AI_DAY_2022 =
  'https://www.teslarati.com/tesla-production-optimus-bot-specs-price (AI Day 2022 specs)';
/** Press summaries of the AI Day 2022 slide. */
const AI_DAY_2022_SLIDE_SUMMARY =
  'http://www.billsmithford.com/xiyu/276 (summary of AI Day 2022 slide: 100W sit/500W walk, 2.3kWh, 52V, 73kg) ; corroborated by https://socialbites.ca/sports/tesla-optimi-s-humanoid-robot-optimus-at-ai-day-2022 and wiwo.de (73 kg)';
/** Figure F.03 battery announcement (July 2025) as quoted by the press. */
const FIGURE_03_BATTERY =
  'https://test.eenewseurope.com/en/structural-battery-boost-for-humanoid-robot ; Figure X post 2025-07-17 quoted at http://www.renaissanceontheoceanrealty.com/index-1233.html (F.03 battery 2.3 kWh, 5 h peak-performance runtime, 2 kW charging, +94% energy density vs F.01)';
/** Unitree G1 Battery and Charger User Manual V1.0. */
const UNITREE_G1_BATTERY_MANUAL =
  'G1 Battery and Charger User Manual V1.0 (Unitree) via https://manuals.plus/lb/unitree-robotics/g1-humanoid-robot-manual-2';
/** Unitree G1 product page / spec sheet as compiled in a public repository. */
const UNITREE_G1_SPEC_COMPILATION =
  'Unitree G1 product page/spec sheet as compiled at https://gitea.opentesla.org/epilectrik/unitree-g1/src/branch/master/context/power-system.md (~2 h runtime, ~35 kg, 13S pack)';
/** Boston Dynamics spot-sdk: about_spot.md. */
const SPOT_SDK_ABOUT_SPOT =
  'github boston-dynamics/spot-sdk docs/concepts/about_spot.md (also dev.bostondynamics.com/docs/concepts/about_spot)';
/** Boston Dynamics Atlas spec sheet as quoted by humanoidroster. */
const ATLAS_SPEC_SHEET =
  'https://humanoidroster.com/robots/atlas-electric (quoting Boston Dynamics Atlas spec sheet: 1.9 m, 90 kg, 30 kg sustained payload, 56 DoF, 4 h battery, IP67, self battery swap)';
/** Third-party humanoid robot database (robots.csv). */
const HUMANOID_ROBOT_DATABASE =
  'https://raw.githubusercontent.com/humanoid-arena-ai/humanoid-robot-database/main/data/robots.csv (Digit: 175 cm, 65 kg, 15.9 kg payload, 4 h runtime)';
/** Apptronik Apollo launch coverage (2023). */
const APPTRONIK_LAUNCH =
  'https://www.sciencetimes.com/articles/45601/20230824/apollo-apptronik-unveiled-first-commercial-humanoid-robot-designed-transform-industrial.htm ; https://fortunescrown.com/say-hi-apollo-the-humanoid-robot-can-work-a-22-hour-workday/ (Apptronik launch: 1.73 m, 72.6 kg, 25 kg payload, 4 h swappable battery)';
/** 1X NEO press coverage. */
const NEO_PRESS =
  'https://www.rivcut.com/manufacturing-news/1x-shows-off-neo-humanoid-robot-helping-humans-make-more-of/ (66 lb, ~4 h) ; https://ainews247.org/story/70197 (66 lb, lifts 154 lb, carries 55 lb) ; humanoid-robot-database robots.csv (29.9 kg, 4 h)';
/** UBTech Walker S2 press coverage. */
const WALKER_S2_PRESS =
  'https://itconsultingroup.com/humanoid-robot-changes-its-own-batteries ; https://robotzone.ca/... ; https://bestjive.com/?p=4201 (48 V dual battery, 2 h walking / 4 h standing, ~90 min recharge, 3 min autonomous swap, 1.62 m, 43 kg) ; UBTech product page quoted at https://www.awesomerobots.xyz/blog/ubtech-walker-s2-autonomous-battery-swapping-24-7';
/** Neobotix MP-500 mechanical documentation. */
const NEOBOTIX_MP500_DOCS =
  'https://www.neobotix-docs.de/hardware/en/platforms/mp-500/mechanical.html (Neobotix MP-500 AMR: 24 V, 50 Ah, payload 80 kg, 1.5 m/s)';
/** AgileX HUNTER SE specifications (TrossenRobotics docs). */
const HUNTER_SE_DOCS =
  'github TrossenRobotics/agilex_hunter_se_docs specifications.rst (AgileX HUNTER SE: 24V30Ah, 42 kg, 50 kg payload, 2-3 h no-load)';
/** Third-party wiki page on Figure 02. */
const AIWIKI_FIGURE_02 = 'https://aiwiki.ai/wiki/figure_02/raw';

export type RobotType = 'humanoid' | 'quadruped' | 'amr' | 'ugv';

export interface Robot {
  readonly id: string;
  readonly name: string;
  readonly type: RobotType;
  readonly batteryEnergyWh: Sourced;
  readonly packVoltageNominalV: Sourced;
  readonly packVoltageMaxV?: Sourced;
  readonly capacityAh?: Sourced;
  readonly massKg: Sourced;
  readonly payloadKg?: Sourced;
  /** Runtime the maker (or press) claims per charge. */
  readonly claimedRuntimeH: Sourced;
  readonly standbyRuntimeH?: Sourced;
  readonly chargePowerW?: Sourced;
  readonly chargeCurrentA?: Sourced;
  readonly chargeTimeH?: Sourced;
  /** Whole-robot power by activity; keys are activity names (averages over claimed runtime are 'derived'). */
  readonly activityPowerW: Readonly<Record<string, Sourced>>;
  /** Figures that fit no field above; keys end in their unit. */
  readonly otherFigures?: Readonly<Record<string, Sourced>>;
  readonly computeNote?: string;
  /** PowerPlan estimates used only where the catalog has no value. */
  readonly planningDefaults?: { readonly packVoltageNominalV?: Sourced };
}

/** Preset robots. Average powers tagged 'derived' are battery energy ÷ claimed runtime, not measurements. */
export const ROBOTS: readonly Robot[] = [
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
