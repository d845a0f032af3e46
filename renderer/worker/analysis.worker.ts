/// <reference lib="webworker" />
import type { AnalysisRequest, ControlMessage, WorkerMessage } from './protocol';
import { runRequest } from './run';

const controllers = new Map<number, AbortController>();
const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<AnalysisRequest | ControlMessage>) => {
  const msg = e.data;
  if ('type' in msg && msg.type === 'cancel') {
    controllers.get(msg.id)?.abort();
    return;
  }
  const req = msg as AnalysisRequest;
  const ctl = new AbortController();
  controllers.set(req.id, ctl);
  try {
    const result = await runRequest(
      req,
      (done, total) => post({ id: req.id, type: 'progress', done, total }),
      ctl.signal,
    );
    post({ id: req.id, type: 'result', result });
  } catch (err) {
    post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  } finally {
    controllers.delete(req.id);
  }
};
