// The panel beside a grid of actions for the action the focus is on (Åtgärder's cost per year,
// Uppföljning's actuals): a toggle that names the action, kept open or closed as the user left
// it, and the panel's body. It follows the focus once the page is idle and re-renders on its
// own: moving the focus (Enter after an edit, arrows through rows) neither re-renders the
// 10 000-row view nor delays the frame that shows the edit.
import { useMemo, type ReactNode } from 'react';
import type { Action } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useStore, type Store } from '../../lib/store';
import { useIdleValue } from '../../lib/useIdleValue';
import { useRememberedFlag } from './remembered';

interface Props {
  actions: readonly Action[];
  /** The id of the focused action's row. */
  focus: Store<string | null>;
  /** Where the open/closed choice is kept, and whether the panel is open before there is one. */
  remember: string;
  openByDefault: boolean;
  /** The panel's texts: `<messages>.for`, `.title`, `.note` and `.none`. */
  messages: 'actions.panel' | 'followup.panel';
  /** What stands below the note for the focused action (while open). */
  tools?(action: Action): ReactNode;
  /** The panel's body for the focused action. */
  children(action: Action): ReactNode;
}

export function FocusPanel({ actions, focus, remember, openByDefault, messages, tools, children }: Props) {
  const { t } = useI18n();
  const focusedId = useIdleValue(useStore(focus));
  const [open, setOpen] = useRememberedFlag(remember, openByDefault);
  const focused = useMemo(() => (focusedId === null ? null : (actions.find((a) => a.id === focusedId) ?? null)), [actions, focusedId]);
  return (
    <div className={open ? 'cost-panel' : 'cost-panel cost-panel--closed'}>
      <button type="button" className="cost-panel__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {focused ? t(`${messages}.for`, { action: [focused.code, focused.name].filter(Boolean).join(' ') }) : t(`${messages}.title`)}
      </button>
      {open && focused && <span className="cost-panel__note">{t(`${messages}.note`)}</span>}
      {open && focused && tools?.(focused)}
      {open && (focused ? children(focused) : <p className="cost-panel__empty">{t(`${messages}.none`)}</p>)}
    </div>
  );
}
