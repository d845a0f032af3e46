import { f, type FieldDef } from './define';

/**
 * The charger. One group of the field registry (src/plan/field-registry.ts).
 */
export const CHARGER_FIELDS: readonly FieldDef[] = [
  f(
    'charger.powerW',
    'W',
    'charger',
    'Charger power',
    '충전기 전력',
    'Wall power of the charger.',
    '충전기의 입력(콘센트) 전력입니다.',
    true,
  ),
  f(
    'charger.efficiencyPercent',
    '%',
    'charger',
    'Charger efficiency',
    '충전기 효율',
    'Share of wall power that reaches the pack.',
    '콘센트 전력 중 팩에 도달하는 비율입니다.',
    true,
  ),
  f(
    'charger.endOfChargeCRate',
    'C',
    'charger',
    'End-of-charge current',
    '충전 종료 전류',
    'The CV phase ends when the current falls to it.',
    '정전압 구간에서 전류가 이 값까지 떨어지면 충전이 끝납니다.',
    true,
  ),
];
