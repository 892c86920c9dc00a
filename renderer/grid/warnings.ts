// Likely typos in a money column (shared/domain/typos.ts): an amount a thousand times the
// column's median. The median is taken once per list of rows, not once per pasted cell.
import { amountLooksWrong, positiveMedian } from '../../shared/domain/typos';
import type { Translate } from '../i18n/translate';

/** A column's `warn` for amounts, over the rows `rows()` returns; `format` shows an amount with its unit. */
export function amountWarning<T>(
  rows: () => readonly T[],
  read: (row: T) => unknown,
  format: (sek: number) => string,
  t: Translate,
): (value: unknown) => string | undefined {
  let seen: readonly T[] | null = null;
  let median = 0;
  return (value) => {
    const list = rows();
    if (list !== seen) {
      seen = list;
      median = positiveMedian(list.map((r) => read(r)).filter((v): v is number => typeof v === 'number'));
    }
    return amountLooksWrong(value, median) ? t('grid.warnAmount', { value: format(value as number), median: format(median) }) : undefined;
  };
}
