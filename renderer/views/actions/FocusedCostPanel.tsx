// The cost-per-year panel beside the Åtgärder grid, for the action the focus is on. It follows
// the focus once the page is idle and re-renders on its own: moving the focus (Enter after an
// edit, arrows through rows) neither re-renders the 10 000-row view nor delays the frame that
// shows the edit.
import { useMemo } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { request } from '../../api/request';
import { useI18n } from '../../i18n/I18nProvider';
import { useStore, type Store } from '../../lib/store';
import { useIdleValue } from '../../lib/useIdleValue';
import { CostPanel } from './CostPanel';
import { useRememberedFlag } from './remembered';

interface Props {
  plan: Plan;
  scenarioId: string;
  /** The id of the focused action's row. */
  focus: Store<string | null>;
  readOnly: boolean;
}

export function FocusedCostPanel({ plan, scenarioId, focus, readOnly }: Props) {
  const { t } = useI18n();
  const focusedId = useIdleValue(useStore(focus));
  // Open by default where there is room for it beside the grid; the user's choice is kept.
  const [open, setOpen] = useRememberedFlag('klimat.actions.costPanel', window.innerHeight >= 900);
  const actions = plan.actions;
  const focused = useMemo(() => (focusedId === null ? null : (actions.find((a) => a.id === focusedId) ?? null)), [actions, focusedId]);
  return (
    <div className={open ? 'cost-panel' : 'cost-panel cost-panel--closed'}>
      <button type="button" className="cost-panel__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {focused ? t('actions.panel.for', { action: [focused.code, focused.name].filter(Boolean).join(' ') }) : t('actions.panel.title')}
      </button>
      {open && focused && <span className="cost-panel__note">{t('actions.panel.note')}</span>}
      {open && focused && focused.costOverrides.length > 0 && !readOnly && (
        <button type="button" onClick={() => void request('actions.update', { id: focused.id, changes: { costOverrides: [] } })}>
          {t('actions.panel.clearAll')}
        </button>
      )}
      {open && (focused ? <CostPanel plan={plan} scenarioId={scenarioId} action={focused} /> : <p className="cost-panel__empty">{t('actions.panel.none')}</p>)}
    </div>
  );
}
