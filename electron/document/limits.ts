// The size limits of a document, in one place for the open gate (inspect.ts) and the write path
// (every Session.write, undo, redo and new document): what the app writes must always pass its
// own gate. The per-entity limits (text length and characters, ranges, list lengths of one
// action) are the zod schemas' (shared/schema); these are the ones a single entity cannot see:
// how many rows a table holds, how many children one parent has, and how long a change-log
// value may grow.
import { ApiFailure } from '../../shared/api/result';
import { ROW_CAPS, TEXT_MAX_LENGTH } from '../../shared/domain/ranges';
import { formatNumber } from '../../shared/format/number';
import type { Sqlite } from './db';
import type { TableName } from './tables';

interface TableCap {
  max: number;
  /** "åtgärder": what the rows are, for the message. */
  noun: string;
}

/** How many rows each table may hold (tables not named here are bounded by their keys). */
export const TABLE_ROW_CAPS: Partial<Record<TableName, TableCap>> = {
  sectors: { max: ROW_CAPS.sectors, noun: 'sektorer' },
  baselines: { max: ROW_CAPS.sectors, noun: 'basscenarier' },
  baseline_points: { max: ROW_CAPS.sectors * ROW_CAPS.baselinePointsPerSector, noun: 'punkter i basscenariot' },
  targets: { max: ROW_CAPS.targets, noun: 'mål' },
  actions: { max: ROW_CAPS.actions, noun: 'åtgärder' },
  financing_sources: { max: ROW_CAPS.financingSources, noun: 'finansieringskällor' },
  financing_entries: { max: ROW_CAPS.financing, noun: 'finansieringsposter' },
  scenarios: { max: ROW_CAPS.scenarios, noun: 'scenarier' },
  actuals: { max: ROW_CAPS.actuals, noun: 'utfall' },
  observed_emissions: { max: ROW_CAPS.sectors, noun: 'observerade utsläppsserier' },
  observed_points: { max: ROW_CAPS.sectors * ROW_CAPS.observedPointsPerSector, noun: 'punkter i de observerade utsläppen' },
  versions: { max: ROW_CAPS.versions, noun: 'fastställda versioner' },
  version_rows: { max: 20_000_000, noun: 'rader i de fastställda versionerna' },
  change_log: { max: 20_000_000, noun: 'ändringar i ändringsloggen' },
};

interface ChildCap {
  parent: string;
  max: number;
  /** "taggar per åtgärd". */
  noun: string;
}

/** How many rows one parent may have (the ones its key does not already bound). */
export const CHILD_ROW_CAPS: Partial<Record<TableName, ChildCap>> = {
  action_tags: { parent: 'action_id', max: ROW_CAPS.tagsPerAction, noun: 'taggar per åtgärd' },
  cost_overrides: { parent: 'action_id', max: ROW_CAPS.costOverridesPerAction, noun: 'kostnadsjusteringar per åtgärd' },
  baseline_points: { parent: 'sector_id', max: ROW_CAPS.baselinePointsPerSector, noun: 'punkter per sektor i basscenariot' },
};

/** A change-log value holds at most a whole row as JSON. */
export const LOG_VALUE_MAX = 200_000;

/** Text columns that hold a whole row as JSON (the log's values, a version's rows), not a field. */
const ROW_TEXT: Partial<Record<string, readonly string[]>> = { version_rows: ['data'] };

/** The longest text a column of `table` may hold. */
export const textCap = (table: string, column?: string): number =>
  table === 'change_log' || (column !== undefined && ROW_TEXT[table]?.includes(column)) ? LOG_VALUE_MAX : TEXT_MAX_LENGTH;

export interface SizeProblem {
  noun: string;
  count: number;
  max: number;
}

/**
 * Why `table` holds too many rows, or null. `parents`: only these parents can have grown (a
 * write names the ones it inserted children for); without it every parent is counted.
 */
export function tableSizeProblem(db: Sqlite, table: TableName, parents?: ReadonlySet<string>): SizeProblem | null {
  const cap = TABLE_ROW_CAPS[table];
  if (cap) {
    const count = rowCount(db, table, cap.max);
    if (count > cap.max) return { noun: cap.noun, count, max: cap.max };
  }
  const child = CHILD_ROW_CAPS[table];
  return child ? childProblem(db, table, child, parents) : null;
}

