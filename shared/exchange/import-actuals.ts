// Actual outcomes from a sheet, e.g. an export of the municipality's finance system (DESIGN §8):
// each data row is one action's outcome in one year, the action named by its code or id. A row
// becomes a new actual or, in "update" mode, replaces the figures it has of the actual already
// there (an empty cell keeps the figure). Checked with the same schema and rules as every other
// way in (actualSchema, actualProblems). Pure.
import type { Action, Actual } from '../domain/types';
import { ACTUAL_FIGURES } from '../fields';
import { actualSchema } from '../schema/entities';
import { actualProblems, actualYearOutsidePlan } from '../schema/followup-rules';
import { msg } from '../schema/messages';
import { problemsFromZod } from '../schema/problems';
import type { Table } from './cells';
import { ACTUAL_COLUMNS } from './columns';
import { actionFinder, importSheet, runImport, type ImportRun, type RowRead } from './import-run';
import type { ImportSettings, RowValues } from './rows';

export interface ActualImportContext {
  actions: readonly Action[];
  actuals: readonly Actual[];
  /** No actual may lie after this year. */
  currentYear: number;
  /** A new actual's year must lie on the plan's axis. */
  axis: { startYear: number; endYear: number };
}

/** An actual is keyed by its action and year; the import's outcome names it so. */
export const actualKey = (a: Pick<Actual, 'actionId' | 'year'>) => JSON.stringify([a.actionId, a.year]);

type Keyed = Actual & { id: string };

export function actualImport(table: Table, settings: ImportSettings, ctx: ActualImportContext): ImportRun<Keyed> {
  const sheet = importSheet<Keyed>(table, settings, ACTUAL_COLUMNS);
  const { column, at } = sheet;
  const valueCtx = { unit: settings.unit, sectors: [], sources: [] };
  const existing = new Map(ctx.actuals.map((a) => [actualKey(a), a]));
  const actions = new Map(ctx.actions.map((a) => [a.id, a]));
  const findAction = actionFinder(ctx.actions, at);
  const keyRows = new Map<string, number>();

  if (sheet.mapped.length === 0) at(0, null, 'Inga kolumner i bladet känns igen som utfall; välj rätt blad eller ange vilka kolumner som innehåller vad.');
  else if (!column.has('actionCode') && !column.has('actionId')) at(0, null, 'Ange vilken kolumn som har åtgärdens kod eller id.');

  function actionOf(r: RowValues): string | undefined {
    const found = findAction(r);
    if (found) return found.id;
    if (!r.failed.has('actionId') && !r.failed.has('actionCode'))
      at(r.row, column.has('actionCode') ? 'actionCode' : 'actionId', 'Åtgärden saknas: ange åtgärdens kod eller id.');
    return undefined;
  }

  function actual(r: RowValues): RowRead<Keyed> {
    const actionId = actionOf(r);
    const year = r.values.get('year') as number | undefined;
    if (year === undefined && r.empty.has('year')) at(r.row, 'year', msg.missing('Året'));
    if (!actionId || year === undefined) return { prev: undefined, next: null };
    const key = actualKey({ actionId, year });
    const seen = keyRows.get(key);
    if (seen) at(r.row, 'year', `Åtgärden har redan ett utfall för ${year} på rad ${seen}; summera raderna till en per år.`);
    keyRows.set(key, r.row);
    const stored = existing.get(key);
    if (stored && settings.mode === 'add') at(r.row, 'year', `Åtgärden har redan ett utfall för ${year} i planen; välj att uppdatera befintliga utfall.`);
    const prev = settings.mode === 'upsert' && stored ? { ...stored, id: key } : undefined;
    const next: Record<string, unknown> = prev ? { ...stored } : { actionId, year };
    for (const f of [...ACTUAL_FIGURES, 'note'] as const) if (r.values.has(f)) next[f] = r.values.get(f);
    const parsed = actualSchema.safeParse(next);
    const problems = parsed.success
      ? [...actualProblems(parsed.data, (id) => actions.has(id), ctx.currentYear, ''), ...(prev ? [] : actualYearOutsidePlan(year, ctx.axis, 'year'))]
      : problemsFromZod(parsed.error);
    for (const p of problems) {
      const f = p.path.split(/[.[]/)[0];
      if (!r.failed.has(f) && !r.empty.has(f)) at(r.row, column.has(f) ? f : null, p.message);
    }
    return { prev, next: parsed.success && !problems.length ? { ...parsed.data, id: key } : null };
  }

  return runImport(table, settings, sheet, valueCtx, actual, (a) => {
    const act = actions.get(a.actionId);
    return { code: act?.code ?? '', name: `${act?.name ?? a.actionId}, ${a.year}` };
  });
}
