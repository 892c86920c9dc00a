// Översikt: whose plan it is, the dashboard of the chosen scenario (targets, budget, costs),
// its settings, and its actions at a glance. Everything comes from the renderer's snapshot, so
// an edit elsewhere never makes this view fetch 10 000 actions again.
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';
import { ActionCounts } from './ActionCounts';
import { Dashboard } from './Dashboard';
import { PlanIdentity } from './PlanIdentity';
import { PlanSettings } from './PlanSettings';
import { VersionsCard } from '../followup/VersionsCard';

export function OverviewView() {
  const { t } = useI18n();
  const { status } = useDocument();
  const { plan } = usePlan();

  return (
    <section className="view">
      <h1>{t('overview.title')}</h1>
      {plan ? (
        <>
          <PlanIdentity settings={plan.plan} />
          <Dashboard plan={plan} />
          <div className="overview-grid">
            <PlanSettings settings={plan.plan} readOnly={status?.readOnly ?? true} />
            <ActionCounts actions={plan.actions} />
          </div>
          <VersionsCard plan={plan} />
        </>
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}
