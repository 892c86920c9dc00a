// Stores edits of actual cells (the grid's column of the follow-up year, the panel's years) as one
// actuals.set: every cell names an action, a year and a figure; one call, one undo step, all or
// nothing. A refusal comes back on the cells it names (`rows[2].changes.capexSek`).
import { client } from '../../api/client';
import type { SheetColumn } from '../../grid/columns';
import type { CellEdit } from '../../grid/edits';
import { parseProblemPath, problemsOf, type CellProblem, type SheetWriter } from '../../grid/writer';

export interface ActualCell {
  actionId: string;
  year: number;
  /** capexSek, opexSek, savingsSek, effectTonsCo2e or note. */
  field: string;
}

export function actualsWriter<R>(place: (edit: CellEdit<R>) => ActualCell): SheetWriter<R> {
  return {
    async commit(edits) {
      const rows = new Map<string, { actionId: string; year: number; changes: Record<string, unknown>; cells: CellEdit<R>[] }>();
      for (const e of edits) {
        const { actionId, year, field } = place(e);
        const key = `${actionId}\n${year}`;
        let r = rows.get(key);
        if (!r) rows.set(key, (r = { actionId, year, changes: {}, cells: [] }));
        r.changes[field] = e.value;
        r.cells.push(e);
      }
      const list = [...rows.values()];
      if (!list.length) return [];
      const result = await client.call('actuals.set', { rows: list.map(({ actionId, year, changes }) => ({ actionId, year, changes })) });
      if (result.ok) return [];
      if (result.error.code !== 'invalid') return [{ message: result.error.message }];
      return problemsOf(result.error).map(({ path, message }): CellProblem<R> => {
        const p = parseProblemPath(path);
        const r = p.kind === 'row' ? list[p.index] : undefined;
        if (!r) return { message };
        // The cell of the figure named, else the first the user touched in that row.
        const cell = r.cells.find((c) => place(c).field === p.field) ?? r.cells[0];
        return { row: cell.row, column: cell.column as SheetColumn<R>, message };
      });
    },
  };
}
