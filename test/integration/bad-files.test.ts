// The catalogue of bad files (DESIGN §3 "Foreign and old files"): each is refused whole, by the
// CLI's `validate` (exit 1, one Swedish line naming the reason) and by `document.open` through
// the dispatch (code refusedFile); the file is never written to and nothing appears beside it.
// And a `-wal` file beside a good document is ignored: never applied, never touched.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { LATEST_VERSION } from '../../migrations';
import { workingDir } from '../../electron/app-data/paths';
import { listDir, removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, refused, SWEDISH, writeDocument } from '../support/documents';
import { craftDb, craftFrom, flipBtreePageHeader, minimalZip, quickCheck } from '../support/craft';
import { cli, commandExists, stderrLines } from '../support/processes';

let root: string;
let good: string;

beforeAll(() => {
  useTempDataDir();
  root = tempDir('bad-files');
  good = writeDocument(root, 'good.klimat');
});
afterAll(removeTempDirs);

interface Case {
  name: string;
  /** What the refusal must say (besides being one Swedish sentence). */
  reason: RegExp;
  /** Writes the bad file at `path` (from the good document `good`). */
  make(path: string, good: string): void;
}

/** Rewrites the first row of `table` with checks off (ignore_check_constraints, no foreign keys). */
function unchecked(sql: string, ...params: unknown[]): (path: string, good: string) => void {
  return (path, from) =>
    craftFrom(from, path, (db) => {
      db.pragma('foreign_keys = OFF');
      db.pragma('ignore_check_constraints = ON');
      expect(db.prepare(sql).run(...params).changes).toBeGreaterThan(0);
    });
}

const FIRST_ABSOLUTE_ACTION = "(SELECT id FROM actions WHERE effect_kind = 'absolute' ORDER BY position LIMIT 1)";

