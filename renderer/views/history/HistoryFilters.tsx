// The history's filters: one action (and its lists), one person, a span of days.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Action } from '../../../shared/domain/types';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';

export interface HistoryFilter {
  actionId?: string;
  user?: string;
  /** ISO dates (YYYY-MM-DD), both ends included. */
  from?: string;
  to?: string;
}

interface Props {
  value: HistoryFilter;
  actions: readonly Action[];
  users: readonly string[];
  onChange(next: HistoryFilter): void;
}

const label = (a: Action) => `${a.code} ${a.name}`.trim();
/** Actions in the list at once: a plan of 10 000 would make a list nobody reads (and slow to draw). */
const LISTED = 60;

export function HistoryFilters({ value, actions, users, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: HistoryFilter) => {
    const next = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof HistoryFilter)[]) if (!next[k]) delete next[k];
    onChange(next);
  };
  const [query, setQuery] = useState('');
  const wanted = useDeferredValue(query.trim().toLocaleLowerCase('sv'));
  // The actions the search finds (the first ones of the plan without a search), and the one chosen.
  const listed = useMemo(() => {
    const out: Action[] = [];
    for (const a of actions) {
      if (out.length >= LISTED) break;
      if (a.id === value.actionId) continue;
      if (!wanted || label(a).toLocaleLowerCase('sv').includes(wanted)) out.push(a);
    }
    const chosen = actions.find((a) => a.id === value.actionId);
    if (chosen) out.push(chosen);
    return out.sort((a, b) => label(a).localeCompare(label(b), 'sv', { numeric: true }));
  }, [actions, wanted, value.actionId]);
  const more = actions.length > LISTED;
  const any = Object.keys(value).length > 0;
  return (
    <fieldset className="history-filters">
      <legend>{t('history.filters')}</legend>
      {more && (
        <div className="field history-filters__search">
          <label htmlFor={`${id}-search`}>{t('history.filter.search')}</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      )}
      <div className="field history-filters__action">
        <label htmlFor={`${id}-action`}>{t('history.filter.action')}</label>
        <select id={`${id}-action`} value={value.actionId ?? ''} onChange={(e) => set({ actionId: e.target.value || undefined })}>
          <option value="">{t('history.filter.allActions')}</option>
          {listed.map((a) => (
            <option key={a.id} value={a.id}>
              {label(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('history.filter.user')}</label>
        <select id={`${id}-user`} value={value.user ?? ''} onChange={(e) => set({ user: e.target.value || undefined })}>
          <option value="">{t('history.filter.allUsers')}</option>
          {users.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <DateField
        label={t('history.filter.from')}
        value={value.from ?? ''}
        placeholder={t('history.filter.datePlaceholder')}
        invalid={t('history.filter.dateInvalid')}
        onChange={(from) => set({ from })}
      />
      <DateField
        label={t('history.filter.to')}
        value={value.to ?? ''}
        placeholder={t('history.filter.datePlaceholder')}
        invalid={t('history.filter.dateInvalid')}
        onChange={(to) => set({ to })}
      />
      <button type="button" disabled={!any} onClick={() => onChange({})}>
        {t('history.filter.clear')}
      </button>
    </fieldset>
  );
}
