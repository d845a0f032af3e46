import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePlanText } from '../src/plan/load';
import { App, DEFAULT_EXAMPLE, type StartupNotice } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ReportRoute } from './components/Report';
import { detectPlatform } from './platform';
import { DocumentStore, type PlanDoc } from './state/store';
import './styles.css';

async function start() {
  const platform = detectPlatform();
  const root = createRoot(document.getElementById('root')!);
  if (location.hash.startsWith('#/report')) {
    root.render(<ReportRoute platform={platform} />);
    return;
  }
  // Crash recovery: unsaved work from the last session wins over the default example — if it is a plan. A
  // damaged record (validated like any file) never stops the start: the example opens, and the raw text is
  // offered for download (the platform has already moved the record aside).
  const recovered = await platform.recover().catch(() => null);
  let doc: PlanDoc = DEFAULT_EXAMPLE;
  let name = String(DEFAULT_EXAMPLE.name);
  let dirty = false;
  let notice: StartupNotice | null = null;
  if (recovered) {
    const parsed = parsePlanText(recovered.text);
    if (parsed.ok) {
      doc = JSON.parse(recovered.text) as PlanDoc;
      name = recovered.name;
      dirty = true;
    } else
      notice = { kind: 'bad-recovery', text: recovered.text, name: recovered.name, errors: parsed.errors };
  }
  const store = new DocumentStore(doc, name);
  if (dirty) store.load(doc, name, null, true);
  root.render(
    <StrictMode>
      <ErrorBoundary platform={platform} store={store}>
        <App platform={platform} store={store} startupNotice={notice} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
