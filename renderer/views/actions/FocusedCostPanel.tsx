// The cost-per-year panel beside the Åtgärder grid, for the action the focus is on (FocusPanel:
// it follows the focus once the page is idle and re-renders on its own).
import type { Plan } from '../../../shared/domain/types';
import { request } from '../../api/request';
import { useI18n } from '../../i18n/I18nProvider';
import type { Store } from '../../lib/store';
import { CostPanel } from './CostPanel';
import { FocusPanel } from './FocusPanel';

interface Props {
  plan: Plan;
  scenarioId: string;
  /** The id of the focused action's row. */
  focus: Store<string | null>;
  readOnly: boolean;
}

export function FocusedCostPanel({ plan, scenarioId, focus, readOnly }: Props) {
  const { t } = useI18n();
  return (
    <FocusPanel
      actions={plan.actions}
      focus={focus}
      remember="klimat.actions.costPanel"
      // Open by default where there is room for it beside the grid; the user's choice is kept.
      openByDefault={window.innerHeight >= 900}
      messages="actions.panel"
      tools={(focused) =>
        focused.costOverrides.length > 0 &&
        !readOnly && (
          <button type="button" onClick={() => void request('actions.update', { id: focused.id, changes: { costOverrides: [] } })}>
            {t('actions.panel.clearAll')}
          </button>
        )
      }
    >
      {(focused) => <CostPanel plan={plan} scenarioId={scenarioId} action={focused} />}
    </FocusPanel>
  );
}