/** Parents counted one by one (by their index) up to this many; past it, one grouped scan. */
const COUNT_ONE_BY_ONE = 1_000;

function childProblem(db: Sqlite, table: TableName, child: ChildCap, parents?: ReadonlySet<string>): SizeProblem | null {
  let n: number | undefined;
  if (parents && parents.size <= COUNT_ONE_BY_ONE) {
    const one = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${child.parent}" = ?`);
    for (const p of parents) {
      const c = (one.get(p) as { n: number }).n;
      if (c > child.max) n = c;
    }
  } else {
    const row = db.prepare(`SELECT count(*) AS n FROM "${table}" GROUP BY "${child.parent}" HAVING count(*) > ? LIMIT 1`).get(child.max);
    n = (row as { n: number } | undefined)?.n;
  }
  return n === undefined ? null : { noun: child.noun, count: n, max: child.max };
}

/**
 * The rows of a table, exactly when it may be over `max`. The change log is append-only, so
 * its largest rowid bounds its count from above in O(log n): the exact count (seconds at 20
 * million rows) is only taken near the cap.
 */
function rowCount(db: Sqlite, table: TableName, max: number): number {
  if (table === 'change_log') {
    const top = (db.prepare('SELECT max(rowid) AS m FROM change_log').get() as { m: number | null }).m ?? 0;
    if (top <= max) return top;
  }
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** The tables a write inserted into, each with the parents it inserted children for. */
export class Growth {
  readonly tables = new Map<TableName, Set<string>>();

  /** Notes an inserted row of `table`. */
  add(table: TableName, row: Record<string, unknown>): void {
    let parents = this.tables.get(table);
    if (!parents) this.tables.set(table, (parents = new Set()));
    const child = CHILD_ROW_CAPS[table];
    if (child) parents.add(String(row[child.parent]));
  }

  /** A whole document was written (new plan, JSON import): every cap is checked in full. */
  static everything(): Growth {
    const g = new Growth();
    for (const t of [...Object.keys(TABLE_ROW_CAPS), ...Object.keys(CHILD_ROW_CAPS)]) g.full.add(t as TableName);
    return g;
  }

  /** Tables whose every parent is counted. */
  readonly full = new Set<TableName>();

  /** As plain data, to send to another thread (remote-writer.ts). */
  plain(): { tables: [TableName, string[]][]; full: TableName[] } {
    return { tables: [...this.tables].map(([t, p]) => [t, [...p]]), full: [...this.full] };
  }

  static from(p: ReturnType<Growth['plain']>): Growth {
    const g = new Growth();
    for (const [t, parents] of p.tables) g.tables.set(t, new Set(parents));
    for (const t of p.full) g.full.add(t);
    return g;
  }
}

/** The write path: refuses (and so rolls back) a transaction that grew a table past its cap. */
export function enforceRowCaps(db: Sqlite, growth: Growth): void {
  const all = [...growth.tables, ...[...growth.full].map((t) => [t, undefined] as const)];
  for (const [table, parents] of all) {
    const p = tableSizeProblem(db, table, parents);
    if (p) {
      throw new ApiFailure(
        'invalid',
        `Planen får ha högst ${formatNumber(p.max)} ${p.noun}; ändringen skulle ge ${formatNumber(p.count)}. Ingenting ändrades.`,
      );
    }
  }
}

/**
 * Before a long write (an import): refuses at once when `extra` more rows could not fit in
 * `table`, rather than after writing them all (enforceRowCaps still checks at the commit).
 */
export function enforceRoom(db: Sqlite, table: TableName, extra: number): void {
  const cap = TABLE_ROW_CAPS[table];
  if (!cap || extra === 0) return;
  const count = rowCount(db, table, cap.max) + extra;
  if (count > cap.max) {
    throw new ApiFailure(
      'invalid',
      `Planen får ha högst ${formatNumber(cap.max)} ${cap.noun}; importen skulle ge ${formatNumber(count)}. Ingenting lästes in.`,
    );
  }
}

/** The write path: a change-log value the gate would refuse is refused before it is written. */
export function enforceLogValue(json: string | null): void {
  if (json !== null && json.length > LOG_VALUE_MAX) {
    throw new ApiFailure('invalid', 'Ändringen är för stor för att sparas i planens ändringslogg. Ingenting ändrades.');
  }
}
