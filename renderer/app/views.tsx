// Which component shows which route.
import type { ReactElement } from 'react';
import { ActionsView } from '../views/actions/ActionsView';
import { FinancingView } from '../views/financing/FinancingView';
import { FollowUpView } from '../views/followup/FollowUpView';
import { CommitmentsView } from '../views/commitments/CommitmentsView';
import { ExportView } from '../views/export/ExportView';
import { HistoryView } from '../views/history/HistoryView';
import { OverviewView } from '../views/overview/OverviewView';
import { RegionView } from '../views/region/RegionView';
import { ScenariosView } from '../views/scenarios/ScenariosView';
import { TargetsView } from '../views/targets/TargetsView';
import type { Route } from './routes';

export function viewFor(route: Route): ReactElement {
  switch (route) {
    case 'overview':
      return <OverviewView />;
    case 'history':
      return <HistoryView />;
    case 'actions':
      return <ActionsView />;
    case 'scenarios':
      return <ScenariosView />;
    case 'financing':
      return <FinancingView />;
    case 'targets':
      return <TargetsView />;
    case 'commitments':
      return <CommitmentsView />;
    case 'followup':
      return <FollowUpView />;
    case 'export':
      return <ExportView />;
    case 'region':
      return <RegionView />;
  }
}
