// Adopted versions (DESIGN §8). A version's plan is kept as the rows of the plan's own tables as
// they were, keyed by the version (version_rows: table, the row's key as the change log names
// it, the row's columns as JSON). To read one, the rows go back into those very tables in a
// private in-memory document, which is then read like any plan: the same CHECKs, foreign keys,
// row caps, schema and rules hold for a version as for the plan itself, and a version frozen in
// an older format is brought up to date by the same migrations as a file.
import Database from 'better-sqlite3';
import type { Plan, Version, VersionInfo } from './domain';
import { checkPlan, planDocumentSchema, toPlanDocument } from '../../shared/schema/document';
import { describeProblem, problemsFromZod, type Problem } from '../../shared/schema/problems';
import { TEXT_MAX_LENGTH } from '../../shared/domain/ranges';
import { rowIdOf } from './changes';
import { all, qb, statement, type Sqlite } from './db';
import { LATEST_VERSION, migrate } from './migrate';
import { readPlan } from './read';
import { versionFromRow } from './rows';
import { VERSIONED_TABLES, type PlanTableName, type Row } from './tables';
import { insertPlan } from './write';

export interface FrozenRow {
  tbl: string;
  rowId: string;
  data: string;
}

/** Every row of the plan's tables in `db`, as a version keeps them. */
export function frozenRows(db: Sqlite): FrozenRow[] {
  const out: FrozenRow[] = [];
  for (const tbl of VERSIONED_TABLES) {
    for (const row of db.prepare(`SELECT * FROM "${tbl}"`).all() as Record<string, unknown>[]) {
      out.push({ tbl, rowId: rowIdOf(tbl, row), data: JSON.stringify(row) });
    }
  }
  return out;
}

/** The rows of a version's plan given as a domain plan (a JSON import): written, then read back. */
export function frozenRowsOf(plan: Plan): FrozenRow[] {
  const mem = new Database(':memory:');
  try {
    migrate(mem);
    mem.transaction(() => insertPlan(mem, { ...plan, versions: undefined }))();
    return frozenRows(mem);
  } finally {
    mem.close();
  }
}

export function listVersions(db: Sqlite): VersionInfo[] {
  return all(db, qb.selectFrom('versions').selectAll().orderBy('position')).map(versionFromRow);
}

export class BrokenVersion extends Error {}

/** A version's rows put back into a fresh, private document of the current format. */
function restoredDocument(db: Sqlite, versionId: string, schemaVersion: number): Sqlite {
  const mem = new Database(':memory:');
  try {
    migrate(mem, schemaVersion);
    const columns = new Map<string, Set<string>>();
    const columnsOf = (tbl: string) => {
      let c = columns.get(tbl);
      if (!c) columns.set(tbl, (c = new Set(mem.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(tbl) as string[])));
      return c;
    };
    const rows = statement(db, 'SELECT tbl, row_id, data FROM version_rows WHERE version_id = ? AND tbl = ?');
    mem.transaction(() => {
      for (const tbl of VERSIONED_TABLES) {
        const have = columnsOf(tbl);
        if (!have.size) continue; // a table this version's format did not have yet
        for (const r of rows.iterate(versionId, tbl) as Iterable<{ tbl: string; row_id: string; data: string }>) {
          insertFrozen(mem, tbl, r.row_id, r.data, have);
        }
      }
      const stray = db
        .prepare(`SELECT tbl FROM version_rows WHERE version_id = ? AND tbl NOT IN (${VERSIONED_TABLES.map(() => '?').join(', ')}) LIMIT 1`)
        .get(versionId, ...VERSIONED_TABLES) as { tbl: string } | undefined;
      if (stray) throw new BrokenVersion(`den har rader i en tabell som inte finns (${stray.tbl.slice(0, 64)})`);
    })();
    const fk = mem.pragma('foreign_key_check') as { table: string }[];
    if (fk.length) throw new BrokenVersion(`den har trasiga hänvisningar (i tabellen ${fk[0].table})`);
    if (schemaVersion < LATEST_VERSION) migrate(mem);
    return mem;
  } catch (e) {
    mem.close();
    throw e;
  }
}

