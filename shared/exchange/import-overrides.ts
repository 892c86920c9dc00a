// Cost overrides from the workbook's sheet Kostnadsjusteringar (whole-plan import): one row per
// action and year, the action named by id or code, each amount optional (an empty cell means
// the override does not touch that component). The schema checks them with the actions. Pure.
import type { Action, CostOverride } from '../domain/types';
import type { Table } from './cells';
import { OVERRIDE_COLUMNS } from './columns';
import { problemAt, type ImportProblem } from './problems';
import { isEmptyRow, mappedColumns, readRow, type ImportSettings } from './rows';

export interface OverridesRead {
  /** Per action id: its overrides in row order, with the row each came from. */
  byAction: Map<string, { override: CostOverride; row: number }[]>;
  problems: ImportProblem[];
}

export function overridesImport(table: Table, settings: ImportSettings, actions: readonly Action[]): OverridesRead {
  const mapped = mappedColumns(table, settings, OVERRIDE_COLUMNS);
  const column = new Map(mapped.map((m) => [m.def.field, m]));
  const ids = new Set(actions.map((a) => a.id));
  const byCode = new Map<string, string[]>();
  for (const a of actions) if (a.code.trim()) byCode.set(a.code.trim(), [...(byCode.get(a.code.trim()) ?? []), a.id]);
  const out: OverridesRead = { byAction: new Map(), problems: [] };
  const at = (row: number, field: string | null, message: string) => {
    const m = field ? column.get(field) : undefined;
    out.problems.push(problemAt(row, m ? m.index : null, m?.header ?? '', message));
  };
  const ctx = { unit: settings.unit, sectors: [], sources: [] };
  for (let i = settings.headerRow; i < table.rows.length; i++) {
    if (isEmptyRow(table.rows[i])) continue;
    const r = readRow(table.rows[i], i + 1, mapped, ctx);
    out.problems.push(...r.problems);
    if (r.problems.length) continue;
    const id = r.values.get('actionId') as string | undefined;
    const code = String(r.values.get('actionCode') ?? '').trim();
    const candidates = id ? (ids.has(id) ? [id] : []) : (byCode.get(code) ?? []);
    if (candidates.length !== 1) {
      at(
        r.row,
        id ? 'actionId' : 'actionCode',
        candidates.length ? `Flera åtgärder har koden "${code}"; ange åtgärdens id.` : `Åtgärden "${id ?? code}" finns inte i bladet Åtgärder.`,
      );
      continue;
    }
    if (!r.values.has('year')) {
      at(r.row, 'year', 'Året saknas.');
      continue;
    }
    const o: CostOverride = { year: r.values.get('year') as number };
    for (const f of ['capexSek', 'opexSek', 'savingsSek'] as const) if (r.values.has(f)) o[f] = r.values.get(f) as number;
    const list = out.byAction.get(candidates[0]) ?? [];
    list.push({ override: o, row: r.row });
    out.byAction.set(candidates[0], list);
  }
  return out;
}
