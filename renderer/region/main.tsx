// The roll-up's own window (Electron: Arkiv → Sammanställ planer…): the Region view alone, on
// the files the dialog chose, without the plan's shell. The same view as the browser host's
// Region link; it reaches Node only through the one client.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/forms.css';
import '../styles/tables.css';
import '../styles/overview.css';
import { electronBridge } from '../api/bridge';
import { hostToken } from '../api/token';
import { I18nProvider } from '../i18n/I18nProvider';
import { LocalePicker } from '../app/LocalePicker';
import { RegionView } from '../views/region/RegionView';

// Read now, so that the token leaves the visible address at once (the page also works in the browser host).
if (!electronBridge()) hostToken();

function RegionWindow() {
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand__name">Klimatinvesteringsplan</span>
        </div>
        <LocalePicker />
      </header>
      <main id="main" tabIndex={-1} className="main">
        <RegionView />
      </main>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('region.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <RegionWindow />
    </I18nProvider>
  </StrictMode>,
);
