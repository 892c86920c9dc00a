// The names the changes mention (actions as "T-01 Elbussar", sectors, sources, scenarios…), so
// that a change reads as a sentence even for rows deleted since: from the current rows of the
// given documents first, else from the newest entry of the log that holds the whole row.
import type { ChangeLike, NameBook } from '../../shared/merge/wording';
import { statement, type Sqlite } from '../document/db';
import type { PlanTableName } from '../document/tables';
import { readRow } from './log';

type Row = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

const NAME: Partial<Record<PlanTableName, (r: Row, book: NameBook) => string>> = {
  actions: (r) => `${str(r.code)} ${str(r.name)}`.trim(),
  sectors: (r) => str(r.name),
  financing_sources: (r) => str(r.name),
  scenarios: (r) => str(r.name),
  targets: (r) => str(r.name) || str(r.year),
  versions: (r) => str(r.name),
  financing_entries: (r, book) => `${book.financing_sources?.[str(r.source_id)] ?? str(r.source_id)} ${str(r.year)}`.trim(),
};

/** Which rows' names a change needs. */
function wanted(c: ChangeLike, add: (tbl: PlanTableName, id: string) => void): void {
  let parts: unknown[] = [c.rowId];
  if (c.rowId.startsWith('[')) {
    try {
      parts = JSON.parse(c.rowId) as unknown[];
    } catch {
      // not a composite key
    }
  }
  const [a, second, third] = parts.map(str);
  switch (c.table) {
    case 'actions':
    case 'sectors':
    case 'financing_sources':
    case 'financing_entries':
    case 'scenarios':
    case 'targets':
    case 'versions':
      add(c.table, c.rowId);
      break;
    case 'actuals':
      add('actions', a);
      break;
    case 'observed_emissions':
    case 'observed_points':
      add('sectors', a);
      break;
    case 'baselines':
    case 'baseline_points':
      add('sectors', a);
      break;
    case 'cost_overrides':
    case 'co_benefit_scores':
    case 'action_commitments':
    case 'action_tags':
      add('actions', a);
      break;
    case 'scenario_statuses':
      add('scenarios', a);
      break;
    case 'scenario_actions':
      add('scenarios', a);
      add('actions', third);
      break;
    case 'scenario_start_years':
      add('scenarios', a);
      add('actions', second);
      break;
  }
  const refs: Record<string, PlanTableName> = { sector_id: 'sectors', source_id: 'financing_sources', action_id: 'actions' };
  if (c.column in refs) {
    for (const v of [c.before, c.after]) if (typeof v === 'string') add(refs[c.column], v);
  }
}

function fromLog(db: Sqlite, tbl: string, id: string): Row | null {
  const r = statement(db, "SELECT op, old_value, new_value FROM change_log WHERE tbl = ? AND row_id = ? AND col = '' ORDER BY hlc DESC LIMIT 1").get(
    tbl,
    id,
  ) as { op: string; old_value: string | null; new_value: string | null } | undefined;
  const json = r ? (r.op === 'delete' ? r.old_value : r.new_value) : null;
  try {
    return json ? (JSON.parse(json) as Row) : null;
  } catch {
    return null;
  }
}

export function nameBook(changes: Iterable<ChangeLike>, dbs: readonly Sqlite[]): NameBook {
  const want = new Map<PlanTableName, Set<string>>();
  const add = (tbl: PlanTableName, id: string) => {
    if (!id) return;
    if (!want.has(tbl)) want.set(tbl, new Set());
    want.get(tbl)!.add(id);
  };
  for (const c of changes) wanted(c, add);
  const book: NameBook = {};
  const rowOf = (tbl: PlanTableName, id: string): Row | null => {
    for (const db of dbs) {
      const r = readRow(db, tbl, id);
      if (r) return r as Row;
    }
    for (const db of dbs) {
      const r = fromLog(db, tbl, id);
      if (r) return r;
    }
    return null;
  };
  // Financing entries are named by their source: find the entries' sources first.
  const entries = [...(want.get('financing_entries') ?? [])].map((id) => [id, rowOf('financing_entries', id)] as const);
  for (const [, r] of entries) if (r) add('financing_sources', str(r.source_id));
  for (const [tbl, ids] of want) {
    if (tbl === 'financing_entries') continue;
    const name = NAME[tbl];
    if (!name) continue;
    for (const id of ids) {
      const r = rowOf(tbl, id);
      if (r) (book[tbl] ??= {})[id] = name(r, book);
    }
  }
  for (const [id, r] of entries) if (r) (book.financing_entries ??= {})[id] = NAME.financing_entries!(r, book);
  return book;
}
