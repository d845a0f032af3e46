// Plan paths live with the plan (src/plan/paths.ts); analyses read them from here too.
export * from '../plan/paths';