const CASES: Case[] = [
  { name: 'an empty file (0 bytes)', reason: /tom \(0 byte\)/, make: (p) => writeFileSync(p, '') },
  {
    name: 'a truncated file (a real document cut in half)',
    reason: /avkortad/,
    make: (p, g) => {
      const bytes = readFileSync(g);
      writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  {
    name: 'a ZIP file renamed to .klimat',
    reason: /ZIP-fil/,
    make: (p) => {
      const json = Buffer.from('{"format":"klimat-plan"}\n');
      if (commandExists('zip')) {
        const work = join(root, `zip-${Date.now()}`);
        mkdirSync(work);
        writeFileSync(join(work, 'plan.json'), json);
        execFileSync('zip', ['-q', 'plan.zip', 'plan.json'], { cwd: work });
        copyFileSync(join(work, 'plan.zip'), p);
        rmSync(work, { recursive: true });
      } else {
        writeFileSync(p, minimalZip('plan.json', json));
      }
    },
  },
  { name: 'a plain text file', reason: /textfil/, make: (p) => writeFileSync(p, 'Det här är en anteckning, ingen plan.\nRad två.\n') },
  {
    name: 'a JSON plan renamed to .klimat',
    reason: /JSON-fil.*Importera JSON/,
    make: (p) => writeFileSync(p, '{ "format": "klimat-plan", "formatVersion": 1 }\n'),
  },
  {
    name: "another application's SQLite file (wrong application_id)",
    reason: /SQLite-databas från ett annat program/,
    make: (p) => {
      const db = new Database(p);
      db.pragma('application_id = 1179403647');
      db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hej');");
      db.close();
    },
  },
  {
    name: 'a newer user_version (names both versions)',
    reason: new RegExp(`filformat ${LATEST_VERSION + 1}\\b.*filformat ${LATEST_VERSION}\\b`),
    make: (p, g) => craftFrom(g, p, (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`)),
  },
  {
    name: 'flipped bytes in the middle (a b-tree page header overwritten)',
    reason: /skadad/,
    make: (p, g) => {
      copyFileSync(g, p);
      flipBtreePageHeader(p);
      // The damage must be real: SQLite itself finds it.
      expect(quickCheck(p)).not.toBe('ok');
    },
  },
  {
    name: 'an extra trigger',
    reason: /utlösaren \(trigger\) "stjäl"/,
    make: (p, g) => craftFrom(g, p, (db) => db.exec("CREATE TRIGGER stjäl AFTER UPDATE ON plan BEGIN UPDATE plan SET title = 'x'; END;")),
  },
  {
    name: 'an extra view',
    reason: /vyn "alla"/,
    make: (p, g) => craftFrom(g, p, (db) => db.exec('CREATE VIEW alla AS SELECT * FROM actions')),
  },
  {
    name: 'an extra table',
    reason: /tabellen "extra"/,
    make: (p, g) => craftFrom(g, p, (db) => db.exec('CREATE TABLE extra (x TEXT)')),
  },
  {
    name: 'a string of 10 MB',
    reason: /längre än tillåtna 10000 tecken/,
    make: unchecked("UPDATE plan SET title = ? WHERE id = 'plan'", 'å'.repeat(10 * 1024 * 1024)),
  },
  {
    name: 'NaN (stored by SQLite as NULL) where a number is required',
    reason: /Effekten \(ton per år\) saknas/,
    make: unchecked(`UPDATE actions SET effect_tons_per_year = ? WHERE id = ${FIRST_ABSOLUTE_ACTION}`, Number.NaN),
  },
  {
    name: 'an infinite number',
    reason: /Effekten måste vara ett tal/,
    make: unchecked(`UPDATE actions SET effect_tons_per_year = 9e999 WHERE id = ${FIRST_ABSOLUTE_ACTION}`),
  },
  {
    name: 'a negative capex',
    reason: /Investeringen måste vara ett heltal ≥ 0/,
    make: unchecked('UPDATE actions SET capex_sek = -1 WHERE id = (SELECT id FROM actions ORDER BY position LIMIT 1)'),
  },
  {
    name: 'a capex of 10^15',
    reason: /Investeringen får vara högst/,
    make: unchecked('UPDATE actions SET capex_sek = 1000000000000000 WHERE id = (SELECT id FROM actions ORDER BY position LIMIT 1)'),
  },
  {
    name: 'a negative baseline in a sector that is no sink',
    reason: /negativt i en kolsänka/,
    make: unchecked("UPDATE baseline_points SET tons_co2e = -5 WHERE sector_id = 'transport'"),
  },
  {
    name: 'duplicate ids (the primary key rebuilt away behind an unchanged schema)',
    reason: /Id:t "t2030" finns mer än en gång/,
    make: (p, g) =>
      craftFrom(g, p, (db) => {
        const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'targets'").get() as { sql: string }).sql;
        // The table's own indexes (not the key's) go with DROP TABLE and are put back as they were.
        const indexes = (
          db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'targets' AND sql IS NOT NULL").all() as { sql: string }[]
        ).map((r) => r.sql);
        db.pragma('foreign_keys = OFF');
        db.exec('CREATE TEMP TABLE saved AS SELECT * FROM targets; DROP TABLE targets;');
        db.exec(sql.replace('id TEXT PRIMARY KEY NOT NULL', 'id TEXT NOT NULL'));
        for (const index of indexes) db.exec(index);
        db.exec("INSERT INTO targets SELECT * FROM saved; INSERT INTO targets SELECT * FROM saved WHERE id = 't2030';");
        // An ordinary index on the column, renamed to the key's automatic index: the schema now
        // reads exactly as the format's, but nothing enforces uniqueness any more.
        db.exec('CREATE INDEX fake_key ON targets (id)');
        db.pragma('writable_schema = ON');
        db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'targets'").run(sql);
        db.prepare("UPDATE sqlite_schema SET name = 'sqlite_autoindex_targets_1', sql = NULL WHERE name = 'fake_key'").run();
        db.pragma('writable_schema = OFF');
      }),
  },
  {
    name: 'a dangling sector reference',
    reason: /trasiga hänvisningar \(i tabellen actions\)/,
    make: unchecked("UPDATE actions SET sector_id = 'finns-inte' WHERE id = (SELECT id FROM actions ORDER BY position LIMIT 1)"),
  },
];

describe('bad files are refused whole and never touched', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      let dir: string;
      let file: string;
      let hash: string;
      let files: string[];

      beforeAll(() => {
        dir = join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
        mkdirSync(dir);
        file = join(dir, 'plan.klimat');
        c.make(file, good);
        hash = sha256(file);
        files = listDir(dir);
      });

      it('validate: exit 1 and one Swedish line that names the reason', async () => {
        const r = await cli(['validate', file]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        const lines = stderrLines(r);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(SWEDISH);
        expect(lines[0]).toMatch(c.reason);
        expect(sha256(file)).toBe(hash);
        expect(listDir(dir)).toEqual(files);
      });

      it('document.open: refusedFile with the same reason; no lock, sidecar or working copy left', async () => {
        const before = readdirSync(workingDir());
        const m = managerIn(dir);
        const err = await refused(m, 'document.open', { name: 'plan.klimat' });
        expect(err.code).toBe('refusedFile');
        expect(err.message).not.toMatch(/\n/);
        expect(err.message).toMatch(SWEDISH);
        expect(err.message).toMatch(c.reason);
        expect((await ok(m, 'document.status')).open).toBe(false);
        expect(sha256(file)).toBe(hash);
        expect(listDir(dir)).toEqual(files);
        expect(readdirSync(workingDir())).toEqual(before);
      });
    });
  }
});

describe('a -wal file beside a good document', () => {
  it('is ignored: the document opens as its main file holds it, and neither file changes', async () => {
    const dir = tempDir('wal');
    const file = writeDocument(dir, 'plan.klimat');
    const title = (JSON.parse((await cli(['export-json', file, '-'])).stdout) as Plan).plan.title;

    // A real WAL: a copy in WAL mode with an edit that is still only in its -wal file.
    const scratch = tempDir('wal-scratch');
    const copy = join(scratch, 'plan.klimat');
    copyFileSync(file, copy);
    const db = craftDb(copy);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("UPDATE plan SET title = 'Från WAL-filen'").run();
    copyFileSync(`${copy}-wal`, `${file}-wal`);
    // Proof that the WAL is real: beside a second copy of the original, SQLite applies it.
    const proof = join(scratch, 'proof.klimat');
    copyFileSync(file, proof);
    copyFileSync(`${copy}-wal`, `${proof}-wal`);
    db.close();
    const p = new Database(proof, { readonly: true });
    expect((p.prepare('SELECT title FROM plan').get() as { title: string }).title).toBe('Från WAL-filen');
    p.close();

    const hashes = [sha256(file), sha256(`${file}-wal`)];
    const files = listDir(dir);
    expect(files).toContain('plan.klimat-wal');

    const v = await cli(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe('OK\n');
    const exported = JSON.parse((await cli(['export-json', file, '-'])).stdout) as Plan;
    expect(exported.plan.title).toBe(title);

    const m = managerIn(dir);
    const status = await ok(m, 'document.open', { name: 'plan.klimat' });
    expect(status.title).toBe(title);
    m.close(true);

    expect([sha256(file), sha256(`${file}-wal`)]).toEqual(hashes);
    expect(listDir(dir)).toEqual(files);
  });
});
