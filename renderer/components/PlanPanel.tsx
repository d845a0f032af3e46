import { screenChips, type Scenario } from '../../src/analysis';
import type { SimulationResult } from '../../src/sim/simulate';
import { useI18n } from '../i18n';
import { applyFix } from '../state/commands';
import type { Derived } from '../state/results';
import type { DocumentStore, PlanDoc } from '../state/store';
import { DutyCycleEditor } from './DutyCycle';
import type { Dispatch } from './editor/fields';
import { ResultCards, ResultsPanel, VerdictBanner } from './Results';
import { StatusLegend } from './StatusLegend';
import type { ChipScreen } from './WhatIf';

/** The device named by an infeasible or unknown AI reason (the first device otherwise). */
function failingDevice(r: SimulationResult): string | undefined {
  const reasons = [...r.infeasibleReasons, ...r.unknownReasons];
  const bad = r.ai.find((a) =>
    a.analysis.issues.some((i) => reasons.some((x) => x.code === i.code && x.message.includes(i.message))),
  );
  return bad?.deviceId ?? r.devices.find((d) => reasons.some((x) => x.message.includes(d.name)))?.id;
}

/** Open the device's card in the editor and focus its first figure to enter. */
function focusDeviceFigures(deviceId: string | undefined): void {
  const card = document.querySelector<HTMLElement>(
    deviceId ? `[data-testid="device-${deviceId}"]` : '[data-testid^="device-"]',
  );
  if (!card) return;
  card.closest('details')?.setAttribute('open', '');
  card.scrollIntoView({ block: 'center' });
  (card.querySelector<HTMLInputElement>('input[data-required="1"]') ?? card.querySelector('input'))?.focus();
}

/**
 * The Plan tab: the verdict and the headline cards, the duty-cycle editor, then the charts and remarks (of the
 * deferred result, so typing never waits for them).
 */
export function PlanPanel({
  doc,
  derived,
  deferred,
  dispatch,
  store,
  selected,
  onSelect,
  onCompareChips,
}: {
  doc: PlanDoc;
  derived: Derived;
  /** `derived`, deferred (React renders the charts from it after the cards). */
  deferred: Derived;
  dispatch: Dispatch;
  store: DocumentStore;
  selected: number;
  onSelect(index: number): void;
  /** Compare the catalog chips that can run the failing device's workloads (and say which cannot). */
  onCompareChips(fit: Scenario[], screen: ChipScreen): void;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      {/* The headline first: the result cards above the editor, updating with every edit. */}
      {derived.result && derived.plan && (
        <div className={derived.stale ? 'stale' : ''} aria-busy={derived.stale}>
          {!derived.stale && (
            <VerdictBanner
              result={derived.result}
              onCompareChips={() => {
                const device = failingDevice(derived.result!) ?? derived.plan!.compute[0]?.id;
                if (!device) return;
                const screened = screenChips(derived.plan!, device, lang);
                onCompareChips(screened.fit, { cannot: screened.cannot, unknown: screened.unknown });
              }}
              onEnterChipFigures={() => focusDeviceFigures(failingDevice(derived.result!))}
            />
          )}
          <ResultCards plan={derived.plan} result={derived.result} stale={derived.stale} />
          {!derived.stale && <StatusLegend result={derived.result} />}
        </div>
      )}
      <h2>{t('section.dutyCycle')}</h2>
      <DutyCycleEditor
        doc={doc}
        dispatch={dispatch}
        endGesture={() => store.endGesture()}
        selected={selected}
        onSelect={onSelect}
      />
      {derived.result && derived.plan && (
        <div className={derived.stale ? 'stale' : ''} aria-busy={derived.stale}>
          <ResultsPanel
            onApply={(label, changes) => dispatch(applyFix(label, changes))}
            stale={derived.stale}
            result={derived.result}
            deferred={
              deferred.plan && deferred.result
                ? { plan: deferred.plan, result: deferred.result }
                : { plan: derived.plan, result: derived.result }
            }
          />
        </div>
      )}
    </>
  );
}
