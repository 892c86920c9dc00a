// What the entity imports (actions, financing entries, actuals) share: the sheet's mapped
// columns, the outcome they fill, problems named by row and column, the step-wise reading of the
// data rows, so that Node can report progress and stop between steps, and the action a row names
// by id or code. Each import says only what a row means for its entity. Pure.
import type { Action } from '../domain/types';
import type { Table } from './cells';
import type { ColumnDef } from './columns';
import { byPlace, MAX_LISTED_PROBLEMS, problemAt, type ImportProblem } from './problems';
import { isEmptyRow, mappedColumns, readRow, stableJson, type ImportSettings, type MappedColumn, type RowValues } from './rows';
import type { ValueContext } from './values';

export type RowOp = 'add' | 'update' | 'unchanged';

export interface RowOutcome {
  row: number;
  op: RowOp;
  id: string;
  code: string;
  name: string;
}

export interface EntityImport<T> {
  adds: T[];
  updates: { prev: T; next: T }[];
  outcomes: RowOutcome[];
  /** The first MAX_LISTED_PROBLEMS problems. */
  problems: ImportProblem[];
  problemCount: number;
}

/** A step-wise import: `step(n)` reads up to n more rows and says whether rows are left. */
export interface ImportRun<T> {
  readonly total: number;
  readonly done: number;
  step(maxRows: number): boolean;
  result(): EntityImport<T>;
}

/** An import's sheet while it is read: its mapped columns and the outcome so far. */
export interface ImportSheet<T> {
  mapped: MappedColumn[];
  /** Mapped columns by the field they fill. */
  column: Map<string, MappedColumn>;
  out: EntityImport<T>;
  report(p: ImportProblem): void;
  /** A problem at a row and the column of `field` (null, or a field not in the sheet: the row as a whole). */
  at(row: number, field: string | null, message: string): void;
}

export function importSheet<T>(table: Table, settings: ImportSettings, defs: readonly ColumnDef[]): ImportSheet<T> {
  const mapped = mappedColumns(table, settings, defs);
  const column = new Map<string, MappedColumn>(mapped.map((m) => [m.def.field, m]));
  const out: EntityImport<T> = { adds: [], updates: [], outcomes: [], problems: [], problemCount: 0 };
  // Every problem counts; only the first ones are listed, so a wrong sheet cannot flood the preview.
  const report = (p: ImportProblem) => {
    out.problemCount += 1;
    if (out.problems.length < MAX_LISTED_PROBLEMS) out.problems.push(p);
  };
  const at = (row: number, field: string | null, message: string) => {
    const m = field ? column.get(field) : undefined;
    report(problemAt(row, m ? m.index : null, m?.header ?? '', message));
  };
  return { mapped, column, out, report, at };
}

/** What one data row means: the entity it changes (undefined for a new one) and the valid result (null when refused). */
export interface RowRead<T> {
  prev: T | undefined;
  next: T | null;
}

/**
 * Reads the sheet's data rows in steps. A row counts only when it brings no problem at all, its
 * cells' or the entity's; it is then an add, an update, or unchanged (the same content).
 */
export function runImport<T extends { id: string }>(
  table: Table,
  settings: ImportSettings,
  sheet: ImportSheet<T>,
  valueCtx: ValueContext,
  readEntity: (r: RowValues) => RowRead<T>,
  named: (next: T) => { code: string; name: string },
): ImportRun<T> {
  const { out } = sheet;
  const first = settings.headerRow; // index of the first data row in table.rows
  const total = Math.max(0, table.rows.length - first);
  let done = 0;

  function readOne(index: number): void {
    const cells = table.rows[index];
    if (isEmptyRow(cells)) return;
    const r = readRow(cells, index + 1, sheet.mapped, valueCtx);
    r.problems.forEach(sheet.report);
    const before = out.problemCount;
    const { prev, next } = readEntity(r);
    if (!next || out.problemCount > before || r.problems.length) return;
    const op: RowOp = !prev ? 'add' : stableJson(prev) === stableJson(next) ? 'unchanged' : 'update';
    out.outcomes.push({ row: r.row, op, id: next.id, ...named(next) });
    if (op === 'add') out.adds.push(next);
    else if (op === 'update') out.updates.push({ prev: prev!, next });
  }

  return {
    total,
    get done() {
      return done;
    },
    step(maxRows) {
      const end = Math.min(total, done + maxRows);
      for (; done < end; done++) readOne(first + done);
      return done < total;
    },
    result: () => ({ ...out, problems: [...out.problems].sort(byPlace) }),
  };
}

/**
 * The action a row names by its id (`actionId`) or, failing that, its code (`actionCode`),
 * among `actions`: an unknown id, an unknown code and a code several actions share are each
 * reported at their cell. `{ id }` when the row names one (`id` undefined for an unknown code
 * or an empty one), null when neither cell holds anything.
 */
export function actionFinder(actions: readonly Action[], at: ImportSheet<unknown>['at']): (r: RowValues) => { id: string | undefined } | null {
  const actionIds = new Set(actions.map((a) => a.id));
  const byCode = new Map<string, string[]>();
  for (const a of actions) if (a.code.trim()) byCode.set(a.code.trim(), [...(byCode.get(a.code.trim()) ?? []), a.id]);
  return (r) => {
    const id = r.values.get('actionId') as string | undefined;
    if (id) {
      if (!actionIds.has(id)) at(r.row, 'actionId', `Åtgärden med id "${id}" finns inte i planen.`);
      return { id };
    }
    const code = String(r.values.get('actionCode') ?? '').trim();
    if (code) {
      const ids = byCode.get(code) ?? (actionIds.has(code) ? [code] : []);
      if (ids.length === 0) at(r.row, 'actionCode', `Ingen åtgärd i planen har koden "${code}".`);
      if (ids.length > 1) at(r.row, 'actionCode', `Flera åtgärder i planen har koden "${code}"; ange åtgärdens id i stället.`);
      return { id: ids[0] };
    }
    return null;
  };
}
