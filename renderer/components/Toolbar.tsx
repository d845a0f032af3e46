import { APP_TABS, type AppTab } from '../../src/analysis/tabs';
import { analysisOfTab } from '../../src/analysis/registry';
import { useI18n } from '../i18n';
import type { DocumentState, DocumentStore } from '../state/store';

/** What the toolbar's file buttons do (App's document actions and exports). */
export interface FileActions {
  newPlan(): Promise<void>;
  open(): Promise<void>;
  save(saveAs: boolean): Promise<boolean>;
  exportCsv(): Promise<void>;
  exportPdf(): Promise<void>;
}

/**
 * The window's top bar: the document's name (● while it has unsaved changes), the file buttons, undo and redo
 * (named by the step they take back), the tabs, and the language switch.
 */
export function Toolbar({
  state,
  store,
  actions,
  tab,
  onTab,
  onToggleLang,
}: {
  state: DocumentState;
  store: DocumentStore;
  actions: FileActions;
  tab: AppTab;
  onTab(tab: AppTab): void;
  onToggleLang(): void;
}) {
  const { t, lang } = useI18n();
  return (
    <header className="topbar">
      <h1 className="title" data-testid="doc-title">
        {state.name}
        {state.dirty && (
          <span className="dirty" aria-label={t('toolbar.unsaved')} title={t('toolbar.unsaved')}>
            {' '}
            ●
          </span>
        )}
      </h1>
      <div className="file-actions">
        <button type="button" onClick={() => void actions.newPlan()}>
          {t('toolbar.new')}
        </button>
        <button type="button" onClick={() => void actions.open()} data-testid="open">
          {t('toolbar.open')}
        </button>
        <button type="button" onClick={() => void actions.save(false)} data-testid="save">
          {t('toolbar.save')}
        </button>
        <button type="button" onClick={() => void actions.exportCsv()}>
          {t('toolbar.exportCsv')}
        </button>
        <button type="button" onClick={() => void actions.exportPdf()} data-testid="export-pdf">
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
      <nav className="tabs" role="tablist" aria-label={t('toolbar.views')}>
        {APP_TABS.map((k) => (
          <button
            key={k}
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'active' : ''}
            onClick={() => onTab(k)}
            data-testid={`tab-${k}`}
          >
            {k === 'plan' ? t('tab.plan') : analysisOfTab(k).label[lang]}
          </button>
        ))}
      </nav>
      <button
        type="button"
        className="lang"
        onClick={onToggleLang}
        aria-label={t('toolbar.language')}
        data-testid="lang-toggle"
      >
        {lang === 'en' ? '한국어' : 'English'}
      </button>
    </header>
  );
}
