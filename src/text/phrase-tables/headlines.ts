/**
 * The headline results' words (src/analysis/headlines.ts): the cards of the app and the PDF and the CLI
 * summary's headline rows. English and Korean; see src/text/phrases.ts.
 */
export const HEADLINE_PHRASES = {
  'headline.target': { en: 'target {target}', ko: '목표 {target}' },
  'headline.noTarget': { en: 'no target', ko: '목표 없음' },
  'headline.noCharger': { en: 'no charger', ko: '충전기 없음' },
  'headline.unbounded': { en: 'unbounded', ko: '무제한' },
  'headline.overFifty': { en: 'over 50 years', ko: '50년 이상' },
  'headline.infeasible': {
    en: 'Cannot run: this plan cannot run as written',
    ko: '실행 불가: 이 계획대로는 실행할 수 없습니다',
  },
  'headline.unknown': { en: 'unknown: a figure it needs is missing', ko: '알 수 없음: 필요한 값이 없습니다' },
  'headline.notAvailable': {
    en: 'not computed: the plan has no charger',
    ko: '계산 안 됨: 계획에 충전기가 없습니다',
  },
  'headline.computeCapped': {
    en: "AI compute counted at the chip's maximum power: the workloads ask more than the chip can do",
    ko: 'AI 연산은 칩의 최대 전력으로 계산됨: 워크로드가 칩의 능력을 넘습니다',
  },
  'headline.endsAt': { en: 'ends at the {end}', ko: '{end}에서 끝남' },
  'headline.to80': { en: 'to 80 %: {h}', ko: '80 %까지 {h}' },
  'headline.fullAt': { en: 'full = {pct} (end of the CV taper)', ko: '완충 = {pct} (정전압 충전 끝)' },
  'headline.atReserve': { en: '{n} at the reserve', ko: '예비 잔량에서 {n}회' },
  'headline.inCycle': { en: '{n} in the cycle', ko: '주기 중 {n}회' },
  'headline.afterDay': { en: '{n} after the day', ko: '일과 후 {n}회' },
  'headline.efc': { en: '{efc} full cycles/day', ko: '하루 {efc} 완전 사이클' },
  'headline.lastValid': { en: 'last valid version', ko: '마지막 유효 계획' },
  'status.met': { en: 'meets target', ko: '목표 달성' },
  'status.near': {
    en: 'within 10 % of target (missed by less than a tenth)',
    ko: '목표의 10 % 이내 (목표에 10 % 미만으로 못 미침)',
  },
  'status.missed': { en: 'misses target', ko: '목표 미달' },
  'status.unknown': { en: 'unknown: a figure it needs is missing', ko: '알 수 없음: 필요한 값이 없습니다' },
} as const;
