// DESIGN §2: "the valid ranges of §4 live once in shared/; the zod schemas are built from it and
// the SQL CHECK constraints are checked against it by a test". This is that test: for every
// column with a range, the bounds are accepted and the values just outside refused, by the
// CHECK of a freshly migrated document and by the zod schema of the same field alike.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MIGRATIONS } from '../../../migrations';
import { RANGES, TEXT_MAX_LENGTH, type RangeKey } from '../../../shared/domain/ranges';
import { ENTITIES } from '../../../shared/fields';
import { sqlColumnsOf } from '../../../shared/fields/entity';
import { migrate } from '../../../electron/document/migrate';

interface Column {
  table: string;
  column: string;
  range: RangeKey;
  /** The zod schema of the same field, from the field registry. */
  zod: z.ZodType;
  /** A bound that another CHECK of the row makes unreachable (start_year < end_year). */
  unreachable?: 'min' | 'max';
}

const UNREACHABLE: Record<string, 'min' | 'max'> = { 'plan.start_year': 'max', 'plan.end_year': 'min' };

/** Every (table, column) of the field registry with a range of shared/domain/ranges.ts. */
const COLUMNS: Column[] = ENTITIES.flatMap((e) =>
  sqlColumnsOf(e.fields)
    .filter(({ spec }) => spec.range && e.table)
    .map(({ column, spec }) => ({ table: e.table!, column, range: spec.range!, zod: spec.zod, unreachable: UNREACHABLE[`${e.table}.${column}`] })),
);

/** Text columns capped at TEXT_MAX_LENGTH (every text field but the four-digit municipality code and a version's date). */
const TEXT_COLUMNS: [string, string][] = ENTITIES.flatMap((e) =>
  Object.values(e.fields)
    .filter((f) => f.kind === 'text' && f.column && e.table && !['municipality_code', 'adopted_on'].includes(f.column))
    .map((f): [string, string] => [e.table!, f.column!]),
);

/** The next double above / below `v`: the very first value outside a real-valued bound. */
function nextDouble(v: number, dir: 1 | -1): number {
  if (v === 0) return dir * Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, v > 0 === dir > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

function outside(key: RangeKey): { below: number; above: number } {
  const r = RANGES[key];
  return r.integer ? { below: r.min - 1, above: r.max + 1 } : { below: nextDouble(r.min, -1), above: nextDouble(r.max, 1) };
}

/** One valid row in every table (in dependency order), so each check is a one-column UPDATE. */
const SEED = `
  INSERT INTO plan VALUES ('plan', 'Umeå', '2480', 'T', 2020, 2045, 2025, 0.035, 7000, 'tkr');
  INSERT INTO sectors VALUES ('transport', 0, 'Transporter', 0, 0);
  INSERT INTO baselines VALUES ('transport', 0, 0);
  INSERT INTO baseline_points VALUES ('transport', 2020, 0, 100);
  INSERT INTO targets VALUES ('t', 0, 'Mål', 2030, 'gross', 'reduction', 0.5, 2020, 100, 100);
  INSERT INTO carbon_budget VALUES ('budget', 2022, 1000, 'net');
  INSERT INTO actions (id, position, code, name, sector_id, owner, cost_bearer, status, start_year, effect_tons_per_year, effect_share)
    VALUES ('a', 0, 'A', 'Åtgärd', 'transport', '', 'municipality', 'idea', 2025, 1, 0.5);
  INSERT INTO cost_overrides VALUES ('a', 2026, 0, 1, 1, 1);
  INSERT INTO co_benefit_scores VALUES ('a', 'health', 1);
  INSERT INTO action_tags VALUES ('a', 'tagg', 0);
  INSERT INTO financing_sources VALUES ('s', 0, 'Källa', 'stateGrant');
  INSERT INTO financing_entries VALUES ('f', 0, 's', 'a', 2025, 1, 'secured');
  INSERT INTO scenarios VALUES ('sc', 0, 'Scenario', 0, 1, 1);
  INSERT INTO actuals VALUES ('a', 2025, 0, 1, 1, 1, 1, 'Not');
  INSERT INTO observed_emissions VALUES ('transport', 0);
  INSERT INTO observed_points VALUES ('transport', 2020, 0, 100);
  INSERT INTO versions VALUES ('v', 0, 'Antagen', '2026-06-15', 'Dnr 1', 'sc', 5);
  INSERT INTO version_rows VALUES ('v', 'plan', 'plan', '{}');
  INSERT INTO commitments VALUES ('governance', 0, 'establish', 'ongoing', 'Kommunstyrelsen', 'Belägg');
  INSERT INTO scenario_start_years VALUES ('sc', 'a', 2026, 0);
  INSERT INTO uncertainty_defaults (status, probability) VALUES ('idea', 0.5);
`;

let db: Database.Database;
beforeAll(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.exec(SEED);
});
afterAll(() => db.close());

