// The shared wording of changes (shared/merge/wording.ts) in this page's language and the plan's
// money unit, with the names Node sent along.
import { useMemo } from 'react';
import type { ChangeEntry } from '../../../shared/api/status';
import type { MoneyUnit } from '../../../shared/domain/ids';
import type { ChangeLike, NameBook, Wording } from '../../../shared/merge/wording';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';

export function useWording(names: NameBook | undefined, moneyUnit?: MoneyUnit): Wording {
  const { locale } = useI18n();
  const { plan } = usePlan();
  const unit = moneyUnit ?? plan?.plan.moneyUnit ?? 'tkr';
  return useMemo(() => ({ locale, moneyUnit: unit, names: names ?? {} }), [locale, unit, names]);
}

export const asChange = (e: ChangeEntry): ChangeLike => ({ table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue });

/** Tables whose changes can be put back (not the notes of how the plan was made or merged). */
export const isRestorable = (e: ChangeEntry) => e.table !== 'document' && e.table !== 'merge';

/** "Anna, 2025-03-14 09:05". */
export function useByLine(): (user: string, time: string) => string {
  const { locale } = useI18n();
  return (user, time) => `${user}, ${formatDateTime(time, locale)}`;
}
