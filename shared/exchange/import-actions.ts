// Actions from a sheet: each data row becomes a new action or an update of one the plan has
// (same id, or in "update" mode the same code), validated with the same schema and rules as the
// API (actionSchema, actionProblems). Every problem is named by row and column; nothing is
// applied here. Works in steps so that Node can report progress and stop between them. Pure.
import type { Action, FinancingSource, Sector } from '../domain/types';
import { blankAction } from '../domain/defaults';
import { action as actionFields, subjectOfKey } from '../fields';
import { actionSchema } from '../schema/entities';
import { msg } from '../schema/messages';
import { problemsFromZod, type Problem } from '../schema/problems';
import { actionProblems, actionYearsOutsidePlan } from '../schema/rules';
import type { Table } from './cells';
import { ACTION_COLUMNS } from './columns';
import { importSheet, runImport, type ImportRun } from './import-run';
import type { ImportSettings, RowValues } from './rows';

export interface ActionImportContext {
  sectors: readonly Sector[];
  /** The plan's actions (matched by id, or by code when updating). */
  actions: readonly Action[];
  /** The start year of a new action whose row has none. */
  defaultStartYear: number;
  newId(): string;
  /** The plan's period, when years the import moves outside it are refused (as every API write does). */
  axis?: { startYear: number; endYear: number };
}

/** Fields a row may leave empty (optional ones), and what empty means for the rest: the default. */
const FIELD_LIST = Object.entries(actionFields.fields);
const OPTIONAL = new Set(FIELD_LIST.filter(([, s]) => !s.required).map(([k]) => k));
const WHEN_EMPTY: Record<string, unknown> = Object.fromEntries(
  FIELD_LIST.filter(([k, s]) => s.required && s.default !== undefined && k !== 'effectKind' && k !== 'coBenefits' && k !== 'costOverrides').map(([k, s]) => [
    k,
    s.default,
  ]),
);

function newAction(id: string, ctx: ActionImportContext): Record<string, unknown> {
  // No tonnes yet: the row's columns may make it a share action instead (see `candidate`).
  return { ...blankAction({ id, name: '', sectorId: ctx.sectors.find((s) => !s.isSink)?.id ?? '', startYear: ctx.defaultStartYear }) };
}

/** `coBenefits.health` → `coBenefit.health`, `tags[2]` → `tags`; null for the row as a whole. */
function fieldOfPath(path: string): string | null {
  const m = /^([A-Za-z]+)(?:\.([A-Za-z]+))?/.exec(path);
  if (!m) return null;
  if (m[1] === 'coBenefits') return m[2] ? `coBenefit.${m[2]}` : null;
  if (m[1] === 'uncertainty') return m[2] ? `uncertainty.${m[2]}` : null;
  return m[1];
}

