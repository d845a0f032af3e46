/** The documents the preset robots cite (./<maker>.ts), as their `source` texts. */

/** Tesla AI Day 2022 specs as reported by Teslarati. */
export const TESLARATI_AI_DAY_2022 =
  'https://www.teslarati.com/tesla-production-optimus-bot-specs-price (AI Day 2022 specs)';
/** Press summaries of the AI Day 2022 slide. */
export const AI_DAY_2022_SLIDE_SUMMARY =
  'http://www.billsmithford.com/xiyu/276 (summary of AI Day 2022 slide: 100W sit/500W walk, 2.3kWh, 52V, 73kg) ; corroborated by https://socialbites.ca/sports/tesla-optimi-s-humanoid-robot-optimus-at-ai-day-2022 and wiwo.de (73 kg)';
/** Figure F.03 battery announcement (July 2025) as quoted by the press. */
export const FIGURE_03_BATTERY =
  'https://test.eenewseurope.com/en/structural-battery-boost-for-humanoid-robot ; Figure X post 2025-07-17 quoted at http://www.renaissanceontheoceanrealty.com/index-1233.html (F.03 battery 2.3 kWh, 5 h peak-performance runtime, 2 kW charging, +94% energy density vs F.01)';
/** Unitree G1 Battery and Charger User Manual V1.0. */
export const UNITREE_G1_BATTERY_MANUAL =
  'G1 Battery and Charger User Manual V1.0 (Unitree) via https://manuals.plus/lb/unitree-robotics/g1-humanoid-robot-manual-2';
/** Unitree G1 product page / spec sheet as compiled in a public repository. */
export const UNITREE_G1_SPEC_COMPILATION =
  'Unitree G1 product page/spec sheet as compiled at https://gitea.opentesla.org/epilectrik/unitree-g1/src/branch/master/context/power-system.md (~2 h runtime, ~35 kg, 13S pack)';
/** Boston Dynamics spot-sdk: about_spot.md. */
export const SPOT_SDK_ABOUT_SPOT =
  'github boston-dynamics/spot-sdk docs/concepts/about_spot.md (also dev.bostondynamics.com/docs/concepts/about_spot)';
/** Boston Dynamics Atlas spec sheet as quoted by humanoidroster. */
export const ATLAS_SPEC_SHEET =
  'https://humanoidroster.com/robots/atlas-electric (quoting Boston Dynamics Atlas spec sheet: 1.9 m, 90 kg, 30 kg sustained payload, 56 DoF, 4 h battery, IP67, self battery swap)';
/** Third-party humanoid robot database (robots.csv). */
export const HUMANOID_ROBOT_DATABASE =
  'https://raw.githubusercontent.com/humanoid-arena-ai/humanoid-robot-database/main/data/robots.csv (Digit: 175 cm, 65 kg, 15.9 kg payload, 4 h runtime)';
/** Apptronik Apollo launch coverage (2023). */
export const APPTRONIK_LAUNCH =
  'https://www.sciencetimes.com/articles/45601/20230824/apollo-apptronik-unveiled-first-commercial-humanoid-robot-designed-transform-industrial.htm ; https://fortunescrown.com/say-hi-apollo-the-humanoid-robot-can-work-a-22-hour-workday/ (Apptronik launch: 1.73 m, 72.6 kg, 25 kg payload, 4 h swappable battery)';
/** 1X NEO press coverage. */
export const NEO_PRESS =
  'https://www.rivcut.com/manufacturing-news/1x-shows-off-neo-humanoid-robot-helping-humans-make-more-of/ (66 lb, ~4 h) ; https://ainews247.org/story/70197 (66 lb, lifts 154 lb, carries 55 lb) ; humanoid-robot-database robots.csv (29.9 kg, 4 h)';
/** UBTech Walker S2 press coverage. */
export const WALKER_S2_PRESS =
  'https://itconsultingroup.com/humanoid-robot-changes-its-own-batteries ; https://robotzone.ca/... ; https://bestjive.com/?p=4201 (48 V dual battery, 2 h walking / 4 h standing, ~90 min recharge, 3 min autonomous swap, 1.62 m, 43 kg) ; UBTech product page quoted at https://www.awesomerobots.xyz/blog/ubtech-walker-s2-autonomous-battery-swapping-24-7';
/** Neobotix MP-500 mechanical documentation. */
export const NEOBOTIX_MP500_DOCS =
  'https://www.neobotix-docs.de/hardware/en/platforms/mp-500/mechanical.html (Neobotix MP-500 AMR: 24 V, 50 Ah, payload 80 kg, 1.5 m/s)';
/** AgileX HUNTER SE specifications (TrossenRobotics docs). */
export const HUNTER_SE_DOCS =
  'github TrossenRobotics/agilex_hunter_se_docs specifications.rst (AgileX HUNTER SE: 24V30Ah, 42 kg, 50 kg payload, 2-3 h no-load)';
/** Third-party wiki page on Figure 02. */
export const AIWIKI_FIGURE_02 = 'https://aiwiki.ai/wiki/figure_02/raw';
