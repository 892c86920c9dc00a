// What a transport carries for one call, beside the envelope of DESIGN §2 (which stays exactly
// `{ ok, value }` / `{ ok: false, error }`): the document's status after the call and, for a
// call with an effect, what it changed. The renderer follows the plan and the status from
// these alone; it never guesses from a call's name what to reload.
import type { Actual, Baseline, CarbonBudget, ObservedEmission, PlanSettings, Plan, UncertaintyDefaults } from '../domain/types';
import type { Effect } from './define';
import type { ApiResult } from './result';
import type { DocumentStatus } from './status';

/** The plan's lists of rows, named as in the plan snapshot. */
export type Collection = 'sectors' | 'baseline' | 'targets' | 'financingSources' | 'actions' | 'financing' | 'commitments' | 'scenarios';
export const COLLECTIONS: readonly Collection[] = ['sectors', 'baseline', 'targets', 'financingSources', 'actions', 'financing', 'commitments', 'scenarios'];

export type RowOf<C extends Collection> = Plan[C][number];

/** A row's id in its collection: baselines are named by their sector. */
export function rowKey<C extends Collection>(collection: C, row: RowOf<C>): string {
  return collection === 'baseline' ? (row as Baseline).sectorId : (row as { id: string }).id;
}

/** What one write changed in the plan, per collection: the rows as they are now, and the ids deleted. */
export interface PlanDelta {
  rows: { [C in Collection]?: RowOf<C>[] };
  deleted: { [C in Collection]?: string[] };
  /**
   * Every id of a collection in the plan's order, when the change put rows elsewhere than at
   * the end (an undone delete, a merge); absent when new rows simply follow the others.
   */
  order: { [C in Collection]?: string[] };
  /** The plan's settings, when they changed. */
  settings?: PlanSettings;
  /** The carbon budget, when it changed (null: removed). */
  carbonBudget?: CarbonBudget | null;
  /** The uncertainty defaults per status, when they changed (null: none left). */
  uncertaintyDefaults?: UncertaintyDefaults | null;
  /** The actuals (DESIGN §8) the write touched, as they are now, and the keys (actualKey) of those gone. */
  actuals?: { rows: Actual[]; deleted: string[] };
  /** Every observed emission, when any changed (a handful of sectors: sent whole). */
  observedEmissions?: ObservedEmission[];
}

/** An actual's key in a delta: its action and year. */
export function actualKey(a: { actionId: string; year: number }): string {
  return `${a.actionId}\n${a.year}`;
}

export interface DocumentChange {
  effect: Exclude<Effect, 'none'>;
  /** Another plan is open now (or none): the renderer loads it whole. */
  replaced: boolean;
  /** The rows the call changed (effect `plan`). */
  plan?: PlanDelta;
}

export interface CallFrame<T = unknown> {
  /** The envelope, exactly as DESIGN §2 says. */
  result: ApiResult<T>;
  /** Node's count of changes so far: orders frames that arrive out of order. */
  seq?: number;
  /** The open document's status after the call. */
  status?: DocumentStatus;
  /** What a successful call with an effect changed. */
  change?: DocumentChange;
}

/** A change Node pushes without a call of the page (a file opened from the file manager, a restart). */
export type DocumentEvent = Omit<CallFrame, 'result'>;

/** The ids a delta touched, per collection (deletes listed apart): what tests and logs read. */
export function changedIds(delta: PlanDelta): { [C in Collection]?: { ids: string[]; deleted: string[] } } {
  const out: { [C in Collection]?: { ids: string[]; deleted: string[] } } = {};
  for (const c of COLLECTIONS) {
    const rows = (delta.rows[c] ?? []) as RowOf<typeof c>[];
    const deleted = delta.deleted[c] ?? [];
    if (rows.length || deleted.length) out[c] = { ids: rows.map((r) => rowKey(c, r)), deleted };
  }
  return out;
}
