import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { screenChips, type Scenario, type TargetSizing } from '../src/analysis';
import type { SimulationResult } from '../src/sim/simulate';
import type { MenuCommand } from '../src/ipc/contract';
import { APP_TABS, type AppTab } from '../src/ipc/tabs';
import { analysisOfTab } from '../src/analysis/registry';
import { parsePlanText, planFileText } from '../src/plan/load';
import { describePath } from '../src/plan/describe-path';
import { seriesToCsv } from '../src/report/csv';
import exampleJson from '../examples/optimus-class-dx-m1.powerplan.json';
import blankJson from './blank-plan.json';
import { DutyCycleEditor } from './components/DutyCycle';
import { ErrorsContext } from './components/Field';
import { PlanEditor } from './components/PlanEditor';
import { ResultCards, ResultsPanel, VerdictBanner } from './components/Results';
import { CompareView, SensitivityView, SizingView, SweepView, type ChipScreen } from './components/WhatIf';
import { I18nContext, makeI18n, type Lang } from './i18n';
import { readPlanFile } from './platform/web';
import type { Platform } from './platform/types';
import { applyFix, applySizedBattery } from './state/commands';
import { ExportPdfDialog, type PdfChoices } from './components/ExportPdfDialog';
import { useDerived } from './state/results';
import { DocumentStore, type PlanDoc } from './state/store';

/** File name for a plan: "Optimus-class humanoid.powerplan.json". */
export function suggestedFileName(name: string, ext = '.powerplan.json'): string {
  const base =
    name
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .trim()
      .slice(0, 120) || 'plan';
  return base + ext;
}

