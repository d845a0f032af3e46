import { planningAssumption, roundTo, unsourced, type Sourced } from '../sourced';
import type { WorldModel } from './types';

/** V-JEPA 2 clip used for the encoder FLOP planning defaults: 16 frames at 256 × 256 px. */
export const VJEPA2_PLANNING_CLIP = { frames: 16, sizePx: 256, patchPx: 16, tubeletFrames: 2 } as const;

/** Tokens in one planning clip: (frames / tubelet) × (size / patch)². */
export const VJEPA2_PLANNING_CLIP_TOKENS =
  (VJEPA2_PLANNING_CLIP.frames / VJEPA2_PLANNING_CLIP.tubeletFrames) *
  (VJEPA2_PLANNING_CLIP.sizePx / VJEPA2_PLANNING_CLIP.patchPx) ** 2;

/** Attention FLOPs on top of the 2 × params × tokens matmul term, as an upper-range factor (ViT-L ≈ +34%). */
const ATTENTION_OVERHEAD_UPPER = 1.35;

function encoderClipGflops(paramsM: number): Sourced {
  const gflops = (2 * paramsM * 1e6 * VJEPA2_PLANNING_CLIP_TOKENS) / 1e9;
  return planningAssumption(
    roundTo(gflops, 4),
    'GFLOPs',
    `2 × ${paramsM}M params × ${VJEPA2_PLANNING_CLIP_TOKENS} tokens for a ${VJEPA2_PLANNING_CLIP.frames}-frame ` +
      `${VJEPA2_PLANNING_CLIP.sizePx} px clip (clip length is PowerPlan's choice; ${VJEPA2_PLANNING_CLIP.sizePx} px ` +
      `crop, patch ${VJEPA2_PLANNING_CLIP.patchPx} and tubelet ${VJEPA2_PLANNING_CLIP.tubeletFrames} are the HF ` +
      'transformers VJEPA2Config defaults); matmul term only, ' +
      'attention adds roughly 25-35% (upper end of the range). No sourced FLOP count exists.',
    [roundTo(gflops, 4), roundTo(gflops * ATTENTION_OVERHEAD_UPPER, 4)],
  );
}
/** World models: V-JEPA 2 encoders and its action-conditioned predictor. */
export const WORLD_MODELS: readonly WorldModel[] = [
  {
    kind: 'world',
    id: 'vjepa2-vitl',
    name: 'V-JEPA 2 ViT-L encoder',
    role: 'encoder',
    paramsM: {
      value: 300,
      unit: 'M params',
      source: 'https://mishig-jepawiki.hf.space/wiki/papers/2506.09985 ; arXiv 2506.09985',
      confidence: 'datasheet',
    },
    gflopsPerClip: unsourced('GFLOPs', 'No sourced FLOP count; see planningDefaults.'),
    planningDefaults: { gflopsPerClip: encoderClipGflops(300) },
  },
  {
    kind: 'world',
    id: 'vjepa2-vith',
    name: 'V-JEPA 2 ViT-H encoder',
    role: 'encoder',
    paramsM: {
      value: 600,
      unit: 'M params',
      source: 'arXiv 2506.09985 (via jepawiki)',
      confidence: 'datasheet',
    },
    gflopsPerClip: unsourced('GFLOPs', 'No sourced FLOP count; see planningDefaults.'),
    planningDefaults: { gflopsPerClip: encoderClipGflops(600) },
  },
  {
    kind: 'world',
    id: 'vjepa2-vitg',
    name: 'V-JEPA 2 ViT-g encoder',
    role: 'encoder',
    paramsM: {
      value: 1000,
      unit: 'M params',
      source: 'arXiv 2506.09985 (via jepawiki / intuitivepapers.ai)',
      confidence: 'datasheet',
      note: "'1B'",
    },
    gflopsPerClip: unsourced('GFLOPs', 'No sourced FLOP count; see planningDefaults.'),
    planningDefaults: { gflopsPerClip: encoderClipGflops(1000) },
  },
  {
    kind: 'world',
    id: 'vjepa2-ac',
    name: 'V-JEPA 2-AC action-conditioned predictor',
    role: 'predictor',
    paramsM: {
      value: 300,
      unit: 'M params',
      source: 'arXiv 2506.09985 (via jepawiki)',
      confidence: 'datasheet',
      note: '300M block-causal transformer predictor on top of frozen ViT-g encoder; trained on <62 h Droid robot video',
    },
    gflopsPerClip: unsourced(
      'GFLOPs',
      'No sourced FLOP count; per-plan cost depends on the planner (samples x steps) and is not estimated here.',
    ),
    planningLatencyS: {
      value: 16,
      unit: 's',
      source: 'https://www.abhik.ai/papers/vjepa2',
      confidence: 'press_report',
      note: 'vs ~4 min for Cosmos pixel-generation baseline; hardware not stated in source. Per action plan.',
    },
    planningDefaults: {},
  },
];