export function actionImport(table: Table, settings: ImportSettings, ctx: ActionImportContext): ImportRun<Action> {
  const sheet = importSheet<Action>(table, settings, ACTION_COLUMNS);
  const { mapped, column, at } = sheet;
  const valueCtx = { unit: settings.unit, sectors: ctx.sectors, sources: [] as FinancingSource[] };
  const sectorCtx = { sector: (id: string) => ctx.sectors.find((s) => s.id === id) };
  const byId = new Map(ctx.actions.map((a) => [a.id, a]));
  const byCode = new Map<string, Action[]>();
  for (const a of ctx.actions) if (a.code.trim()) byCode.set(a.code.trim(), [...(byCode.get(a.code.trim()) ?? []), a]);
  const codeRows = new Map<string, number>();
  const idRows = new Map<string, number>();

  if (mapped.length === 0) at(0, null, 'Inga kolumner i bladet känns igen som åtgärdsfält; välj rätt blad eller ange vilka kolumner som innehåller vad.');
  else if (!column.has('name') && !column.has('code') && !column.has('id')) {
    at(0, null, 'Det finns ingen kolumn för namn, kod eller id, så raderna kan inte bli åtgärder; ange vilken kolumn som innehåller namnet.');
  }

  /** Says so when `key` was on an earlier row of the file already. */
  function once(seen: Map<string, number>, key: string, row: number, field: string, what: string): void {
    const earlier = seen.get(key);
    if (earlier) at(row, field, `${what} "${key}" finns redan på rad ${earlier}.`);
    else seen.set(key, row);
  }

  /** The action the row updates: the same id, or in update mode the same code; undefined = a new one. */
  function target(r: RowValues): Action | undefined {
    const rowId = r.values.get('id') as string | undefined;
    const code = String(r.values.get('code') ?? '').trim();
    const sameCode = code ? (byCode.get(code) ?? []) : [];
    if (rowId) once(idRows, rowId, r.row, 'id', 'Id:t');
    if (code) once(codeRows, code, r.row, 'code', 'Koden');

    if (settings.mode === 'upsert' && !rowId && sameCode.length > 1) {
      at(r.row, 'code', `Flera åtgärder i planen har koden "${code}"; lägg till kolumnen Id för att välja vilken som ska ändras.`);
      return undefined;
    }
    const prev = rowId ? byId.get(rowId) : settings.mode === 'upsert' ? sameCode[0] : undefined;
    if (prev && settings.mode === 'add') {
      at(r.row, 'id', `Åtgärden med id "${rowId}" finns redan i planen; välj att uppdatera befintliga åtgärder för att ändra den.`);
    }
    // A code is one action's: another action of the plan must not have it.
    const holder = sameCode.find((a) => a.id !== prev?.id && a.id !== rowId);
    if (holder) {
      at(
        r.row,
        'code',
        settings.mode === 'add'
          ? `Koden "${code}" finns redan i planen (${holder.name}); välj att uppdatera befintliga åtgärder, eller ändra koden.`
          : `Koden "${code}" används redan av åtgärden "${holder.name}" i planen.`,
      );
    }
    return settings.mode === 'add' ? undefined : prev;
  }

  function candidate(r: RowValues, prev: Action | undefined): Record<string, unknown> {
    const base: Record<string, unknown> = prev
      ? { ...prev, coBenefits: { ...prev.coBenefits }, uncertainty: { ...prev.uncertainty } }
      : { ...newAction((r.values.get('id') as string | undefined) || ctx.newId(), ctx), uncertainty: {} };
    const coBenefits = base.coBenefits as Record<string, unknown>;
    const uncertainty = base.uncertainty as Record<string, unknown>;
    for (const m of mapped) {
      const f = m.def.field;
      if (f === 'id') continue;
      const has = r.values.has(f);
      if (f.startsWith('coBenefit.')) {
        const cat = f.slice('coBenefit.'.length);
        if (has) coBenefits[cat] = r.values.get(f);
        else if (r.empty.has(f)) delete coBenefits[cat];
      } else if (f.startsWith('uncertainty.')) {
        // An empty cell leaves the field to the status default.
        const key = f.slice('uncertainty.'.length);
        if (has) uncertainty[key] = r.values.get(f);
        else if (r.empty.has(f)) delete uncertainty[key];
      } else if (has) base[f] = r.values.get(f);
      else if (r.empty.has(f)) {
        if (OPTIONAL.has(f)) delete base[f];
        else if (f in WHEN_EMPTY) base[f] = WHEN_EMPTY[f];
        else if (f !== 'effectKind') at(r.row, f, msg.missing(subjectOfKey(f)));
      }
    }
    if (!r.values.has('effectKind')) {
      // Which effect the row gives says the kind, when no column says it.
      const share = r.values.has('effectShare');
      const tons = r.values.has('effectTonsPerYear');
      if (share && !tons) base.effectKind = 'share';
      else if (tons && !share) base.effectKind = 'absolute';
    }
    if (!prev && base.effectKind === 'absolute' && base.effectTonsPerYear === undefined && !column.has('effectTonsPerYear')) {
      base.effectTonsPerYear = 0;
    }
    if (Object.values(uncertainty).every((v) => v === undefined)) delete base.uncertainty;
    return base;
  }

  function validate(r: RowValues, base: Record<string, unknown>, prev: Action | undefined): Action | null {
    const parsed = actionSchema.safeParse(base);
    const problems: Problem[] = parsed.success
      ? [...actionProblems(parsed.data, sectorCtx, ''), ...(ctx.axis ? actionYearsOutsidePlan(parsed.data, prev, ctx.axis, '') : [])]
      : problemsFromZod(parsed.error);
    for (const p of problems) {
      const f = fieldOfPath(p.path);
      if (f && (r.failed.has(f) || (r.empty.has(f) && !(f in WHEN_EMPTY) && !OPTIONAL.has(f) && f !== 'effectKind'))) continue; // said already
      at(
        r.row,
        f && column.has(f) ? f : null,
        f && !column.has(f) && f in actionFields.fields ? `${p.message} (${subjectOfKey(f)} finns inte i filen.)` : p.message,
      );
    }
    return parsed.success && problems.length === 0 ? parsed.data : null;
  }

  return runImport(
    table,
    settings,
    sheet,
    valueCtx,
    (r) => {
      const prev = target(r);
      return { prev, next: validate(r, candidate(r, prev), prev) };
    },
    (next) => ({ code: next.code, name: next.name }),
  );
}
