// Which component shows which route.
import type { ReactElement } from 'react';
import { HistoryView } from '../views/history/HistoryView';
import { OverviewView } from '../views/overview/OverviewView';
import { PlaceholderView } from '../views/placeholder/PlaceholderView';
import type { Route } from './routes';

export function viewFor(route: Route): ReactElement {
  switch (route) {
    case 'overview':
      return <OverviewView />;
    case 'history':
      return <HistoryView />;
    case 'actions':
      return <PlaceholderView title="nav.actions" text="placeholder.actions" />;
    case 'scenarios':
      return <PlaceholderView title="nav.scenarios" text="placeholder.scenarios" />;
    case 'financing':
      return <PlaceholderView title="nav.financing" text="placeholder.financing" />;
    case 'targets':
      return <PlaceholderView title="nav.targets" text="placeholder.targets" />;
    case 'commitments':
      return <PlaceholderView title="nav.commitments" text="placeholder.commitments" />;
    case 'export':
      return <PlaceholderView title="nav.export" text="placeholder.export" />;
  }
}
