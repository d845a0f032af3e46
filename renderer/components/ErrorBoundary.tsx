import { Component, type ErrorInfo, type ReactNode } from 'react';
import { makeI18n } from '../i18n';
import type { Platform } from '../platform/types';
import type { DocumentStore } from '../state/store';

interface Props {
  platform: Platform;
  store: DocumentStore;
  children: ReactNode;
}

/**
 * A render error anywhere in the UI shows a recoverable page instead of a blank window: the work is kept
 * (the document store lives outside React and is autosaved), the user can save it as a file and reload.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('PowerPlan UI error:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = localStorage.getItem('powerplan.lang') === 'ko' ? 'ko' : 'en';
    const { t } = makeI18n(lang);
    const { store, platform } = this.props;
    const save = () => {
      const s = store.getState();
      void platform.exportText(JSON.stringify(s.doc, null, 2) + '\n', 'recovered.powerplan.json');
    };
    return (
      <main className="crash" role="alert" data-testid="ui-error">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <pre className="crash-detail">{String(this.state.error.message).slice(0, 500)}</pre>
        <div className="row">
          <button type="button" onClick={save}>
            {t('crash.save')}
          </button>
          <button type="button" onClick={() => location.reload()}>
            {t('crash.reload')}
          </button>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t('crash.retry')}
          </button>
        </div>
      </main>
    );
  }
}
