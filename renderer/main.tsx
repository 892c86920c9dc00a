// Entry point: styles, the token (taken out of the address before anything else), the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base styles come first, so that each view's own styles (imported with the view) win.
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/dialogs.css';
import './styles/overview.css';
import { electronBridge } from './api/bridge';
import { hostToken } from './api/token';
import { App } from './app/App';
import { I18nProvider } from './i18n/I18nProvider';

// Read now, so that the token leaves the visible address at once.
if (!electronBridge()) hostToken();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
