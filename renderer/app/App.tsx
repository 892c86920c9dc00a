// The shell: header with the plan commands and language, navigation, the current view, the
// alert region and the status bar.
import { useRef } from 'react';
import { accessDenied } from '../api/access-denied';
import { useStatusValue } from '../document/document-store';
import { DocumentCommandsProvider, useDocumentCommands } from '../document/DocumentCommands';
import { useI18n } from '../i18n/I18nProvider';
import { useStore } from '../lib/store';
import { AccessDenied } from './AccessDenied';
import { ErrorBoundary } from './ErrorBoundary';
import { LocalePicker } from './LocalePicker';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { AdoptVersionDialog } from '../views/followup/AdoptVersionDialog';
import { VersionBanner } from '../views/followup/VersionBanner';
import { useAdoptDialogOpen } from '../views/followup/versions';
import { RecoveryOffer } from './RecoveryOffer';
import { useRoute } from './routes';
import { useShortcuts } from './shortcuts';
import { useMenuCommands } from './menu';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useWindowTitle } from './useWindowTitle';
import { viewFor } from './views';
import { UndoNotice } from '../undo/UndoNotice';

export function App() {
  const denied = useStore(accessDenied);
  if (denied) return <AccessDenied />;
  return (
    <DocumentCommandsProvider>
      <Shell />
    </DocumentCommandsProvider>
  );
}

function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#2f7a5f" />
      <path d="M8 22c0-8 6-13 16-13-1 9-6 15-13 15-1.2 0-2.2-.3-3-.8" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M10 23c3-4 6-7 10-10" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  // Only what the shell shows: an edit (dirty, undo) must not re-render the current view.
  const open = useStatusValue((s) => (s ? s.open : null));
  const planName = useStatusValue((s) => (s?.open ? s.title || s.municipality : ''));
  const mainRef = useRef<HTMLElement>(null);
  const commands = useDocumentCommands();
  const adopting = useAdoptDialogOpen();
  useShortcuts(commands);
  useMenuCommands(commands);
  useWindowTitle(route);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Hash links are routes here: move focus without touching the address.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
          {open && <span className="brand__plan">{planName}</span>}
        </div>
        <Toolbar />
        <LocalePicker />
      </header>
      <Nav current={route} />
      <ReadOnlyBanner />
      <VersionBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {open === false && route !== 'region' ? <p className="lead">{t('noDocument.body')}</p> : <ErrorBoundary key={route}>{viewFor(route)}</ErrorBoundary>}
      </main>
      <Notices />
      <UndoNotice />
      <StatusBar />
      <RecoveryOffer />
      {adopting && open && <AdoptVersionDialog />}
    </div>
  );
}
