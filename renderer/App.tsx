import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Scenario, TargetSizing } from '../src/analysis';
import { addScenarios as addScenarioList } from '../src/plan/scenario-edits';
import type { AppTab } from '../src/analysis/tabs';
import exampleJson from '../examples/optimus-class-dx-m1.powerplan.json';
import { MessageBanner, PlanErrorsBanner } from './components/AppBanners';
import { ExportPdfDialog } from './components/ExportPdfDialog';
import { ErrorsContext } from './components/Field';
import { PlanEditor } from './components/PlanEditor';
import { PlanPanel } from './components/PlanPanel';
import { Toolbar } from './components/Toolbar';
import type { ChipScreen, SweepAxis } from './components/WhatIf';
import { WhatIfPanel } from './components/WhatIfPanel';
import { useDocumentActions, type StartupNotice } from './hooks/useDocumentActions';
import { useExports } from './hooks/useExports';
import { usePlatformCommands } from './hooks/usePlatformCommands';
import { I18nContext, makeI18n, type Lang } from './i18n';
import type { Platform } from './platform/types';
import type { ScenarioControls } from './components/whatif/ScenariosPanel';
import { addScenarios, applySizedBattery } from './state/commands';
import { useDerived } from './state/results';
import type { DocumentStore, PlanDoc } from './state/store';

export { suggestedFileName, type StartupNotice } from './hooks/useDocumentActions';

function initialLang(): Lang {
  const saved = localStorage.getItem('powerplan.lang');
  if (saved === 'en' || saved === 'ko') return saved;
  return navigator.language?.startsWith('ko') ? 'ko' : 'en';
}

/**
 * The window: the toolbar, any banner, the plan editor at the side, and the open tab (the plan with its
 * results, or one of the what-ifs). View state (tab, selection, language, the chips a "chips that fit" left
 * out) lives here; the document, its scenarios included, lives in `store`.
 */
export function App({
  platform,
  store,
  startupNotice = null,
}: {
  platform: Platform;
  store: DocumentStore;
  startupNotice?: StartupNotice | null;
}) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const { t } = i18n;
  const [tab, setTab] = useState<AppTab>('plan');
  const [selected, setSelected] = useState(0);
  // The chips left out of "chips that fit" (cleared by another ready-made set and when a plan is opened).
  const [chipScreen, setChipScreen] = useState<ChipScreen | null>(null);
  const clearChipScreen = useCallback(() => setChipScreen(null), []);
  const [sweepStart, setSweepStart] = useState<SweepAxis | null>(null);
  const derived = useDerived(state.doc);
  const deferred = useDeferredValue(derived);
  const errorsByPath = useMemo(
    () => new Map(derived.errors.map((e) => [e.path, e.message])),
    [derived.errors],
  );
  const dispatch = useCallback(
    (cmd: Parameters<DocumentStore['dispatch']>[0]) => {
      performance.mark('pp:edit');
      store.dispatch(cmd);
    },
    [store],
  );

  useEffect(() => {
    localStorage.setItem('powerplan.lang', lang);
    document.documentElement.lang = lang;
    platform.setLanguage(lang);
  }, [lang, platform]);
  useEffect(() => platform.setTitle(state.name, state.dirty), [platform, state.name, state.dirty]);
  // Edit-to-results latency (docs/performance.md): from the edit to the results being on screen.
  useEffect(() => {
    if (performance.getEntriesByName('pp:edit', 'mark').length) {
      performance.measure('pp:edit-to-results', 'pp:edit');
      performance.clearMarks('pp:edit');
    }
  }, [derived]);

  const docActions = useDocumentActions({
    platform,
    store,
    state,
    i18n,
    startupNotice,
    setSelected,
    onOpened: clearChipScreen,
  });
  const exportActions = useExports({ platform, derived, name: state.name, setBanner: docActions.setBanner });
  usePlatformCommands({ platform, store, ...docActions, ...exportActions, setTab, setLang });

  const applySize = (r: TargetSizing) => {
    if (r.plan) dispatch(applySizedBattery(r.plan.battery));
    setTab('plan');
  };
  // "Compare chips that fit" (from the verdict): the chips that fit become the plan's scenarios (one undo step).
  const compareChips = (fit: Scenario[], screen: ChipScreen) => {
    if (addScenarioList(state.doc, fit).added) dispatch(addScenarios(fit, t('cmd.addScenarios')));
    setChipScreen(screen);
    setTab('compare');
  };
  const scenarioControls: ScenarioControls = {
    doc: state.doc,
    baseline: state.baseline,
    scenarioErrors: derived.scenarioErrors,
    dispatch,
    undoLabel: state.undoLabel,
    undo: () => store.undo(),
    keepEditsInBase: () => store.rebaseline(),
  };

  return (
    <I18nContext.Provider value={i18n}>
      <ErrorsContext.Provider value={errorsByPath}>
        <div className={`app${docActions.dropping ? ' dropping' : ''}`} {...docActions.dropHandlers}>
          <Toolbar
            state={state}
            store={store}
            actions={{ ...docActions, ...exportActions }}
            tab={tab}
            onTab={setTab}
            onToggleLang={() => setLang(lang === 'en' ? 'ko' : 'en')}
          />

          {exportActions.pdfDialog && (
            <ExportPdfDialog
              scenarios={[]}
              planScenarios={state.doc.scenarios?.length ?? 0}
              onExport={(c) => void exportActions.runPdfExport(c)}
              onClose={() => exportActions.setPdfDialog(false)}
            />
          )}
          <MessageBanner banner={docActions.banner} onDismiss={() => docActions.setBanner(null)} />
          <PlanErrorsBanner errors={derived.errors} doc={state.doc} />

          <main className="layout">
            <aside className="sidebar">
              <PlanEditor
                doc={state.doc}
                dispatch={dispatch}
                selectedSegment={selected}
                result={derived.stale ? null : derived.result}
              />
            </aside>
            <section className="content">
              {tab === 'plan' && (
                <PlanPanel
                  doc={state.doc}
                  derived={derived}
                  deferred={deferred}
                  dispatch={dispatch}
                  store={store}
                  selected={selected}
                  onSelect={setSelected}
                  onCompareChips={compareChips}
                />
              )}
              {tab !== 'plan' && derived.plan && (
                <WhatIfPanel
                  tab={tab}
                  plan={derived.plan}
                  stale={derived.stale}
                  scenarioControls={scenarioControls}
                  chipScreen={chipScreen}
                  setChipScreen={setChipScreen}
                  sweepStart={sweepStart}
                  onSweep={(start) => {
                    setSweepStart(start);
                    setTab('sweep');
                  }}
                  onApplySize={applySize}
                  onExportCsv={exportActions.exportTable}
                />
              )}
            </section>
          </main>
          {docActions.dropping && <div className="drop-hint">{t('drop.hint')}</div>}
        </div>
      </ErrorsContext.Provider>
    </I18nContext.Provider>
  );
}

export const DEFAULT_EXAMPLE = exampleJson as PlanDoc;
