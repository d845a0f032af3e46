/**
 * The few host globals the model uses beyond ES2023: every host it runs in (Node ≥ 20, browsers, the
 * renderer's Web Worker) provides them. Declared here, in their smallest shape, for tsconfig.model.json only
 * — it has neither DOM nor Node types, so `window`, `document` or `process` do not compile in the model. The
 * other worlds (tsconfig.node/tests/renderer/app.json) leave this file out and see the full host types.
 */

/** Cancellation of a long analysis (sweep, sensitivity): only whether it was aborted is read. */
interface AbortSignal {
  readonly aborted: boolean;
}

/** Yields to the event loop between chunks of a long analysis. */
declare function setTimeout(callback: () => void, ms?: number): unknown;

/** A deep copy of plain data. */
declare function structuredClone<T>(value: T): T;

/** UTF-8 encoding, for byte limits on plan text. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
