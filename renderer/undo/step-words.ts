// An undo step in words, from the shared wording of changes (shared/merge/wording.ts): its name
// for the buttons ("Genomförandetid för T-01 Elbussar"), what undoing or redoing it did ("Ångrade:
// Genomförandetid för T-01 Elbussar: 13 år → 1 år"), and where in the app it can be seen.
import type { UndoStep } from '../../shared/api/calls/history';
import type { ChangeEntry } from '../../shared/api/status';
import { describeChange, describeField, type Wording } from '../../shared/merge/wording';
import type { Route } from '../app/routes';
import type { Translate } from '../i18n/translate';

const asChange = (e: ChangeEntry, reverse = false) => ({
  table: e.table,
  rowId: e.rowId,
  column: e.column,
  op: reverse ? (e.op === 'insert' ? ('delete' as const) : e.op === 'delete' ? ('insert' as const) : e.op) : e.op,
  before: reverse ? e.newValue : e.oldValue,
  after: reverse ? e.oldValue : e.newValue,
});

/** The step's name: its first change's field, or the whole change for a row added or removed. */
export function stepName(step: UndoStep, w: Wording, t: Translate): string {
  const c = step.changes[0];
  if (!c) return '';
  const named =
    c.op === 'update' && c.column && c.table !== 'merge' && c.table !== 'document'
      ? describeField(c.table, c.rowId, c.column, w)
      : describeChange(asChange(c), w);
  const name = named.charAt(0).toUpperCase() + named.slice(1);
  return step.count > 1 ? t('undo.stepMore', { step: name, count: step.count - 1 }) : name;
}

/** What Ångra (`undone`) or Gör om did: the first change as it happened now, and how many more. */
export function stepDone(step: UndoStep, w: Wording, t: Translate, undone: boolean): string {
  const c = step.changes[0];
  if (!c) return t(undone ? 'undo.doneNothing' : 'redo.doneNothing');
  const change = describeChange(asChange(c, undone && c.table !== 'merge'), w);
  const first = undone ? t('undo.done', { change }) : t('redo.done', { change });
  return step.count > 1 ? `${first} ${t('undo.doneMore', { count: step.count - 1 })}` : first;
}

export interface Reveal {
  route: Route;
  rowId?: string;
  colId?: string;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function keyParts(rowId: string): string[] {
  try {
    const v: unknown = JSON.parse(rowId);
    return Array.isArray(v) ? v.map(String) : [rowId];
  } catch {
    return [rowId];
  }
}

const ACTION_LISTS = new Set(['cost_overrides', 'co_benefit_scores', 'action_commitments', 'action_tags']);
const TARGET_TABLES = new Set(['targets', 'carbon_budget', 'baselines', 'baseline_points', 'sectors']);

/** Where the change can be seen: the view, and for a grid the row and column. */
export function revealOf(step: UndoStep): Reveal | null {
  const c = step.changes[0];
  if (!c) return null;
  if (c.table === 'actions') return { route: 'actions', rowId: c.rowId, colId: c.column ? camel(c.column) : 'name' };
  if (ACTION_LISTS.has(c.table))
    return {
      route: 'actions',
      rowId: keyParts(c.rowId)[0],
      colId: c.table === 'action_tags' ? 'tags' : c.table === 'action_commitments' ? 'commitments' : 'name',
    };
  if (c.table === 'financing_entries' || c.table === 'financing_sources')
    return { route: 'financing', rowId: c.rowId, colId: c.column ? camel(c.column) : undefined };
  if (TARGET_TABLES.has(c.table)) return { route: 'targets' };
  if (c.table.startsWith('scenario')) return { route: 'scenarios' };
  if (c.table === 'commitments') return { route: 'commitments' };
  if (c.table === 'plan') return { route: 'overview' };
  return { route: 'history' };
}
