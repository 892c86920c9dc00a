// Migrations (DESIGN §3 step 4): a file of any older version opens, migrated in the working copy
// only; the user's file stays as it was. And the static list of migrations is exactly the
// numbered .sql files in migrations/ (a test may scan the folder; the app may not).
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../migrations';
import { APPLICATION_ID } from '../../electron/document/db';
import { expectedSchema, migrate, readSchema } from '../../electron/document/migrate';
import { listDir, removeTempDirs, REPO, sha256, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok } from '../support/documents';
import { cli } from '../support/processes';

beforeAll(() => {
  useTempDataDir();
});
afterAll(removeTempDirs);

/**
 * A document at schema version `version`: migrations 1..version applied to an empty file with
 * our application_id, holding a small plan. The rows are written in the shape of version 1
 * (right after migration 1), and the later migrations up to `version` carry them forward, as
 * they would in a file that has lived through those versions.
 */
function documentAtVersion(path: string, version: number): void {
  const db = new Database(path);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 1);
    db.exec(`
      INSERT INTO meta (key, value) VALUES
        ('doc_id', '7d0c3f5e-2b1a-4c8e-9f00-1a2b3c4d5e6f'), ('format_version', '1'),
        ('min_reader_version', '1'), ('app_version', '0.0.1'), ('created_at', '2024-01-01T00:00:00.000Z');
      INSERT INTO plan VALUES ('plan', 'Umeå', '2480', 'Plan från version ${version}', 2020, 2045, 2024, 0.035, 7000, 'tkr');
      INSERT INTO sectors VALUES ('transport', 0, 'Transporter', 0, 0), ('sinks', 1, 'Kolsänkor', 1, 0);
      INSERT INTO baselines VALUES ('transport', 0, -0.01);
      INSERT INTO baseline_points VALUES ('transport', 2020, 0, 150000);
      INSERT INTO actions (id, position, code, name, sector_id, owner, cost_bearer, status, start_year, effect_tons_per_year, capex_sek)
        VALUES ('a1', 0, 'T-01', 'Elbussar', 'transport', 'Tekniska nämnden', 'municipality', 'decided', 2025, 5000, 20000000);
      INSERT INTO scenarios VALUES ('decided', 0, 'Beslutade åtgärder', 0, 1, 1);
      INSERT INTO scenario_statuses VALUES ('decided', 'decided', 0);
    `);
    migrate(db, version);
    db.prepare("UPDATE meta SET value = ? WHERE key IN ('format_version', 'min_reader_version')").run(String(version));
    expect(db.pragma('user_version', { simple: true })).toBe(version);
  } finally {
    db.close();
  }
}

const userVersion = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe('the migration list', () => {
  it('is exactly the numbered .sql files of migrations/, in order, with their text', () => {
    const dir = join(REPO, 'migrations');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((m) => `${m.name}.sql`)).toEqual(files);
    // Versions run 1, 2, …, N without a gap.
    MIGRATIONS.forEach((m, i) => {
      expect(m.version, m.name).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0') + '_'), m.name).toBe(true);
      expect(m.sql, m.name).toBe(readFileSync(join(dir, `${m.name}.sql`), 'utf8'));
    });
    expect(LATEST_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
  });

  it('migrating step by step from every version gives the schema of a fresh document', () => {
    for (const from of MIGRATIONS.map((m) => m.version)) {
      const db = new Database(':memory:');
      migrate(db, from);
      migrate(db);
      expect(readSchema(db), `from version ${from}`).toEqual(expectedSchema(LATEST_VERSION));
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
    }
  });
});

describe('a file at every version that exists', () => {
  for (const { version } of MIGRATIONS) {
    it(`version ${version}${version < LATEST_VERSION ? ' (older)' : ' (current)'}: opens, migrated in the working copy only`, async () => {
      const dir = tempDir(`v${version}`);
      const file = join(dir, 'plan.klimat');
      documentAtVersion(file, version);
      const hash = sha256(file);
      const files = listDir(dir);

      const v = await cli(['validate', file]);
      expect(v.stderr).toBe('');
      expect(v.code).toBe(0);

      const m = managerIn(dir);
      const status = await ok(m, 'document.open', { name: 'plan.klimat' });
      expect(status).toMatchObject({ open: true, title: `Plan från version ${version}`, dirty: false });
      const plan = await ok(m, 'plan.snapshot');
      expect(plan.actions.map((a) => [a.id, a.capexSek, a.effectTonsPerYear])).toEqual([['a1', 20_000_000, 5000]]);
      expect(plan.baseline).toEqual([{ sectorId: 'transport', points: [{ year: 2020, tonsCo2e: 150000 }], annualChange: -0.01 }]);

      // The working copy is at the newest version; the user's file is untouched.
      const copy = m.require().db;
      expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(readSchema(copy)).toEqual(expectedSchema(LATEST_VERSION));
      expect(userVersion(file)).toBe(version);
      expect(sha256(file)).toBe(hash);
      expect(listDir(dir)).toEqual([...files, 'plan.klimat.lock'].sort());

      m.close(true);
      expect(sha256(file)).toBe(hash);
      expect(listDir(dir)).toEqual(files);
    });
  }
});
