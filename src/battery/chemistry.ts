/** Lithium-ion chemistries PowerPlan models. */
export const CHEMISTRIES = ['NMC', 'NCA', 'LFP'] as const;
export type Chemistry = (typeof CHEMISTRIES)[number];
