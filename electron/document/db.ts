// better-sqlite3 connections with the pragmas of DESIGN §3, and kysely as the typed query
// builder. Kysely compiles, better-sqlite3 runs synchronously: a transaction is then a plain
// function, and an edit with its change-log rows commits as one unit.
import Database from 'better-sqlite3';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable, type CompiledQuery } from 'kysely';
import type { DB } from './tables';

/** "KLMT": marks a SQLite file as ours (PRAGMA application_id). */
export const APPLICATION_ID = 0x4b4c4d54;

export type Sqlite = Database.Database;

/** The query builder; it never touches a connection itself. */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** Where the Electron build keeps its own native module (see electron/build/native-electron.mjs). */
let nativeBinding: string | undefined;
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The native module in use (undefined: better-sqlite3's own build). */
export const nativeBindingPath = (): string | undefined => nativeBinding;

/** Pragmas for every connection: a file may be hostile until it has passed the gate. */
function harden(db: Sqlite): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('mmap_size = 0');
}

export function openReadOnly(path: string): Sqlite {
  const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  harden(db);
  return db;
}

/** A connection for writing: our working copies, new files, migrations. */
export function openWritable(path: string, opts: { wal?: boolean; create?: boolean } = {}): Sqlite {
  const db = new Database(path, { fileMustExist: !opts.create, nativeBinding });
  harden(db);
  db.pragma('foreign_keys = ON');
  if (opts.wal) {
    db.pragma('journal_mode = WAL');
    // Every edit is one transaction that must survive a crash of the app (not necessarily of
    // the OS): NORMAL in WAL mode gives exactly that without an fsync per keystroke.
    db.pragma('synchronous = NORMAL');
  }
  return db;
}

const statements = new WeakMap<Sqlite, Map<string, Database.Statement>>();

/** A prepared statement, cached per connection. */
export function statement(db: Sqlite, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function compiled<R>(q: Compilable<R> | CompiledQuery<R>): CompiledQuery<R> {
  return 'compile' in q ? q.compile() : q;
}

export function all<R>(db: Sqlite, q: Compilable<R> | CompiledQuery<R>): R[] {
  const c = compiled(q);
  return statement(db, c.sql).all(...(c.parameters as unknown[])) as R[];
}

export function first<R>(db: Sqlite, q: Compilable<R> | CompiledQuery<R>): R | undefined {
  const c = compiled(q);
  return statement(db, c.sql).get(...(c.parameters as unknown[])) as R | undefined;
}

export function run(db: Sqlite, q: Compilable<unknown> | CompiledQuery<unknown>): number {
  const c = compiled(q);
  return statement(db, c.sql).run(...(c.parameters as unknown[])).changes;
}