/** Whether the document accepts `value` in the column (the row is put back either way). */
function sqlAccepts(table: string, column: string, value: unknown): { ok: boolean; error?: string } {
  db.exec('SAVEPOINT probe');
  try {
    const changed = db.prepare(`UPDATE "${table}" SET "${column}" = ?`).run(value).changes;
    if (changed !== 1) throw new Error(`no row in ${table}`);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  } finally {
    db.exec('ROLLBACK TO probe; RELEASE probe');
  }
}

describe('SQL CHECK constraints agree with shared/domain/ranges.ts', () => {
  it('maps every ranged column of the schema (a new CHECK … BETWEEN must be added here)', () => {
    const sql = MIGRATIONS.map((m) => m.sql).join('\n');
    const found = new Set<string>();
    for (const [, table, body] of sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\)/g)) {
      for (const [, col] of body.matchAll(/^\s*(\w+) [A-Z][^\n]*CHECK \(\1 BETWEEN/gm)) found.add(`${table}.${col}`);
    }
    // Columns added to an existing table by a later migration.
    for (const [, table, col] of sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+) [A-Z][^\n]*CHECK \(\2 BETWEEN/g)) found.add(`${table}.${col}`);
    expect(found.size).toBeGreaterThan(30);
    expect([...found].sort()).toEqual(COLUMNS.map((x) => `${x.table}.${x.column}`).sort());
  });

  for (const col of COLUMNS) {
    const r = RANGES[col.range];
    const { below, above } = outside(col.range);
    describe(`${col.table}.${col.column} ↔ ${col.range} [${r.min}, ${r.max}]`, () => {
      it('accepts min and max', () => {
        for (const [bound, v] of [
          ['min', r.min],
          ['max', r.max],
        ] as const) {
          expect(col.zod.safeParse(v).success, `zod ${bound}`).toBe(true);
          const res = sqlAccepts(col.table, col.column, v);
          if (col.unreachable === bound) {
            // Only the row's cross-column CHECK (start_year < end_year) may refuse it.
            expect(res.error ?? '').toMatch(/CHECK constraint failed: start_year < end_year/);
          } else {
            expect(res, `sql ${bound}`).toEqual({ ok: true });
          }
        }
      });

      it('refuses just below min and just above max', () => {
        for (const v of [below, above]) {
          expect(col.zod.safeParse(v).success, `zod ${v}`).toBe(false);
          const res = sqlAccepts(col.table, col.column, v);
          expect(res.ok, `sql ${v}`).toBe(false);
          expect(res.error).toMatch(new RegExp(`CHECK constraint failed: ${col.column} BETWEEN`));
        }
      });

      if (r.integer && r.max > r.min) {
        it('refuses a fraction inside the range (whole numbers only)', () => {
          const v = r.min + 0.5;
          expect(col.zod.safeParse(v).success).toBe(false);
          expect(sqlAccepts(col.table, col.column, v).ok).toBe(false);
        });
      }
    });
  }

  it('refuses NaN and ±Infinity in zod; SQLite stores NaN as NULL and refuses ±Infinity by CHECK', () => {
    for (const col of COLUMNS) {
      for (const v of [Number.NaN, Infinity, -Infinity]) expect(col.zod.safeParse(v).success, `${col.column} ${v}`).toBe(false);
      for (const v of [Infinity, -Infinity]) expect(sqlAccepts(col.table, col.column, v).ok, `${col.table}.${col.column} ${v}`).toBe(false);
    }
  });

  it(`caps text columns at ${TEXT_MAX_LENGTH} characters in SQL as in zod`, () => {
    const text = ENTITIES.find((e) => e.table === 'actions')!.fields.notes.zod;
    expect(text.safeParse('x'.repeat(TEXT_MAX_LENGTH)).success).toBe(true);
    expect(text.safeParse('x'.repeat(TEXT_MAX_LENGTH + 1)).success).toBe(false);
    for (const [table, column] of TEXT_COLUMNS) {
      expect(sqlAccepts(table, column, 'å'.repeat(TEXT_MAX_LENGTH)), `${table}.${column}`).toEqual({ ok: true });
      expect(sqlAccepts(table, column, 'å'.repeat(TEXT_MAX_LENGTH + 1)).ok, `${table}.${column}`).toBe(false);
    }
  });
});
