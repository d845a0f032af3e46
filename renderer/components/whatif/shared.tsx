import { useEffect, useRef, useState } from 'react';
import type { VerdictReason } from '../../../src/sim/verdict';
import { useI18n } from '../../i18n';
import { runAnalysis, type RunningAnalysis } from '../../worker/client';
import type { AnalysisRequest, AnalysisResultOf } from '../../worker/protocol';

/** Hands a table to the platform's CSV export (desktop: Save dialog; web: download). */
export type ExportCsv = (csv: string, what: string) => void;

type Kind = AnalysisRequest['kind'];

/** Run an analysis in the worker whenever `request` changes; expose progress and cancel. */
export function useAnalysis<K extends Kind>(
  request: Omit<Extract<AnalysisRequest, { kind: K }>, 'id'> | null,
) {
  const [state, setState] = useState<{
    result: AnalysisResultOf[K] | null;
    error: string | null;
    progress: [number, number] | null;
    cancelled: boolean;
  }>({ result: null, error: null, progress: null, cancelled: false });
  const running = useRef<RunningAnalysis<AnalysisResultOf[K]> | null>(null);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return;
    running.current?.cancel();
    setState((s) => ({ ...s, error: null, progress: [0, 1], cancelled: false }));
    const run = runAnalysis<K>(request as never, (done, total) =>
      setState((s) => ({ ...s, progress: [done, total] })),
    );
    running.current = run;
    let live = true;
    run.promise.then(
      (result) =>
        live &&
        setState({
          result,
          error: null,
          progress: null,
          cancelled: (result as { cancelled?: boolean }).cancelled === true,
        }),
      (e: Error) => live && setState({ result: null, error: e.message, progress: null, cancelled: false }),
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ...state, cancel: () => running.current?.cancel() };
}

/** A running analysis: how far it has got, and Cancel. */
export function Progress({ progress, onCancel }: { progress: [number, number] | null; onCancel(): void }) {
  const { t } = useI18n();
  if (!progress) return null;
  return (
    <div className="progress" role="status" data-testid="progress">
      <progress value={progress[0]} max={Math.max(1, progress[1])} />{' '}
      {t('progress.running', { done: progress[0], total: progress[1] })}
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </div>
  );
}

/**
 * An analysis with nothing to analyse: the plan cannot run (or rests on a missing figure), so its answer is
 * withheld, with the plan's reasons.
 */
export function BlockedBanner({
  blockedBy,
  what,
}: {
  blockedBy: { feasibility: 'infeasible' | 'unknown'; reasons: VerdictReason[] };
  what: string;
}) {
  const { t, phrase: i18nPhrase } = useI18n();
  const infeasible = blockedBy.feasibility === 'infeasible';
  return (
    <div
      className={`verdict verdict-${blockedBy.feasibility}`}
      role="alert"
      data-testid="analysis-blocked"
      data-feasibility={blockedBy.feasibility}
    >
      <div className="verdict-head">
        <span className="verdict-icon" aria-hidden="true">
          {infeasible ? '✗' : '?'}
        </span>
        <strong>
          {t(infeasible ? 'verdict.infeasible' : 'verdict.unknown')} {what}
        </strong>
      </div>
      <ul>
        {blockedBy.reasons.map((r) => (
          <li key={r.code + r.message}>{i18nPhrase(r.text)}</li>
        ))}
      </ul>
    </div>
  );
}
