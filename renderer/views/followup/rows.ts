// Uppföljning's grid rows: each action of the plan with its status now and at adoption, its
// follow-up figures to Yf, and its actual of Yf (the editable columns). A row object is kept
// while none of that changes, so an edit in a 10 000-action plan updates one row.
import { useMemo, useRef } from 'react';
import type { Action, Actual, Plan } from '../../../shared/domain/types';
import type { ActionFollowUp, FollowUpResult } from '../../../shared/followup';

export interface FollowUpRow {
  action: Action;
  /** The action in the reference plan; undefined when it was added since. */
  then: Action | undefined;
  figures: ActionFollowUp;
  /** The action's actual of the follow-up year, if any. */
  yearActual: Actual | undefined;
}

export const followUpRowId = (r: FollowUpRow): string => r.action.id;

const sameFigures = (a: ActionFollowUp, b: ActionFollowUp) =>
  (['capex', 'opex', 'savings', 'effect'] as const).every((k) => a[k].planned === b[k].planned && a[k].actual === b[k].actual);

export function useFollowUpRows(plan: Plan | null, reference: Plan | null, result: FollowUpResult | null): FollowUpRow[] {
  const cache = useRef(new Map<string, FollowUpRow>());
  const then = useMemo(() => new Map(reference?.actions.map((a) => [a.id, a]) ?? []), [reference]);
  return useMemo(() => {
    if (!plan || !result) return [];
    const year = result.year;
    const actuals = new Map<string, Actual>();
    for (const a of plan.actuals ?? []) if (a.year === year) actuals.set(a.actionId, a);
    const before = cache.current;
    const next = new Map<string, FollowUpRow>();
    const rows = plan.actions.map((action, i) => {
      const figures = result.actions[i];
      const row: FollowUpRow = { action, then: then.get(action.id), figures, yearActual: actuals.get(action.id) };
      const prev = before.get(action.id);
      const kept =
        prev && prev.action === action && prev.then === row.then && prev.yearActual === row.yearActual && sameFigures(prev.figures, figures) ? prev : row;
      next.set(action.id, kept);
      return kept;
    });
    cache.current = next;
    return rows;
  }, [plan, result, then]);
}
