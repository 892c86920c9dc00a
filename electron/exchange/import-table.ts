// Importing actions or financing entries from a staged sheet into the open plan. Preview and
// apply run the same validation on the plan as it is now; apply writes everything in one
// Session.write (one transaction, one undo step) or refuses the whole import with every problem.
import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/result';
import type { Action, Actual, FinancingEntry, Plan } from '../../shared/domain/types';
import { actualImport } from '../../shared/exchange/import-actuals';
import type { ImportKind } from '../../shared/exchange/columns';
import { actionImport } from '../../shared/exchange/import-actions';
import { financingImport } from '../../shared/exchange/import-financing';
import type { EntityImport, ImportRun } from '../../shared/exchange/import-run';
import type { ImportCounts, ImportPreview } from '../../shared/exchange/outcomes';
import { describeImportProblem } from '../../shared/exchange/problems';
import type { ImportSettings } from '../../shared/exchange/rows';
import { first, qb } from '../document/db';
import { readPlan } from '../document/read';
import { ACTION_CHILD_TABLES, actionChildRows, actionToRow, actualToRow, entryToRow } from '../document/rows';
import type { Batch } from '../document/changes';
import type { Session } from '../document/session';
import { writeAction } from '../services/actions';
import { nextPosition } from '../services/positions';
import { sheetOf } from './inspect';
import { stagedFile } from './staging';
import type { Task } from './tasks';

export interface TableImportInput extends ImportSettings {
  fileId: string;
  sheet: string;
  kind: ImportKind;
}

const STEP_ROWS = 500;
const PREVIEW_ROWS = 200;

/** The year new rows get when the file gives none: this year, inside the plan's period. */
function thisYearIn(plan: Plan): number {
  return Math.min(Math.max(plan.plan.startYear, new Date().getFullYear()), plan.plan.endYear);
}

type Keyed = Actual & { id: string };

function importRun(plan: Plan, input: TableImportInput): ImportRun<Action> | ImportRun<FinancingEntry> | ImportRun<Keyed> {
  const file = stagedFile(input.fileId);
  const table = sheetOf(file, input.sheet);
  if (!table) throw new ApiFailure('invalid', `Filen har inget blad som heter ${input.sheet}.`, 'sheet');
  if (input.headerRow > Math.max(1, table.rows.length)) throw new ApiFailure('invalid', `Bladet ${input.sheet} har bara ${table.rows.length} rader.`, 'headerRow');
  const settings: ImportSettings = { headerRow: input.headerRow, columns: input.columns, unit: input.unit, mode: input.mode };
  if (input.kind === 'actuals') {
    return actualImport(table, settings, { actions: plan.actions, actuals: plan.actuals ?? [], currentYear: new Date().getFullYear(), axis: plan.plan });
  }
  if (input.kind === 'actions') {
    return actionImport(table, settings, { sectors: plan.sectors, actions: plan.actions, defaultStartYear: thisYearIn(plan), newId: randomUUID, axis: plan.plan });
  }
  return financingImport(table, settings, {
    sources: plan.financingSources,
    actions: plan.actions,
    entries: plan.financing,
    defaultYear: thisYearIn(plan),
    newId: randomUUID,
    axis: plan.plan,
  });
}

async function runImport(s: Session, input: TableImportInput, task: Task): Promise<EntityImport<Action> | EntityImport<FinancingEntry> | EntityImport<Keyed>> {
  const plan = readPlan(s.db);
  const run = importRun(plan, input);
  await task.report('check', 0, run.total);
  while (run.step(STEP_ROWS)) await task.report('check', run.done, run.total);
  return run.result();
}

/**
 * New actions at the end of the list, as writeAction inserts one (its row, then its lists'
 * rows), with the positions counted here: asking the table for its last position once per row
 * would scan it ten thousand times for a 10 000-row import.
 */
function insertActions(s: Session, b: Batch, actions: readonly Action[]): void {
  let position = nextPosition(s, 'actions');
  for (const a of actions) {
    b.insert('actions', actionToRow(a, position++));
    const rows = actionChildRows(a);
    for (const table of ACTION_CHILD_TABLES) for (const row of rows[table]) b.insert(table, row as never);
  }
}

function counts(r: EntityImport<unknown>): ImportCounts {
  return { add: r.adds.length, update: r.updates.length, unchanged: r.outcomes.filter((o) => o.op === 'unchanged').length };
}

export async function previewTableImport(s: Session, input: TableImportInput, task: Task): Promise<ImportPreview> {
  const r = await runImport(s, input, task);
  return { status: 'done', counts: counts(r), rows: r.outcomes.slice(0, PREVIEW_ROWS), problems: r.problems, problemCount: r.problemCount };
}

export async function applyTableImport(s: Session, input: TableImportInput, task: Task): Promise<ImportCounts> {
  const r = await runImport(s, input, task);
  if (r.problemCount) {
    const more = r.problemCount > 1 ? ` (och ${r.problemCount - 1} problem till)` : '';
    throw new ApiFailure('invalid', `Inget lästes in: ${describeImportProblem(r.problems[0])}${more}`, '', {
      problems: r.problems,
      problemCount: r.problemCount,
    });
  }
  await task.report('write');
  // The last moment to stop: from here the import is one transaction, all or nothing.
  task.check();
  if (input.kind === 'actuals') {
    const u = r as EntityImport<Keyed>;
    s.write((b) => {
      let position = (first(s.db, qb.selectFrom('actuals').select((eb) => eb.fn.max<number | null>('position').as('p')))?.p ?? -1) + 1;
      const row = ({ id: _id, ...a }: Keyed, at: number) => actualToRow(a, at);
      for (const a of u.adds) b.insert('actuals', row(a, position++));
      for (const { next } of u.updates) {
        const at = first(s.db, qb.selectFrom('actuals').select('position').where('action_id', '=', next.actionId).where('year', '=', next.year))!.position;
        b.update('actuals', next.id, row(next, at));
      }
    });
  } else if (input.kind === 'actions') {
    const a = r as EntityImport<Action>;
    s.write((b) => {
      insertActions(s, b, a.adds);
      for (const { prev, next } of a.updates) writeAction(s, b, next, prev);
    });
  } else {
    const f = r as EntityImport<FinancingEntry>;
    s.write((b) => {
      let position = nextPosition(s, 'financing_entries');
      for (const e of f.adds) b.insert('financing_entries', entryToRow(e, position++));
      for (const { next } of f.updates) {
        const position = first(s.db, qb.selectFrom('financing_entries').select('position').where('id', '=', next.id))!.position;
        b.update('financing_entries', next.id, entryToRow(next, position));
      }
    });
  }
  return counts(r);
}
