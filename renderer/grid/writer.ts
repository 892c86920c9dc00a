// Stores a grid's cell edits through the API contract: one row's edit as `<area>.update`, a
// block (paste, fill, clear) as one `<area>.patch` — one transaction, one undo step, all or
// nothing. The edited values show at once (the api's preview), before Node answers; a refusal
// comes back as Node's problems (`rows[3].changes.capexSek`), put back on the cells they name,
// and the cells show their stored values again.
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { SheetColumn } from './columns';
import type { CellEdit, NewRow } from './edits';

export interface CellProblem<R> {
  /** The row the problem is in; absent for a new row or the whole call. */
  row?: R;
  /** Index of the new row (a paste past the last row). */
  newRow?: number;
  column?: SheetColumn<R>;
  message: string;
}

export interface SheetWriter<R> {
  /** Stores the edits and new rows as one step; resolves to the problems, empty when stored. */
  commit(edits: CellEdit<R>[], newRows: NewRow<R>[]): Promise<CellProblem<R>[]>;
}

export interface EntityApi {
  update(id: string, changes: Record<string, unknown>): Promise<ApiResult<unknown>>;
  patch(rows: { id: string; changes: Record<string, unknown> }[], create: { values: Record<string, unknown> }[]): Promise<ApiResult<unknown>>;
  /** Shows changes of existing rows at once; returns how to take them back once Node has answered. */
  preview?(rows: { id: string; changes: Record<string, unknown> }[]): () => void;
}

interface RowChanges<R> {
  row: R;
  changes: Record<string, unknown>;
  columns: SheetColumn<R>[];
}

/** The edits grouped by row, each row's changes built by its columns. */
export function groupByRow<R>(edits: readonly CellEdit<R>[]): RowChanges<R>[] {
  const byRow = new Map<R, RowChanges<R>>();
  for (const e of edits) {
    let g = byRow.get(e.row);
    if (!g) byRow.set(e.row, (g = { row: e.row, changes: {}, columns: [] }));
    e.column.edit!.write(g.changes, e.value, e.row);
    g.columns.push(e.column);
  }
  return [...byRow.values()];
}

/** Every problem of a refusal: the list in `details.problems`, or the one message. */
export function problemsOf(error: ApiError): { path: string; message: string }[] {
  const details = error.details as { problems?: { path: string; message: string }[] } | undefined;
  return details?.problems?.length ? details.problems : [{ path: error.path, message: error.message }];
}

export interface ParsedPath {
  kind: 'row' | 'new' | 'none';
  index: number;
  /** The field path inside the row's changes: `capexSek`, `coBenefits.health`. */
  field: string;
}

/** `rows[3].changes.capexSek` → row 3, field capexSek; `changes.x` (a single update) → row 0. */
export function parseProblemPath(path: string): ParsedPath {
  let m = /^(rows|create)\[(\d+)\](?:\.(?:changes|values))?\.?(.*)$/.exec(path);
  if (m) return { kind: m[1] === 'rows' ? 'row' : 'new', index: Number(m[2]), field: m[3] };
  m = /^(?:changes|values)\.?(.*)$/.exec(path);
  if (m) return { kind: 'row', index: 0, field: m[1] };
  return { kind: 'none', index: 0, field: path };
}

const covers = (p: string, field: string) => field === p || field.startsWith(`${p}.`) || field.startsWith(`${p}[`);

/** The column among `columns` that writes `field`, else the first of them (the cell the user touched). */
export function columnFor<R>(columns: readonly SheetColumn<R>[], field: string): SheetColumn<R> | undefined {
  return columns.find((c) => c.edit?.paths.some((p) => covers(p, field))) ?? columns[0];
}

/** A writer for a collection with `update` and `patch` calls (actions, financing…). */
export function entityWriter<R>(rowId: (row: R) => string, api: EntityApi): SheetWriter<R> {
  return {
    async commit(edits, newRows) {
      const rows = groupByRow(edits);
      const created = newRows.map((cells) => {
        const values: Record<string, unknown> = {};
        for (const { column, value } of cells) column.edit!.write(values, value, undefined);
        return { values, columns: cells.map((c) => c.column) };
      });
      if (rows.length === 0 && created.length === 0) return [];
      const changes = rows.map((r) => ({ id: rowId(r.row), changes: r.changes }));
      const takeBack = api.preview?.(changes);
      let result: ApiResult<unknown>;
      try {
        result =
          rows.length === 1 && created.length === 0
            ? await api.update(changes[0].id, changes[0].changes)
            : await api.patch(
                changes,
                created.map(({ values }) => ({ values })),
              );
      } finally {
        takeBack?.();
      }
      if (result.ok) return [];
      if (result.error.code !== 'invalid') return [{ message: result.error.message }];
      return problemsOf(result.error).map(({ path, message }) => {
        const p = parseProblemPath(path);
        if (p.kind === 'row' && rows[p.index]) {
          const r = rows[p.index];
          return { row: r.row, column: columnFor(r.columns, p.field), message };
        }
        if (p.kind === 'new' && created[p.index]) return { newRow: p.index, column: columnFor(created[p.index].columns, p.field), message };
        return { message };
      });
    },
  };
}
