// Steps 3–6 of the open gate (DESIGN §3), run on a private copy of the file, in a child process
// that the parent kills after a timeout (better-sqlite3 cannot interrupt a runaway query).
import { checkPlan } from '../../shared/schema/document';
import { planDocumentSchema } from '../../shared/schema/document';
import { describeProblem, problemsFromZod, type Problem } from '../../shared/schema/problems';
import { toPlanDocument } from '../../shared/schema/document';
import type { Plan } from '../../shared/domain/types';
import { hlcToIso } from './clock';
import { APPLICATION_ID, openReadOnly, openWritable, type Sqlite } from './db';
import { isKnownVersion, LATEST_VERSION, migrate, readSchema, schemaDifference, schemaVersion } from './migrate';
import { readPlan } from './read';
import { RefusedFile } from './refused';
import { logInternalError } from '../app-data/error-log';
import { TABLE_ROW_CAPS, tableSizeProblem, textCap } from './limits';
import { PLAN_TABLES, type TableName } from './tables';
import { versionProblems } from './versions';

export interface Admission {
  docId: string;
  /** The version the file had; the copy is now at LATEST_VERSION. */
  fileVersion: number;
  actions: number;
  /** With `withPlan`: the checked plan itself, which the gate reads anyway (the roll-up needs no second read). */
  plan?: Plan;
  /** With `withPlan`: when the document was saved last (its newest save, ISO), or null when it records none. */
  savedAt?: string | null;
}

export interface InspectOptions {
  withPlan?: boolean;
}

export type InspectResult = { ok: true; admission: Admission } | { ok: false; message: string; problems?: Problem[] };

export function inspect(path: string, opts: InspectOptions = {}): InspectResult {
  try {
    const version = checkStructure(path);
    if (version < LATEST_VERSION) {
      // Only the private copy is migrated; the user's file stays as it was.
      const w = openWritable(path);
      try {
        migrate(w);
      } finally {
        w.close();
      }
    }
    return { ok: true, admission: checkContent(path, version, opts) };
  } catch (e) {
    if (e instanceof ContentRefused) return { ok: false, message: e.message, problems: e.problems };
    if (e instanceof RefusedFile) return { ok: false, message: e.message };
    return { ok: false, message: `Filen är skadad och kan inte läsas som en klimatplan (${sqliteReason(e)}).` };
  }
}

class ContentRefused extends RefusedFile {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

/** Steps 3–5 on a read-only connection; returns the file's schema version. */
function checkStructure(path: string): number {
  const db = openReadOnly(path);
  try {
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw new RefusedFile('Filen är en SQLite-databas från ett annat program, inte en klimatplan.');
    }
    const quick = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (quick.length !== 1 || quick[0].quick_check !== 'ok') {
      logInternalError(new Error(`quick_check: ${oneLine(quick.map((q) => q.quick_check).join('; ')).slice(0, 2_000)}`));
      throw new RefusedFile('Filen är skadad: SQLite:s kontroll av databasen hittade fel i den (detaljerna finns i programmets fellogg).');
    }
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) {
      throw new RefusedFile(
        `Filen har sparats med en nyare version av Klimatinvesteringsplan (filformat ${version}); den här versionen läser filformat ${LATEST_VERSION} och äldre. Uppdatera programmet för att öppna den.`,
      );
    }
    if (version < 1) throw new RefusedFile('Filen saknar formatversion och är ingen klimatplan.');
    if (!isKnownVersion(version)) {
      throw new RefusedFile(
        `Filen har filformat ${version}, som den här versionen av Klimatinvesteringsplan inte känner till (den läser filformat ${LATEST_VERSION} och äldre utom ${version}). Uppdatera programmet för att öppna den.`,
      );
    }
    const diff = schemaDifference(readSchema(db), version);
    if (diff) throw new RefusedFile(`Filens uppbyggnad stämmer inte med en klimatplan: ${diff}.`);
    const fk = db.pragma('foreign_key_check') as { table: string }[];
    if (fk.length) throw new RefusedFile(`Filen har trasiga hänvisningar (i tabellen ${fk[0].table}).`);
    checkMinReader(db);
    return version;
  } finally {
    db.close();
  }
}

