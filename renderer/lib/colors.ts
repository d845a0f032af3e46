/** Colours per energy category: the same in every chart, the timeline and the report. */
export const CATEGORY_COLORS = {
  locomotion: '#3b6fb6',
  compute: '#e8871e',
  accessories: '#3f9a52',
  conversionLoss: '#9a6bb0',
  batteryLoss: '#d14b4b',
} as const;

/** Colours for activities in the timeline, in activity order; rest and charge have their own. */
export const ACTIVITY_COLORS = [
  '#3b6fb6',
  '#5fa8d3',
  '#7b5ea7',
  '#c2659a',
  '#d9822b',
  '#6b8e23',
  '#8c6d46',
  '#2a9d8f',
];
export const REST_COLOR = '#9aa3ad';
export const CHARGE_COLOR = '#3f9a52';

export const STATUS_COLORS = { ok: '#2e8540', near: '#c77700', bad: '#c62828' } as const;
