import { f, type FieldDef } from './define';

/**
 * Accessories and power conversion. One group of the field registry (src/plan/field-registry.ts).
 */
export const ACCESSORY_AND_CONVERSION_FIELDS: readonly FieldDef[] = [
  f(
    'accessories[].label',
    '',
    'accessories',
    'Accessory name',
    '부가 장치 이름',
    'Sensors, radios, cooling, lights.',
    '센서, 무선, 냉각, 조명 등입니다.',
  ),
  f(
    'accessories[].powerW',
    'W',
    'accessories',
    'Accessory power',
    '부가 장치 전력',
    'Power while on.',
    '켜져 있을 때의 전력입니다.',
    true,
  ),
  f(
    'accessories[].mode',
    '',
    'accessories',
    'When on',
    '켜지는 때',
    'Always, or only in the segments that turn it on.',
    '항상, 또는 켜도록 정한 구간에서만입니다.',
  ),
  f(
    'powerConversion.dcdcEfficiencyPercent',
    '%',
    'conversion',
    'DC-DC efficiency',
    'DC-DC 변환 효율',
    'Converter efficiency for compute and accessories.',
    '연산 장치와 부가 장치용 변환기 효율입니다.',
    true,
  ),
  f(
    'powerConversion.locomotionEfficiencyPercent',
    '%',
    'conversion',
    'Drive efficiency',
    '구동부 변환 효율',
    'Efficiency between the pack and the locomotion power (100 % if the activity power is measured at the pack).',
    '팩과 구동 전력 사이의 효율입니다(동작 전력을 팩에서 쟀다면 100 %).',
    true,
  ),
];
