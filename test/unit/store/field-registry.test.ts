// The field registry (shared/fields) against the SQL schema of a freshly migrated document:
// every column of a plan table is a field of its entity (or one of the few structural columns:
// a list's position, the key of a parent row; a group field's parts count as fields), NOT NULL where the field is required, its DEFAULT
// the field's default, and its CHECK … IN list the field's allowed values. The ranges are held
// together in ranges.test.ts. A new field is one registry entry and a migration: if either is
// missing, this test names it.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/document/migrate';
import { PLAN_TABLES } from '../../../electron/document/tables';
import { ENTITIES, entityOfTable, fieldOfColumn } from '../../../shared/fields';
import { sqlColumnsOf } from '../../../shared/fields/entity';
import { importSchemas } from '../../../shared/schema/entities';

/** Columns that hold no field: the order of a list, and the parent row a child row hangs on. */
const STRUCTURAL: Record<string, readonly string[]> = {
  plan: ['id'],
  carbon_budget: ['id'],
  sectors: ['position'],
  baselines: ['position'],
  baseline_points: ['sector_id', 'position'],
  targets: ['position'],
  actions: ['position'],
  cost_overrides: ['action_id', 'position'],
  co_benefit_scores: ['action_id'],
  action_commitments: ['action_id', 'position'],
  action_tags: ['action_id', 'position'],
  financing_sources: ['position'],
  financing_entries: ['position'],
  commitments: ['position'],
  scenarios: ['position'],
  scenario_statuses: ['scenario_id', 'position'],
  scenario_actions: ['scenario_id', 'position'],
  actuals: ['position'],
  observed_emissions: ['position'],
  observed_points: ['sector_id', 'position'],
  versions: ['position', 'schema_version'],
  version_rows: ['version_id'],
  scenario_start_years: ['scenario_id', 'position'],
};

interface SqlColumn {
  name: string;
  notnull: number;
  dflt_value: string | null;
}

let db: Database.Database;
beforeAll(() => {
  db = new Database(':memory:');
  migrate(db);
});
afterAll(() => db.close());

const columnsOf = (table: string) => db.prepare(`PRAGMA table_xinfo("${table}")`).all() as SqlColumn[];
const createSql = (table: string) => (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string }).sql;

/** The SQL literal of a registry default, as PRAGMA table_xinfo shows a DEFAULT. */
function sqlLiteral(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return String(v);
}

/** The values of `CHECK (column IN (...))` in the table's CREATE statement, or null. */
function checkedValues(sql: string, column: string): string[] | null {
  const m = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
  return m ? [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]) : null;
}

describe('the field registry agrees with the SQL schema', () => {
  it('has an entity for every plan table', () => {
    expect(PLAN_TABLES.filter((t) => !entityOfTable(t))).toEqual([]);
  });

  for (const table of PLAN_TABLES) {
    describe(table, () => {
      it('every column is a field of the entity, or structural', () => {
        const fields = new Set(sqlColumnsOf(entityOfTable(table)!.fields).map((c) => c.column));
        const extra = columnsOf(table)
          .map((c) => c.name)
          .filter((c) => !fields.has(c) && !(STRUCTURAL[table] ?? []).includes(c));
        expect(extra).toEqual([]);
      });

      it('every field with a column exists, NOT NULL where required, with the registry default', () => {
        const sql = new Map(columnsOf(table).map((c) => [c.name, c]));
        for (const { key, column, spec: f } of sqlColumnsOf(entityOfTable(table)!.fields)) {
          const c = sql.get(column);
          expect(c, `${table}.${column} (${key})`).toBeDefined();
          // An optional flag is stored 0 when absent, so its column is NOT NULL too.
          expect(c!.notnull === 1, `${table}.${column} NOT NULL`).toBe(f.required || f.kind === 'bool');
          if (c!.dflt_value !== null) expect(c!.dflt_value, `${table}.${column} DEFAULT`).toBe(sqlLiteral(f.default));
        }
      });

      it("every enum field's CHECK lists exactly the registry's values", () => {
        const sql = createSql(table);
        for (const { column, spec: f } of sqlColumnsOf(entityOfTable(table)!.fields)) {
          if (f.kind !== 'enum') continue;
          expect(checkedValues(sql, column), `${table}.${column}`).toEqual([...f.values!]);
        }
      });
    });
  }

  it('every enum field has a label for each value, in Swedish and English', () => {
    for (const e of ENTITIES) {
      for (const f of Object.values(e.fields)) {
        if (f.kind !== 'enum') continue;
        for (const v of f.values!) expect(f.valueLabels?.[v]?.sv && f.valueLabels?.[v]?.en, `${e.table} ${v}`).toBeTruthy();
      }
    }
  });
});

