import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, DEFAULT_EXAMPLE } from './App';
import { detectPlatform } from './platform';
import { ReportRoute } from './components/Report';
import { DocumentStore, type PlanDoc } from './state/store';
import './styles.css';

async function start() {
  const platform = detectPlatform();
  const root = createRoot(document.getElementById('root')!);
  if (location.hash.startsWith('#/report')) {
    root.render(<ReportRoute platform={platform} />);
    return;
  }
  // Crash recovery: unsaved work from the last session wins over the default example.
  const recovered = await platform.recover().catch(() => null);
  let doc: PlanDoc = DEFAULT_EXAMPLE;
  let name = String(DEFAULT_EXAMPLE.name);
  let dirty = false;
  if (recovered) {
    try {
      doc = JSON.parse(recovered.text) as PlanDoc;
      name = recovered.name;
      dirty = true;
    } catch {
      /* unreadable recovery file: start from the example */
    }
  }
  const store = new DocumentStore(doc, name);
  if (dirty) store.load(doc, name, null, true);
  root.render(
    <StrictMode>
      <App platform={platform} store={store} />
    </StrictMode>,
  );
}

void start();
