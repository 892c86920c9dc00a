// Financing entries from a sheet: each data row becomes a new entry or, in "update" mode, an
// update of the entry with the same id. The source is named by id or name, the action by id or
// code. Validated with the API's schema (financingEntrySchema) and reference rules. Pure.
import type { Action, FinancingEntry, FinancingSource, Sector } from '../domain/types';
import { financingEntrySchema } from '../schema/entities';
import { msg } from '../schema/messages';
import { subjectOfKey } from '../fields';
import { problemsFromZod } from '../schema/problems';
import { entryYearOutsidePlan } from '../schema/rules';
import type { Table } from './cells';
import { FINANCING_COLUMNS } from './columns';
import { actionFinder, importSheet, runImport, type ImportRun, type RowRead } from './import-run';
import type { ImportSettings, RowValues } from './rows';

export interface FinancingImportContext {
  sources: readonly FinancingSource[];
  /** The actions entries may name (the plan's, or those of the same import). */
  actions: readonly Action[];
  entries: readonly FinancingEntry[];
  /** The year of a new entry whose row has none. */
  defaultYear: number;
  newId(): string;
  /** The plan's period, when years the import moves outside it are refused (as every API write does). */
  axis?: { startYear: number; endYear: number };
}

const NO_SECTORS: Sector[] = [];

export function financingImport(table: Table, settings: ImportSettings, ctx: FinancingImportContext): ImportRun<FinancingEntry> {
  const sheet = importSheet<FinancingEntry>(table, settings, FINANCING_COLUMNS);
  const { column, at } = sheet;
  const valueCtx = { unit: settings.unit, sectors: NO_SECTORS, sources: ctx.sources };
  const byId = new Map(ctx.entries.map((e) => [e.id, e]));
  const findAction = actionFinder(ctx.actions, at);
  const idRows = new Map<string, number>();

  if (sheet.mapped.length === 0)
    at(0, null, 'Inga kolumner i bladet känns igen som finansieringsfält; välj rätt blad eller ange vilka kolumner som innehåller vad.');

  function actionOf(r: RowValues): string | null | undefined {
    const found = findAction(r);
    if (found) return found.id;
    const named = column.has('actionId') || column.has('actionCode');
    // Both empty: money not tied to one action; neither mapped: leave the entry's action alone.
    return named ? null : undefined;
  }

  function entry(r: RowValues): RowRead<FinancingEntry> {
    const rowId = r.values.get('id') as string | undefined;
    if (rowId) {
      const seen = idRows.get(rowId);
      if (seen) at(r.row, 'id', `Id:t "${rowId}" finns redan på rad ${seen}.`);
      idRows.set(rowId, r.row);
    }
    const existing = rowId ? byId.get(rowId) : undefined;
    if (existing && settings.mode === 'add')
      at(r.row, 'id', `Finansieringsposten med id "${rowId}" finns redan i planen; välj att uppdatera befintliga poster.`);
    const prev = settings.mode === 'upsert' ? existing : undefined;
    const base: Record<string, unknown> = prev
      ? { ...prev }
      : { id: rowId || ctx.newId(), actionId: null, sourceId: ctx.sources[0]?.id ?? '', year: ctx.defaultYear, amountSek: 0, status: 'potential' };
    for (const f of ['sourceId', 'year', 'amountSek', 'status'] as const) {
      if (r.values.has(f)) base[f] = r.values.get(f);
      else if (r.empty.has(f)) {
        if (f === 'status') base.status = 'potential';
        else at(r.row, f, msg.missing(subjectOfKey(f)));
      }
    }
    const action = actionOf(r);
    if (action !== undefined) base.actionId = action;
    const parsed = financingEntrySchema.safeParse(base);
    const problems = parsed.success ? (ctx.axis ? entryYearOutsidePlan(parsed.data, prev, ctx.axis, '') : []) : problemsFromZod(parsed.error);
    for (const p of problems) {
      const f = p.path.split(/[.[]/)[0];
      if (!r.failed.has(f) && !r.empty.has(f)) at(r.row, column.has(f) ? f : null, p.message);
    }
    return { prev, next: parsed.success ? parsed.data : null };
  }

  // An entry has no code or name of its own to show in the outcome.
  return runImport(table, settings, sheet, valueCtx, entry, () => ({ code: '', name: '' }));
}
