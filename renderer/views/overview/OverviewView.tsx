// Översikt: whose plan it is, its settings, and its actions at a glance.
import { useCallData } from '../../api/useCallData';
import { useDocument } from '../../document/documentStore';
import { useI18n } from '../../i18n/I18nProvider';
import { LoadProblem } from '../LoadProblem';
import { ActionCounts } from './ActionCounts';
import { PlanIdentity } from './PlanIdentity';
import { PlanSettings } from './PlanSettings';

export function OverviewView() {
  const { t } = useI18n();
  const { status } = useDocument();
  const plan = useCallData('plan.get', {});
  const actions = useCallData('actions.list', {});

  return (
    <section className="view">
      <h1>{t('overview.title')}</h1>
      {plan.data ? (
        <>
          <PlanIdentity settings={plan.data} />
          <div className="overview-grid">
            <PlanSettings settings={plan.data} readOnly={status?.readOnly ?? true} onStored={plan.setData} />
            {actions.data ? <ActionCounts actions={actions.data} /> : <LoadProblem state={actions} />}
          </div>
        </>
      ) : (
        <LoadProblem state={plan} />
      )}
    </section>
  );
}
