import type { Sourced } from '../sourced';

export interface LlmModel {
  readonly kind: 'llm';
  readonly id: string;
  readonly name: string;
  readonly paramsB: Sourced;
  readonly layers: Sourced;
  readonly attentionHeads: Sourced;
  readonly kvHeads: Sourced;
  readonly headDim: Sourced;
  readonly hiddenSize: Sourced;
  /** Vocabulary size: the output head is vocab × hidden, read in full for every decoded token. */
  readonly vocabSize: Sourced;
  /** MLP inner size (the input length of the down projection; GGUF fall-backs depend on it). */
  readonly intermediateSize: Sourced;
  /** Input embedding and output head are one table (`tie_word_embeddings`). */
  readonly tiedEmbeddings: Sourced<boolean>;
  /**
   * Layers with a sliding-window KV cache (Gemma's local layers keep only the last `windowTokens`); the other
   * attention layers keep the whole context.
   */
  readonly slidingWindow?: { readonly windowTokens: Sourced; readonly slidingLayers: number };
  /** KV cache per token at FP16 = 2 × layers × kvHeads × headDim × 2 bytes (full-attention upper bound). */
  readonly kvCacheBytesPerTokenFp16: Sourced;
  readonly typicalQuantization: string;
  readonly notes?: string;
  /** PowerPlan planning choices (never sourced figures). */
  readonly planningDefaults: { readonly bitsPerWeight: Sourced };
}

export interface VisionModel {
  readonly kind: 'vision';
  readonly id: string;
  readonly name: string;
  readonly inputSizePx: number;
  readonly paramsM: Sourced;
  readonly gflopsPerFrame: Sourced;
  readonly typicalQuantization: string;
}

export interface WorldModel {
  readonly kind: 'world';
  readonly id: string;
  readonly name: string;
  readonly role: 'encoder' | 'predictor';
  readonly paramsM: Sourced;
  /** FLOPs per clip; null when unsourced (see planningDefaults). */
  readonly gflopsPerClip: Sourced;
  readonly planningLatencyS?: Sourced;
  /** PowerPlan estimates used only where the catalog has no value. */
  readonly planningDefaults: { readonly gflopsPerClip?: Sourced };
}

export type Model = LlmModel | VisionModel | WorldModel;
