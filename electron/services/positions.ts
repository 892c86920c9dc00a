import { first, qb } from '../document/db';
import type { Session } from '../document/session';

type Positioned = 'sectors' | 'targets' | 'actions' | 'financing_sources' | 'financing_entries' | 'commitments' | 'scenarios' | 'baselines';

/** The position after the last row: new rows go to the end of their list. */
export function nextPosition(s: Session, table: Positioned): number {
  const row = first(
    s.db,
    qb.selectFrom(table).select((eb) => eb.fn.max<number | null>('position').as('p')),
  );
  return (row?.p ?? -1) + 1;
}
