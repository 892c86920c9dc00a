// Applies the numbered migrations in order, each in one transaction, and knows what schema
// each version creates (the open gate refuses anything else).
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from '../../migrations';
import { APPLICATION_ID, type Sqlite } from './db';

export { LATEST_VERSION };

/** True for a version some migration creates (1 to LATEST_VERSION: the list has no gap). */
export function isKnownVersion(version: number): boolean {
  return MIGRATIONS.some((m) => m.version === version);
}

export function schemaVersion(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings a writable connection from its version up to `target` (default: the newest). */
export function migrate(db: Sqlite, target = LATEST_VERSION): void {
  const from = schemaVersion(db);
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
}

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const READ_SCHEMA = 'SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name';

export function readSchema(db: Sqlite): SchemaObject[] {
  return db.prepare(READ_SCHEMA).all() as SchemaObject[];
}

const expected = new Map<number, SchemaObject[]>();

/** The schema that migrations 1..version create, built once in memory. */
export function expectedSchema(version: number): SchemaObject[] {
  let s = expected.get(version);
  if (!s) {
    const mem = new Database(':memory:');
    try {
      migrate(mem, version);
      s = readSchema(mem);
    } finally {
      mem.close();
    }
    expected.set(version, s);
  }
  return s;
}

/** The first object that differs from what `version` created, described in Swedish; or null. */
export function schemaDifference(actual: SchemaObject[], version: number): string | null {
  const want = new Map(expectedSchema(version).map((o) => [`${o.type}:${o.name}`, o]));
  for (const o of actual) {
    const w = want.get(`${o.type}:${o.name}`);
    if (!w) return `den innehåller ${KIND_SV[o.type] ?? o.type} "${o.name}" som inte hör till formatet`;
    if (w.sql !== o.sql || w.tbl_name !== o.tbl_name) return `${KIND_SV[o.type] ?? o.type} "${o.name}" är ändrad`;
    want.delete(`${o.type}:${o.name}`);
  }
  const missing = want.values().next().value;
  return missing ? `${KIND_SV[missing.type] ?? missing.type} "${missing.name}" saknas` : null;
}

const KIND_SV: Record<string, string> = {
  table: 'tabellen',
  index: 'indexet',
  trigger: 'utlösaren (trigger)',
  view: 'vyn',
};
