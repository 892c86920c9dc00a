// A whole plan from a workbook this app exported (CLI import-xlsx): settings, sectors,
// baseline, targets, carbon budget, sources, commitments and scenarios from the technical
// sheet; actions, cost overrides and financing entries from their readable sheets, with the
// same readers as the import into an open plan. The result is checked as a whole with the JSON
// import's parsePlanDocument, so both ways in accept exactly the same plans.
import { randomUUID } from 'node:crypto';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type Action, type Plan } from '../../shared/domain/types';
import type { Table } from '../../shared/exchange/cells';
import { actionImport } from '../../shared/exchange/import-actions';
import { financingImport } from '../../shared/exchange/import-financing';
import { overridesImport } from '../../shared/exchange/import-overrides';
import { findHeaderRow, headersOf, suggestMapping, suggestUnit } from '../../shared/exchange/match';
import type { ImportProblem } from '../../shared/exchange/problems';
import type { ImportSettings } from '../../shared/exchange/rows';
import { readTechnical } from '../../shared/exchange/technical';
import { MONEY_UNITS, type MoneyUnit } from '../../shared/domain/ids';
import { parsePlanDocument } from '../../shared/schema/document';
import type { TableKind } from '../../shared/exchange/columns';
import { SHEETS } from './workbook/names';

export type PlanImport = { ok: true; plan: Plan } | { ok: false; problems: ImportProblem[] };

const whole = (message: string, sheet?: string): ImportProblem => ({ row: 0, column: '', header: '', message, sheet });

function settingsFor(table: Table, kind: TableKind, unit: MoneyUnit): ImportSettings {
  const headerRow = findHeaderRow(table, kind);
  const headers = headersOf(table, headerRow);
  const columns = suggestMapping(headers, kind);
  return { headerRow, columns, unit: suggestUnit(headers, columns, kind, unit), mode: 'add' };
}

const inSheet =
  (sheet: string) =>
  (p: ImportProblem): ImportProblem => ({ ...p, sheet });

export function planFromWorkbook(tables: Table[]): PlanImport {
  const sheet = (name: string) => tables.find((t) => t.name === name);
  const tech = sheet(SHEETS.technical);
  if (!tech)
    return {
      ok: false,
      problems: [
        whole(`Arbetsboken har inget blad ${SHEETS.technical}; bara arbetsböcker som Klimatinvesteringsplan har exporterat kan läsas in som en hel plan.`),
      ],
    };
  const read = readTechnical(tech);
  if (!read.ok) return { ok: false, problems: [whole(read.message, SHEETS.technical)] };
  const data = read.data;
  const settings = (data.plan ?? {}) as Partial<Plan['plan']>;
  const unit: MoneyUnit = MONEY_UNITS.includes(settings.moneyUnit as MoneyUnit) ? (settings.moneyUnit as MoneyUnit) : 'kr';
  const sectors = Array.isArray(data.sectors) ? (data.sectors as Plan['sectors']) : [];
  const sources = Array.isArray(data.financingSources) ? (data.financingSources as Plan['financingSources']) : [];

  const actionsTable = sheet(SHEETS.actions);
  if (!actionsTable) return { ok: false, problems: [whole(`Arbetsboken saknar bladet ${SHEETS.actions}.`)] };
  const problems: ImportProblem[] = [];
  const run = actionImport(actionsTable, settingsFor(actionsTable, 'actions', unit), {
    sectors,
    actions: [],
    defaultStartYear: settings.startYear ?? 2025,
    newId: randomUUID,
  });
  run.step(Number.MAX_SAFE_INTEGER);
  const actions = run.result();
  problems.push(...actions.problems.map(inSheet(SHEETS.actions)));
  // Entries and overrides of an action that could not be read would only repeat its problem.
  if (problems.length) return { ok: false, problems };
  const list: Action[] = actions.adds;

  const overrideRows = new Map<string, number[]>();
  const overridesTable = sheet(SHEETS.overrides);
  if (overridesTable) {
    const o = overridesImport(overridesTable, settingsFor(overridesTable, 'overrides', unit), list);
    problems.push(...o.problems.map(inSheet(SHEETS.overrides)));
    for (const a of list) {
      const found = o.byAction.get(a.id);
      if (!found) continue;
      a.costOverrides = found.map((f) => f.override);
      overrideRows.set(
        a.id,
        found.map((f) => f.row),
      );
    }
  }

  const financingTable = sheet(SHEETS.financing);
  let financing: Plan['financing'] = [];
  let financingRows: number[] = [];
  if (financingTable) {
    const f = financingImport(financingTable, settingsFor(financingTable, 'financing', unit), {
      sources,
      actions: list,
      entries: [],
      defaultYear: settings.startYear ?? 2025,
      newId: randomUUID,
    });
    f.step(Number.MAX_SAFE_INTEGER);
    const r = f.result();
    problems.push(...r.problems.map(inSheet(SHEETS.financing)));
    financing = r.adds;
    financingRows = r.outcomes.map((o) => o.row);
  }
  if (problems.length) return { ok: false, problems };

  const doc = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, ...data, actions: list, financing };
  const parsed = parsePlanDocument(doc);
  if (parsed.ok) return { ok: true, plan: parsed.plan };
  return {
    ok: false,
    problems: parsed.problems.map((p) =>
      locate(p.path, p.message, { actions: actions.outcomes.map((o) => o.row), financing: financingRows, overrides: overrideRows }, list),
    ),
  };
}

/** A problem of the assembled plan, pointed back at the sheet and row it came from. */
interface SourceRows {
  actions: number[];
  financing: number[];
  overrides: Map<string, number[]>;
}

function locate(path: string, message: string, rows: SourceRows, actions: Action[]): ImportProblem {
  const a = /^actions\[(\d+)\](?:\.costOverrides\[(\d+)\])?/.exec(path);
  if (a) {
    const i = Number(a[1]);
    if (a[2] !== undefined) {
      const row = rows.overrides.get(actions[i]?.id ?? '')?.[Number(a[2])] ?? 0;
      return { row, column: '', header: '', message, sheet: SHEETS.overrides };
    }
    return { row: rows.actions[i] ?? 0, column: '', header: '', message, sheet: SHEETS.actions };
  }
  const f = /^financing\[(\d+)\]/.exec(path);
  if (f) return { row: rows.financing[Number(f[1])] ?? 0, column: '', header: '', message, sheet: SHEETS.financing };
  return { row: 0, column: '', header: '', message: path ? `${path}: ${message}` : message, sheet: SHEETS.technical };
}
