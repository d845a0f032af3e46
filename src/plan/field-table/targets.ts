import { f, type FieldDef } from './define';

/**
 * Targets: runtime, charge time, lifetime and pack mass.
 * One group of the field registry (src/plan/field-registry.ts).
 */
export const TARGET_FIELDS: readonly FieldDef[] = [
  f(
    'targets.runtimeHours',
    'h',
    'targets',
    'Runtime target',
    '운용 시간 목표',
    'Runtime per charge the plan must reach (new and at end of life).',
    '계획이 도달해야 하는 충전당 운용 시간입니다(새 팩과 수명 종료 시).',
  ),
  f(
    'targets.chargeTimeMin',
    'min',
    'targets',
    'Charge-time target',
    '충전 시간 목표',
    'Longest acceptable charge from the reserve to full.',
    '예비 잔량에서 가득 찰 때까지 허용되는 최장 충전 시간입니다.',
  ),
  f(
    'targets.lifetimeYears',
    'years',
    'targets',
    'Lifetime target',
    '수명 목표',
    'Years until the pack reaches 80 % health.',
    '팩이 배터리 건전성 80 %에 이를 때까지의 햇수입니다.',
  ),
  f(
    'targets.maxPackMassPercent',
    '%',
    'targets',
    'Pack mass limit',
    '팩 질량 한도',
    'Largest share of the robot’s total mass the pack may take (sizing flags heavier packs).',
    '팩이 로봇 총질량에서 차지해도 되는 최대 비율입니다(사이징에서 더 무거운 팩을 표시).',
  ),
];
