// Importing actions or financing entries from a staged sheet into the open plan. Preview and
// apply run the same validation on the plan as it is now; apply writes everything in one
// transaction (one undo step) or refuses the whole import with every problem.
//
// Apply checks the rows while other calls go on (edits among them), then writes alone
// (WriteGate.exclusive): if the plan changed while the rows were checked, it checks them again
// against the plan as it is now, so an edit accepted meanwhile is never reverted by rows built
// from an older plan. The writing gives way to other calls between steps (Session.writeInSteps),
// so `document.status` answers at once while 200 000 rows go in.
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
import { enforceRoom } from '../document/limits';
import type { DocumentManager } from '../document/manager';
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

/** Rows checked between two looks at the clock (Task.due). */
const STEP_ROWS = 20;
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
  if (input.headerRow > Math.max(1, table.rows.length))
    throw new ApiFailure('invalid', `Bladet ${input.sheet} har bara ${table.rows.length} rader.`, 'headerRow');
  const settings: ImportSettings = { headerRow: input.headerRow, columns: input.columns, unit: input.unit, mode: input.mode };
  if (input.kind === 'actuals') {
    return actualImport(table, settings, { actions: plan.actions, actuals: plan.actuals ?? [], currentYear: new Date().getFullYear(), axis: plan.plan });
  }
  if (input.kind === 'actions') {
    return actionImport(table, settings, {
      sectors: plan.sectors,
      actions: plan.actions,
      defaultStartYear: thisYearIn(plan),
      newId: randomUUID,
      axis: plan.plan,
    });
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
  while (run.step(STEP_ROWS)) if (task.due()) await task.report('check', run.done, run.total);
  return run.result();
}

interface Steps {
  task: Task;
  /** Sends what was written so far to the writer (Session.writeInSteps). */
  pause: () => Promise<void>;
  done: number;
  total: number;
}

/** Runs `write` for each item, giving way (and reporting progress) whenever it has run a slice. */
async function inSteps<T>(items: readonly T[], steps: Steps, write: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    write(items[i]);
    steps.done += 1;
    if (steps.task.due()) {
      await steps.pause();
      await steps.task.report('write', steps.done, steps.total);
    }
  }
}

/**
 * A new action at `position`, as writeAction inserts one (its row, then its lists' rows); the
 * caller counts the positions: asking the table for its last position once per row would scan
 * it ten thousand times for a 10 000-row import.
 */
function insertAction(b: Batch, a: Action, position: number): void {
  b.insert('actions', actionToRow(a, position));
  const rows = actionChildRows(a);
  for (const table of ACTION_CHILD_TABLES) for (const row of rows[table]) b.insert(table, row as never);
}

function counts(r: EntityImport<unknown>): ImportCounts {
  return { add: r.adds.length, update: r.updates.length, unchanged: r.outcomes.filter((o) => o.op === 'unchanged').length };
}

export async function previewTableImport(s: Session, input: TableImportInput, task: Task): Promise<ImportPreview> {
  const r = await runImport(s, input, task);
  return { status: 'done', counts: counts(r), rows: r.outcomes.slice(0, PREVIEW_ROWS), problems: r.problems, problemCount: r.problemCount };
}

/** The rows checked against the plan at `revision`; refused whole if any row has a problem. */
async function checkedImport(s: Session, input: TableImportInput, task: Task) {
  const revision = s.revision;
  const r = await runImport(s, input, task);
  if (r.problemCount) {
    const more = r.problemCount > 1 ? ` (och ${r.problemCount - 1} problem till)` : '';
    throw new ApiFailure('invalid', `Inget lästes in: ${describeImportProblem(r.problems[0])}${more}`, '', {
      problems: r.problems,
      problemCount: r.problemCount,
    });
  }
  return { r, revision };
}

const closedMeanwhile = () => new ApiFailure('noDocument', 'Planen stängdes eller byttes medan importen kontrollerades; ingenting lästes in.');

export async function applyTableImport(manager: DocumentManager, input: TableImportInput, task: Task): Promise<ImportCounts> {
  const s = manager.require();
  let checked = await checkedImport(s, input, task);
  return manager.writes.exclusive(async () => {
    if (manager.session !== s || !s.db.open) throw closedMeanwhile();
    // An edit, a delete or an undo came while the rows were checked: check them again, on the
    // plan as it is now, with every other write held until the import is in.
    if (checked.revision !== s.revision) checked = await checkedImport(s, input, task);
    const { r } = checked;
    enforceRoom(s.db, input.kind === 'actions' ? 'actions' : input.kind === 'actuals' ? 'actuals' : 'financing_entries', r.adds.length);
    const total = r.adds.length + r.updates.length;
    await task.report('write', 0, total);
    if (input.kind === 'actuals') {
      const u = r as EntityImport<Keyed>;
      await s.writeInSteps(async (b, pause) => {
        const steps = { task, pause, done: 0, total };
        let position =
          (first(
            s.db,
            qb.selectFrom('actuals').select((eb) => eb.fn.max<number | null>('position').as('p')),
          )?.p ?? -1) + 1;
        const row = ({ id: _id, ...a }: Keyed, at: number) => actualToRow(a, at);
        await inSteps(u.adds, steps, (a) => b.insert('actuals', row(a, position++)));
        await inSteps(u.updates, steps, ({ next }) => {
          const at = first(s.db, qb.selectFrom('actuals').select('position').where('action_id', '=', next.actionId).where('year', '=', next.year))!.position;
          b.update('actuals', next.id, row(next, at));
        });
      });
    } else if (input.kind === 'actions') {
      const a = r as EntityImport<Action>;
      await s.writeInSteps(async (b, pause) => {
        const steps = { task, pause, done: 0, total };
        let position = nextPosition(s, 'actions');
        await inSteps(a.adds, steps, (add) => insertAction(b, add, position++));
        await inSteps(a.updates, steps, ({ prev, next }) => writeAction(s, b, next, prev));
      });
    } else {
      const f = r as EntityImport<FinancingEntry>;
      await s.writeInSteps(async (b, pause) => {
        const steps = { task, pause, done: 0, total };
        let position = nextPosition(s, 'financing_entries');
        await inSteps(f.adds, steps, (e) => b.insert('financing_entries', entryToRow(e, position++)));
        await inSteps(f.updates, steps, ({ next }) => {
          const at = first(s.db, qb.selectFrom('financing_entries').select('position').where('id', '=', next.id))!.position;
          b.update('financing_entries', next.id, entryToRow(next, at));
        });
      });
    }
    return counts(r);
  });
}
