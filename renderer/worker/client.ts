import type { AnalysisRequest, AnalysisResultOf, WorkerMessage } from './protocol';

type Kind = AnalysisRequest['kind'];
type RequestOf<K extends Kind> = Omit<Extract<AnalysisRequest, { kind: K }>, 'id'>;

export interface RunningAnalysis<T> {
  promise: Promise<T>;
  cancel(): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve(v: unknown): void; reject(e: Error): void; progress?: (d: number, t: number) => void }
>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.progress?.(m.done, m.total);
      else {
        pending.delete(m.id);
        if (m.type === 'result') p.resolve(m.result);
        else p.reject(new Error(m.message));
      }
    };
  }
  return worker;
}

/** Run an analysis in the Web Worker, with progress and cancellation; the UI thread stays free. */
export function runAnalysis<K extends Kind>(
  request: RequestOf<K>,
  onProgress?: (done: number, total: number) => void,
): RunningAnalysis<AnalysisResultOf[K]> {
  const id = nextId++;
  const w = getWorker();
  const promise = new Promise<AnalysisResultOf[K]>((resolve, reject) => {
    pending.set(id, {
      resolve: resolve as (v: unknown) => void,
      reject,
      ...(onProgress ? { progress: onProgress } : {}),
    });
  });
  w.postMessage({ ...request, id });
  return { promise, cancel: () => w.postMessage({ type: 'cancel', id }) };
}
