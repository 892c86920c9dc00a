// Reading the data rows of a mapped sheet: for every mapped column of a row, its value, or that
// it is empty, or the problem with the cell. The entity builders (actions, financing) then
// decide what the values mean. Pure.
import type { MoneyUnit } from '../domain/ids';
import { isBlank, type Cell, type Table } from './cells';
import type { ColumnDef } from './columns';
import { headersOf } from './match';
import { problemAt, type ImportProblem } from './problems';
import { readValue, type ValueContext } from './values';

export type ImportMode = 'add' | 'upsert';

/** What the user chose for a sheet: where the headers are, what each column fills, the unit. */
export interface ImportSettings {
  /** The header row, 1-based; data rows follow it. */
  headerRow: number;
  /** For every column (0 = A): the field it fills, or null. */
  columns: (string | null)[];
  unit: MoneyUnit;
  mode: ImportMode;
}

export interface MappedColumn {
  index: number;
  def: ColumnDef;
  header: string;
}

export function mappedColumns(table: Table, settings: ImportSettings, defs: readonly ColumnDef[]): MappedColumn[] {
  const byField = new Map(defs.map((d) => [d.field, d]));
  const headers = headersOf(table, settings.headerRow);
  const out: MappedColumn[] = [];
  const seen = new Set<string>();
  settings.columns.forEach((field, index) => {
    const def = field ? byField.get(field) : undefined;
    if (!def || seen.has(def.field)) return;
    seen.add(def.field);
    out.push({ index, def, header: headers[index] ?? '' });
  });
  return out;
}

export interface RowValues {
  /** The spreadsheet row number. */
  row: number;
  values: Map<string, unknown>;
  /** Mapped fields whose cell is empty. */
  empty: Set<string>;
  /** Fields whose cell could not be read (their problem is in `problems`). */
  failed: Set<string>;
  problems: ImportProblem[];
}

export function readRow(cells: readonly (Cell | null)[], row: number, mapped: readonly MappedColumn[], ctx: ValueContext): RowValues {
  const out: RowValues = { row, values: new Map(), empty: new Set(), failed: new Set(), problems: [] };
  for (const m of mapped) {
    const cell = cells[m.index];
    if (isBlank(cell)) {
      out.empty.add(m.def.field);
      continue;
    }
    const r = readValue(cell!, m.def.kind, ctx);
    if (r.ok) out.values.set(m.def.field, r.value);
    else {
      out.failed.add(m.def.field);
      out.problems.push(problemAt(row, m.index, m.header, r.message));
    }
  }
  return out;
}

/** Whether a spreadsheet row has nothing in it (such rows are skipped, not reported). */
export const isEmptyRow = (cells: readonly (Cell | null)[] | undefined): boolean => !cells || cells.every(isBlank);

/** Keys in a fixed order, so that two entities compare by their content only. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.entries(val as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : val,
  );
}