function insertFrozen(mem: Sqlite, tbl: string, rowId: string, data: string, columns: ReadonlySet<string>): void {
  let row: unknown;
  try {
    row = JSON.parse(data);
  } catch {
    throw new BrokenVersion(`en rad i tabellen ${tbl} är inte läsbar`);
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BrokenVersion(`en rad i tabellen ${tbl} är inte en rad`);
  const r = row as Record<string, unknown>;
  const keys = Object.keys(r);
  if (keys.length !== columns.size || keys.some((k) => !columns.has(k))) throw new BrokenVersion(`en rad i tabellen ${tbl} har andra kolumner än tabellen`);
  if (rowIdOf(tbl as PlanTableName, r) !== rowId) throw new BrokenVersion(`en rad i tabellen ${tbl} har fel nyckel`);
  for (const k of keys) {
    const v = r[k];
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new BrokenVersion(`en rad i tabellen ${tbl} har ett värde av fel slag`);
    if (typeof v === 'string' && v.length > TEXT_MAX_LENGTH) throw new BrokenVersion(`ett textfält i tabellen ${tbl} är för långt`);
  }
  try {
    statement(mem, `INSERT INTO "${tbl}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(...keys.map((k) => r[k]));
  } catch (e) {
    throw new BrokenVersion(`en rad i tabellen ${tbl} godtas inte (${(e as Error).message.split('\n')[0]})`);
  }
}

function versionRow(db: Sqlite, id: string): Row<'versions'> | undefined {
  return db.prepare('SELECT * FROM versions WHERE id = ?').get(id) as Row<'versions'> | undefined;
}

/** The plan of version `id` as it was adopted. */
export function readVersionPlan(db: Sqlite, id: string): Plan {
  const row = versionRow(db, id);
  if (!row) throw new BrokenVersion(`versionen "${id}" finns inte`);
  const mem = restoredDocument(db, id, row.schema_version);
  try {
    return readPlan(mem);
  } finally {
    mem.close();
  }
}

/** Every version with its plan, as the JSON export writes them. */
export function readVersions(db: Sqlite): NonNullable<Plan['versions']> {
  return listVersions(db).map((v) => ({ ...v, plan: toPlanDocument(readVersionPlan(db, v.id)) }));
}

/**
 * The open gate's check of every version: its rows must make a valid plan through the plan's
 * own tables, schema and rules, and the adopted scenario must be one of its scenarios.
 */
export function versionProblems(db: Sqlite, currentYear?: number): Problem[] {
  for (const v of listVersionRows(db)) {
    const where = `versions (${v.name.slice(0, 80)})`;
    let plan: Plan;
    try {
      plan = readVersionPlan(db, v.id);
    } catch (e) {
      if (e instanceof BrokenVersion) return [{ path: where, message: `Versionen kan inte läsas: ${e.message}.` }];
      throw e;
    }
    const parsed = planDocumentSchema.safeParse(toPlanDocument(plan));
    const problems = parsed.success ? rules(plan, currentYear) : problemsFromZod(parsed.error);
    if (problems.length) return [{ path: where, message: `Versionen har ogiltiga värden: ${describeProblem(problems[0])}` }];
    if (!plan.scenarios.some((s) => s.id === v.scenario_id)) {
      return [{ path: where, message: `Det antagna scenariot "${v.scenario_id}" finns inte i versionens plan.` }];
    }
  }
  return [];
}

function rules(plan: Plan, currentYear?: number): Problem[] {
  const r = checkPlan(plan, { currentYear });
  return r.ok ? [] : r.problems;
}

function listVersionRows(db: Sqlite): Row<'versions'>[] {
  return db.prepare('SELECT * FROM versions ORDER BY position').all() as Row<'versions'>[];
}

/** Writes versions given with their plans (a JSON import) into a new document, unlogged like the plan itself. */
export function insertVersions(db: Sqlite, versions: NonNullable<Plan['versions']>): void {
  const version = db.prepare('INSERT INTO versions (id, position, name, adopted_on, decision_ref, scenario_id, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const row = db.prepare('INSERT INTO version_rows (version_id, tbl, row_id, data) VALUES (?, ?, ?, ?)');
  versions.forEach((v, i) => {
    version.run(v.id, i, v.name, v.adoptedOn, v.decisionRef ?? null, v.scenarioId, LATEST_VERSION);
    const { format: _f, formatVersion: _v, ...plan } = v.plan;
    for (const r of frozenRowsOf(plan)) row.run(v.id, r.tbl, r.rowId, r.data);
  });
}

/** The version adopted last (by date, then by order) with its plan, or null: what the workbook follows up. */
export function newestVersion(db: Sqlite): Version | null {
  let best: VersionInfo | null = null;
  for (const v of listVersions(db)) if (!best || v.adoptedOn >= best.adoptedOn) best = v;
  return best ? { ...best, plan: toPlanDocument(readVersionPlan(db, best.id)) } : null;
}