/** The JSON in a text, or null (to name the fields of a file that failed to open). */
function jsonOrNull(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

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

function initialLang(): Lang {
  const saved = localStorage.getItem('powerplan.lang');
  if (saved === 'en' || saved === 'ko') return saved;
  return navigator.language?.startsWith('ko') ? 'ko' : 'en';
}

/** Something to tell the user as the window opens (a recovery record that could not be opened). */
export type StartupNotice = {
  kind: 'bad-recovery';
  text: string;
  name: string;
  errors: { path: string; message: string }[];
};

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
  const [banner, setBanner] = useState<{
    kind: 'error' | 'info';
    text: string;
    details?: string[];
    action?: { label: string; run(): void };
  } | null>(() =>
    startupNotice
      ? {
          kind: 'error',
          text: makeI18n(initialLang()).t('recovery.bad', {
            name: startupNotice.name,
            count: startupNotice.errors.length,
          }),
          details: startupNotice.errors
            .slice(0, 5)
            .map((e) => `${describePath(null, e.path, initialLang())}: ${e.message}`),
          action: {
            label: makeI18n(initialLang()).t('recovery.download'),
            run: () => void platform.exportText(startupNotice.text, 'recovered-unreadable.txt'),
          },
        }
      : null,
  );
  const [scenarios, setScenariosState] = useState<Scenario[]>([]);
  // The chips left out of "compare chips that fit" (cleared when the user changes the scenarios).
  const [chipScreen, setChipScreen] = useState<ChipScreen | null>(null);
  const setScenarios = useCallback((s: Scenario[]) => {
    setScenariosState(s);
    setChipScreen(null);
  }, []);
  const [sweepStart, setSweepStart] = useState<{ path: string; from: number; to: number } | null>(null);
  const [dropping, setDropping] = useState(false);
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
  // Autosave the working document (crash recovery), a second after the last edit.
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    // A save (or an undo back to the saved state) cancels the pending autosave: it would bring back the
    // autosave file that saving has just cleared.
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = null;
    if (!state.dirty) return;
    autosaveTimer.current = setTimeout(
      () => void platform.autosave(JSON.stringify(state.doc), state.name),
      1000,
    );
  }, [platform, state.doc, state.dirty, state.name]);

  const confirmUnsaved = useCallback(async (): Promise<boolean> => {
    if (!store.getState().dirty) return true;
    const choice = await platform.confirmDiscard(store.getState().name);
    if (choice === 'cancel') return false;
    if (choice === 'save') return save(false);
    return true;
  }, [platform, store]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Load plan text as the document, or report why not and keep the current one. */
  const openText = useCallback(
    (text: string, name: string, token: string | null) => {
      const r = parsePlanText(text);
      if (!r.ok) {
        setBanner({
          kind: 'error',
          text: t('error.openFailed', { name }),
          details: r.errors
            .slice(0, 8)
            .map((e) => `${describePath(jsonOrNull(text), e.path, lang)}: ${e.message}`),
        });
        return false;
      }
      store.load(JSON.parse(JSON.stringify(r.plan)) as PlanDoc, r.plan.name, token);
      setSelected(0);
      setScenarios([]);
      setBanner(r.notices.length ? { kind: 'info', text: r.notices.join(' ') } : null);
      return true;
    },
    [store, t, lang, setScenarios],
  );

  const open = useCallback(async () => {
    if (!(await confirmUnsaved())) return;
    const r = await platform.openPlan();
    if (r.canceled) return;
    if ('error' in r) setBanner({ kind: 'error', text: r.error });
    else openText(r.doc.text, r.doc.name, platform.kind === 'electron' ? r.doc.token : null);
  }, [confirmUnsaved, openText, platform]);

  async function save(saveAs: boolean): Promise<boolean> {
    const s = store.getState();
    const v = parsePlanText(JSON.stringify(s.doc));
    if (!v.ok) {
      setBanner({
        kind: 'error',
        text: t('error.saveFailed', { error: t('error.problems', { count: v.errors.length }) }),
        details: v.errors.slice(0, 8).map((e) => `${describePath(s.doc, e.path, lang)}: ${e.message}`),
      });
      return false;
    }
    // A plan that saves must reopen: pretty-printed when that stays within the open limit, else compact.
    const text = planFileText(s.doc);
    if (text === null) {
      setBanner({ kind: 'error', text: t('error.saveFailed', { error: t('error.tooLarge') }) });
      return false;
    }
    const r = await platform.savePlan(text, s.token, suggestedFileName(s.name), saveAs || s.token === null);
    if (r.ok) {
      store.markSaved(r.token, s.name);
      await platform.clearAutosave();
      return true;
    }
    if (!('canceled' in r)) {
      // Main words its errors for any caller ("Not saved: …"); the banner already says so.
      const error = r.error.replace(/^Not saved: /, '').replace(/\.$/, '');
      setBanner({ kind: 'error', text: t('error.saveFailed', { error }) });
    }
    return false;
  }

  const newPlan = useCallback(async () => {
    if (!(await confirmUnsaved())) return;
    store.load(JSON.parse(JSON.stringify(blankJson)) as PlanDoc, t('untitled'), null);
    setSelected(0);
  }, [confirmUnsaved, store, t]);

  const exportCsv = useCallback(async () => {
    if (!derived.result) return;
    await platform.exportCsv(seriesToCsv(derived.result.series), suggestedFileName(state.name, '.csv'));
  }, [derived.result, platform, state.name]);

  const exportTable = useCallback(
    (csv: string, what: string) =>
      void platform.exportCsv(csv, suggestedFileName(`${state.name} ${what}`, '.csv')),
    [platform, state.name],
  );

  // PDF export asks first: paper, language, and whether to include the comparison and the sensitivity study.
  const [pdfDialog, setPdfDialog] = useState(false);
  const exportPdf = useCallback(async () => {
    if (derived.plan) setPdfDialog(true);
  }, [derived.plan]);
  const runPdfExport = useCallback(
    async (c: PdfChoices) => {
      setPdfDialog(false);
      if (!derived.plan) return;
      const r = await platform.exportPdf(
        JSON.stringify(derived.plan),
        suggestedFileName(state.name, '.pdf'),
        c.paper,
        c.lang,
        c.contents,
      );
      if (!r.ok && 'error' in r) setBanner({ kind: 'error', text: r.error });
    },
    [derived.plan, platform, state.name],
  );

  const handleMenu = useCallback(
    (c: MenuCommand) => {
      const actions: Record<MenuCommand, () => void> = {
        new: () => void newPlan(),
        open: () => void open(),
        save: () => void save(false),
        saveAs: () => void save(true),
        exportPdf: () => void exportPdf(),
        exportCsv: () => void exportCsv(),
        undo: () => store.undo(),
        redo: () => store.redo(),
        viewPlan: () => setTab('plan'),
        viewCompare: () => setTab('compare'),
        viewSensitivity: () => setTab('sensitivity'),
        viewSweep: () => setTab('sweep'),
        viewSizing: () => setTab('sizing'),
        toggleLanguage: () => setLang((l) => (l === 'en' ? 'ko' : 'en')),
        about: () =>
          setBanner({
            kind: 'info',
            text: 'PowerPlan — battery and on-device AI power planning for robots.',
          }),
      };
      actions[c]();
    },
    [exportCsv, exportPdf, newPlan, open, store], // eslint-disable-line react-hooks/exhaustive-deps
  );

  useEffect(() => platform.onMenu(handleMenu), [platform, handleMenu]);
  useEffect(
    () =>
      platform.onOpenDocument(
        (d) => void confirmUnsaved().then((ok) => ok && openText(d.text, d.name, d.token)),
      ),
    [platform, confirmUnsaved, openText],
  );
  useEffect(
    () =>
      platform.onSaveBeforeClose(() => void save(false).then((ok) => (ok ? platform.closeNow() : undefined))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `save` reads the store when called
    [platform],
  );

  // Keyboard shortcuts (the desktop menu's accelerators handle these in Electron).
  useEffect(() => {
    if (platform.kind !== 'web') return;
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const inText = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      const k = e.key.toLowerCase();
      if (k === 'z' && !inText) {
        e.preventDefault();
        if (e.shiftKey) store.redo();
        else store.undo();
      } else if (k === 'y' && !inText) {
        e.preventDefault();
        store.redo();
      } else if (k === 's') {
        e.preventDefault();
        void save(e.shiftKey);
      } else if (k === 'o') {
        e.preventDefault();
        void open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [platform, store, open]); // eslint-disable-line react-hooks/exhaustive-deps

  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (!file || !(await confirmUnsaved())) return;
    const r = await readPlanFile(file);
    if (!r.canceled && 'error' in r) setBanner({ kind: 'error', text: r.error });
    else if (!r.canceled) openText(r.doc.text, r.doc.name, null);
  };

  const applySize = (r: TargetSizing) => {
    if (r.plan) dispatch(applySizedBattery(r.plan.battery));
    setTab('plan');
  };

  return (
    <I18nContext.Provider value={i18n}>
      <ErrorsContext.Provider value={errorsByPath}>
        <div
          className={`app${dropping ? ' dropping' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDropping(true);
          }}
          onDragLeave={() => setDropping(false)}
          onDrop={onDrop}
        >
          <header className="topbar">
            <h1 className="title" data-testid="doc-title">
              {state.name}
              {state.dirty && (
                <span className="dirty" aria-label="unsaved changes" title="unsaved changes">
                  {' '}
                  ●
                </span>
              )}
            </h1>
            <div className="file-actions">
              <button type="button" onClick={() => void newPlan()}>
                {t('toolbar.new')}
              </button>
              <button type="button" onClick={() => void open()} data-testid="open">
                {t('toolbar.open')}
              </button>
              <button type="button" onClick={() => void save(false)} data-testid="save">
                {t('toolbar.save')}
              </button>
              <button type="button" onClick={() => void exportCsv()}>
                {t('toolbar.exportCsv')}
              </button>
              <button type="button" onClick={() => void exportPdf()} data-testid="export-pdf">
                {t('toolbar.exportPdf')}
              </button>
            </div>
            <div className="history">
              <button
                type="button"
                onClick={() => store.undo()}
                disabled={!state.canUndo}
                data-testid="undo"
                title={state.undoLabel ? t('toolbar.undoWhat', { what: state.undoLabel }) : undefined}
              >
                ↶ {t('toolbar.undo')}
              </button>
              <button
                type="button"
                onClick={() => store.redo()}
                disabled={!state.canRedo}
                data-testid="redo"
                title={state.redoLabel ? t('toolbar.redoWhat', { what: state.redoLabel }) : undefined}
              >
                ↷ {t('toolbar.redo')}
              </button>
            </div>
            <nav className="tabs" role="tablist" aria-label="Views">
              {APP_TABS.map((k) => (
                <button
                  key={k}
                  role="tab"
                  aria-selected={tab === k}
                  className={tab === k ? 'active' : ''}
                  onClick={() => setTab(k)}
                  data-testid={`tab-${k}`}
                >
                  {k === 'plan' ? t('tab.plan') : analysisOfTab(k).label[lang]}
                </button>
              ))}
            </nav>
            <button
              type="button"
              className="lang"
              onClick={() => setLang(lang === 'en' ? 'ko' : 'en')}
              aria-label={t('toolbar.language')}
              data-testid="lang-toggle"
            >
              {lang === 'en' ? '한국어' : 'English'}
            </button>
          </header>

          {pdfDialog && (
            <ExportPdfDialog
              scenarios={scenarios}
              onExport={(c) => void runPdfExport(c)}
              onClose={() => setPdfDialog(false)}
            />
          )}
          {banner && (
            <div className={`banner banner-${banner.kind}`} role="alert" data-testid="banner">
              <div>
                {banner.text}
                {banner.details && (
                  <ul>
                    {banner.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
              </div>
              {banner.action && (
                <button type="button" onClick={banner.action.run} data-testid="banner-action">
                  {banner.action.label}
                </button>
              )}
              <button type="button" onClick={() => setBanner(null)}>
                {t('action.dismiss')}
              </button>
            </div>
          )}
          {derived.errors.length > 0 && (
            <div className="banner banner-error" role="status" data-testid="plan-errors">
              {derived.errors.length === 1
                ? t('results.invalidOne')
                : t('results.invalid', { count: derived.errors.length })}
              <ul>
                {derived.errors.slice(0, 5).map((e) => (
                  <li key={e.path + e.message} title={e.path}>
                    <strong>{describePath(state.doc, e.path, lang)}</strong>: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}

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
                            const screened = screenChips(derived.plan!, device);
                            setScenarios(screened.fit);
                            setChipScreen({ cannot: screened.cannot, unknown: screened.unknown });
                            setTab('compare');
                          }}
                          onEnterChipFigures={() => focusDeviceFigures(failingDevice(derived.result!))}
                        />
                      )}
                      <ResultCards plan={derived.plan} result={derived.result} stale={derived.stale} />
                    </div>
                  )}
                  <h2>{t('section.dutyCycle')}</h2>
                  <DutyCycleEditor
                    doc={state.doc}
                    dispatch={dispatch}
                    endGesture={() => store.endGesture()}
                    selected={selected}
                    onSelect={setSelected}
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
              )}
              {tab !== 'plan' && derived.plan && (
                // While the plan has a problem, the analyses are of its last valid version: said, greyed,
                // and nothing from them can be applied.
                <div
                  className={derived.stale ? 'stale' : ''}
                  data-testid={derived.stale ? 'whatif-stale' : undefined}
                >
                  {derived.stale && (
                    <p className="stale-stamp" role="status">
                      {t('results.staleWhatIf')}
                    </p>
                  )}
                  {tab === 'compare' && (
                    <CompareView
                      plan={derived.plan}
                      scenarios={scenarios}
                      setScenarios={setScenarios}
                      screen={chipScreen}
                      onExportCsv={exportTable}
                    />
                  )}
                  {tab === 'sensitivity' && (
                    <SensitivityView
                      plan={derived.plan}
                      onExportCsv={exportTable}
                      onSweep={(path, value) => {
                        setSweepStart({ path, from: value * 0.5, to: value * 1.5 });
                        setTab('sweep');
                      }}
                    />
                  )}
                  {tab === 'sweep' && (
                    <SweepView plan={derived.plan} initial={sweepStart} onExportCsv={exportTable} />
                  )}
                  {tab === 'sizing' && (
                    <SizingView plan={derived.plan} onApply={applySize} applyDisabled={derived.stale} />
                  )}
                </div>
              )}
            </section>
          </main>
          {dropping && <div className="drop-hint">{t('drop.hint')}</div>}
        </div>
      </ErrorsContext.Provider>
    </I18nContext.Provider>
  );
}

export const DEFAULT_EXAMPLE = exampleJson as PlanDoc;