describe('what is read off the registry', () => {
  it('the import fills each absent field with its default', () => {
    const parsed = importSchemas.action.parse({ id: 'a', name: 'Ny', sectorId: 'transport', costBearer: 'municipality', status: 'idea', startYear: 2025 });
    for (const [key, f] of Object.entries(entityOfTable('actions')!.fields)) {
      if (f.default !== undefined) expect(parsed[key as keyof typeof parsed], key).toEqual(f.default);
    }
  });

  it('a refusal names the field by its subject and a header by its label', async () => {
    const { fieldHeader } = await import('../../../shared/exchange/columns');
    const capex = entityOfTable('actions')!.fields.capexSek;
    expect(capex.zod.safeParse(-1).error?.issues[0].message).toBe('Investeringen måste vara ett heltal ≥ 0 kr.');
    expect(fieldHeader(capex, 'tkr')).toBe('Investering (tkr)');
    expect(fieldHeader(entityOfTable('actions')!.fields.opexSekPerYear, 'mnkr', 'en')).toBe('Operating cost (MSEK/year)');
  });
});

describe('a new field is one entry', () => {
  it('an optional field added to the action registry reaches the schema, the import, the rows, the shape and the header', async () => {
    const { entity, importShapeOf, normalizer, rowMapper, shapeOf } = await import('../../../shared/fields/entity');
    const { f } = await import('../../../shared/fields/field');
    const { fieldHeader } = await import('../../../shared/exchange/columns');
    const { action } = await import('../../../shared/fields');
    const { z } = await import('zod');
    const extended = entity({
      ...action,
      fields: {
        ...action.fields,
        reviewYear: f.year({ label: ['Granskningsår', 'Review year'], subject: ['Granskningsåret', 'The review year'], column: 'review_year' }).optional(),
      },
    });
    const schema = z.strictObject(shapeOf(extended.fields));
    const base = importSchemas.action.parse({ id: 'a', name: 'Ny', sectorId: 'transport', costBearer: 'municipality', status: 'idea', startYear: 2025 });
    expect(schema.parse({ ...base, reviewYear: 2030 }).reviewYear).toBe(2030);
    expect(schema.safeParse({ ...base, reviewYear: 3000 }).error?.issues[0].message).toBe('Granskningsåret måste vara ett år mellan 1990 och 2100.');
    expect(z.strictObject(importShapeOf(extended.fields)).parse(base)).not.toHaveProperty('reviewYear');
    const rows = rowMapper<Record<string, unknown>>(extended.fields);
    expect(rows.toRow({ ...base, reviewYear: 2030 }).review_year).toBe(2030);
    expect(rows.toRow(base).review_year).toBeNull();
    expect(rows.fromRow({ ...rows.toRow(base), review_year: 2031 }, base).reviewYear).toBe(2031);
    expect(Object.keys(normalizer<Record<string, unknown>>(extended.fields)(base))).toContain('reviewYear');
    expect(fieldHeader(extended.fields.reviewYear, 'tkr')).toBe('Granskningsår');
  });
});

describe('a group field (an action’s uncertainty)', () => {
  it('keeps its parts in columns of the row, and is absent when all of them are NULL', async () => {
    const { rowMapper } = await import('../../../shared/fields/entity');
    const { action } = await import('../../../shared/fields');
    const rows = rowMapper<Record<string, unknown>>(action.fields);
    const base = importSchemas.action.parse({ id: 'a', name: 'Ny', sectorId: 'transport', costBearer: 'municipality', status: 'idea', startYear: 2025 });
    const row = rows.toRow({ ...base, uncertainty: { effectLow: 0.6, probability: 0.9 } });
    expect(row).toMatchObject({ uncertainty_effect_low: 0.6, uncertainty_effect_high: null, uncertainty_probability: 0.9 });
    expect(rows.fromRow(row).uncertainty).toEqual({ effectLow: 0.6, probability: 0.9 });
    expect(rows.fromRow(rows.toRow(base)).uncertainty).toBeUndefined();
    expect(fieldOfColumn('actions', 'uncertainty_delay_max_years')?.label.sv).toBe('Osäkerhet: extra försening upp till');
  });
});