function checkMinReader(db: Sqlite): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'min_reader_version'").get() as { value: string } | undefined;
  const min = Number(row?.value ?? 1);
  if (min > LATEST_VERSION) {
    throw new RefusedFile(`Filen kräver en nyare version av Klimatinvesteringsplan (läsarversion ${min}); den här versionen är ${LATEST_VERSION}.`);
  }
}

/** Step 6: sizes first (cheap, in SQL), then every value through the same schema as the JSON import. */
function checkContent(path: string, fileVersion: number, opts: InspectOptions): Admission {
  const db = openReadOnly(path);
  try {
    checkSizes(db);
    const docId = (db.prepare("SELECT value FROM meta WHERE key = 'doc_id'").get() as { value: string } | undefined)?.value;
    if (!docId || !/^[A-Za-z0-9-]{1,64}$/.test(docId)) throw new RefusedFile('Filen saknar ett giltigt plan-id (doc_id).');
    const plan = readPlan(db);
    const parsed = planDocumentSchema.safeParse(toPlanDocument(plan));
    const problems = parsed.success ? checkPlanProblems(parsed.data) : problemsFromZod(parsed.error);
    if (!problems.length) problems.push(...versionProblems(db));
    if (problems.length) {
      throw new ContentRefused(`Filen innehåller ogiltiga värden: ${describeProblem(problems[0])}`, problems.slice(0, 50));
    }
    const admission: Admission = { docId, fileVersion, actions: plan.actions.length };
    if (opts.withPlan) {
      const last = db.prepare('SELECT max(hlc) AS hlc FROM saves').get() as { hlc: string | null };
      admission.plan = plan;
      admission.savedAt = last.hlc ? hlcToIso(last.hlc) : null;
    }
    return admission;
  } finally {
    db.close();
  }
}

function checkPlanProblems(doc: unknown): Problem[] {
  const { format: _f, formatVersion: _v, ...plan } = doc as ReturnType<typeof toPlanDocument>;
  const r = checkPlan(plan);
  return r.ok ? [] : r.problems;
}

/** A version's plan is held to the plan's own row caps, table by table. */
function checkVersionSizes(db: Sqlite, table: string): void {
  if (table !== 'version_rows') return;
  const counts = db.prepare('SELECT tbl, count(*) AS n FROM version_rows GROUP BY version_id, tbl').all() as { tbl: string; n: number }[];
  for (const { tbl, n } of counts) {
    const cap = TABLE_ROW_CAPS[tbl as TableName]?.max;
    if (cap !== undefined && n > cap) throw new RefusedFile(`En version i filen har för många rader i tabellen ${tbl.slice(0, 64)} (${n}; högst ${cap}).`);
  }
}

function checkSizes(db: Sqlite): void {
  for (const table of [...PLAN_TABLES, 'meta', 'change_log', 'saves'] as TableName[]) {
    const p = tableSizeProblem(db, table);
    if (p) throw new RefusedFile(`Filen har för många ${p.noun} (${p.count}; högst ${p.max}).`);
    const textCols = (db.prepare(`SELECT name FROM pragma_table_info(?) WHERE type = 'TEXT'`).all(table) as { name: string }[]).map((c) => c.name);
    checkVersionSizes(db, table);
    for (const col of textCols) {
      const max = textCap(table, col);
      const long = db.prepare(`SELECT 1 FROM "${table}" WHERE length("${col}") > ? LIMIT 1`).get(max);
      if (long) throw new RefusedFile(`Ett textfält i filen (tabellen ${table}, kolumnen ${col}) är längre än tillåtna ${max} tecken.`);
    }
  }
}

/** SQLite's reports may span lines ("*** in database main ***\nTree 29 page 29: …"); the user gets one sentence. */
function oneLine(report: string): string {
  return report
    .replace(/\*\*\* in database \w+ \*\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** SQLite's reason in Swedish; its own words go to errors.log. */
function sqliteReason(e: unknown): string {
  const m = oneLine(e instanceof Error ? e.message : String(e));
  if (/not a database/i.test(m)) return 'den är inte en giltig databas';
  if (/malformed|corrupt/i.test(m)) return 'databasen är trasig';
  logInternalError(e);
  return 'SQLite kunde inte läsa den; detaljerna finns i programmets fellogg';
}
