import { f, type FieldDef } from './define';

/**
 * The plan itself: its name and notes. One group of the field registry (src/plan/field-registry.ts).
 */
export const PLAN_FIELDS: readonly FieldDef[] = [
  f(
    'name',
    '',
    'plan',
    'Plan name',
    '계획 이름',
    'Shown in the title, the report and file names.',
    '제목, 보고서, 파일 이름에 쓰입니다.',
  ),
  f(
    'notes',
    '',
    'plan',
    'Notes',
    '메모',
    'Sources and assumptions, in your words.',
    '출처와 가정을 자유롭게 적습니다.',
  ),
];
