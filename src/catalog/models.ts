/**
 * Preset models: LLMs (./models/llms.ts), vision models (./models/vision.ts) and world models
 * (./models/world.ts), and the list of them all.
 */
import type { Model } from './models/types';
import { LLMS } from './models/llms';
import { VISION_MODELS } from './models/vision';
import { WORLD_MODELS } from './models/world';

export type { LlmModel, Model, VisionModel, WorldModel } from './models/types';
export { DEFAULT_BITS_PER_WEIGHT, LLMS, TYPICAL_ON_DEVICE_QUANTIZATION } from './models/llms';
export { VISION_MODELS } from './models/vision';
export { VJEPA2_PLANNING_CLIP, VJEPA2_PLANNING_CLIP_TOKENS, WORLD_MODELS } from './models/world';

/** Every model, LLMs first. */
export const MODELS: readonly Model[] = [...LLMS, ...VISION_MODELS, ...WORLD_MODELS];
