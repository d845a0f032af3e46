import { f, type FieldDef } from './define';

/**
 * The robot: its name, mass without the pack, activities and mass scaling.
 * One group of the field registry (src/plan/field-registry.ts).
 */
export const ROBOT_FIELDS: readonly FieldDef[] = [
  f(
    'robot.name',
    '',
    'robot',
    'Robot name',
    '로봇 이름',
    'The robot this plan is for.',
    '이 계획의 대상 로봇입니다.',
  ),
  f(
    'robot.massWithoutBatteryKg',
    'kg',
    'robot',
    'Mass without battery',
    '배터리 제외 질량',
    'Robot mass without its pack; the pack is added for mass-scaled power.',
    '팩을 뺀 로봇 질량입니다. 질량 비례 전력 계산에는 팩 질량이 더해집니다.',
    true,
  ),
  f(
    'robot.activities[].label',
    '',
    'robot',
    'Activity name',
    '동작 이름',
    'What the robot does, e.g. "Walking".',
    '로봇이 하는 동작입니다(예: "보행").',
  ),
  f(
    'robot.activities[].powerW',
    'W',
    'robot',
    'Power',
    '전력',
    'Whole-robot power for this activity at the reference mass, without AI compute and accessories.',
    '기준 질량에서 이 동작의 로봇 전체 전력입니다(AI 연산과 부가 장치 제외).',
    true,
  ),
  f(
    'robot.massScaling.referenceMassKg',
    'kg',
    'robot',
    'Reference mass',
    '기준 질량',
    'Total mass at which the activity powers were measured.',
    '동작 전력을 측정한 총질량입니다.',
    true,
  ),
  f(
    'robot.massScaling.exponent',
    '',
    'robot',
    'Mass exponent',
    '질량 지수',
    'Power ∝ (mass / reference)^k; k ≈ 1 for legged locomotion.',
    '전력 ∝ (질량/기준)^k 이며, 보행 로봇은 k ≈ 1 입니다.',
    true,
  ),
];
