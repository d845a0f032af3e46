/**
 * Preset robots: one file a maker in ./robots/, merged here in catalog order.
 */
import type { Robot } from './robots/types';
import { TESLA_ROBOTS } from './robots/tesla';
import { FIGURE_ROBOTS } from './robots/figure';
import { UNITREE_ROBOTS } from './robots/unitree';
import { BOSTON_DYNAMICS_ROBOTS } from './robots/boston-dynamics';
import { AGILITY_ROBOTS } from './robots/agility';
import { APPTRONIK_ROBOTS } from './robots/apptronik';
import { ONE_X_ROBOTS } from './robots/1x';
import { UBTECH_ROBOTS } from './robots/ubtech';
import { NEOBOTIX_ROBOTS } from './robots/neobotix';
import { AGILEX_ROBOTS } from './robots/agilex';

export type { Robot, RobotType } from './robots/types';

/** Preset robots. Average powers tagged 'derived' are battery energy ÷ claimed runtime, not measurements. */
export const ROBOTS: readonly Robot[] = [
  ...TESLA_ROBOTS,
  ...FIGURE_ROBOTS,
  ...UNITREE_ROBOTS,
  ...BOSTON_DYNAMICS_ROBOTS,
  ...AGILITY_ROBOTS,
  ...APPTRONIK_ROBOTS,
  ...ONE_X_ROBOTS,
  ...UBTECH_ROBOTS,
  ...NEOBOTIX_ROBOTS,
  ...AGILEX_ROBOTS,
];
