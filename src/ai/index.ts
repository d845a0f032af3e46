/**
 * On-device AI inference model: roofline time, busy fraction, feasibility, power and energy per token /
 * frame / clip. Pure functions over plain data; see docs/ai-model.md for the formulas and their sources.
 */
export * from './types';
export { analyseWorkload, NEAR_LIMIT_UTILISATION } from './analyse';
export { devicePowerW } from './power';
export { JOULES_PER_PICOJOULE, memoryShareOfTime, stepEnergy } from './energy';
export {
  DEFAULT_EFFICIENCY,
  llmBytesPerToken,
  llmKvBytesPerContextToken,
  llmKvCacheBytes,
  llmOpsPerToken,
  llmPrefillPerRequest,
  llmRoofline,
  llmWeightBytes,
  stepTime,
  unitRoofline,
  visionPerFrame,
  weightsBytes,
  worldModelPerClip,
} from './roofline';
export {
  validateDevice,
  validateEfficiency,
  validateLlmWorkload,
  validateVisionWorkload,
  validateWorkload,
  validateWorldModelWorkload,
} from './validate';
export { formatGB, formatGBps, formatNumber, formatPercent, formatTops } from './format';
