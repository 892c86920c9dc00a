// The Åtgärder grid's rows: each action with the engine's figures for the current scenario.
// A row object is kept while neither its action nor its figures change, so that after an edit
// in a 10 000-action plan the grid updates one row, not all of them.
import { useMemo, useRef } from 'react';
import type { ActionResult, CalcResult } from '../../../shared/calc';
import type { Action, Plan } from '../../../shared/domain/types';

export interface ActionRow {
  action: Action;
  /** Tonnes in 2030 and 2040 (null when the year is off the plan's axis or not computed). */
  effect2030: number | null;
  effect2040: number | null;
  npvSek: number | null;
  levelizedCostSekPerTon: number | null;
  annualizedCostSekPerTon: number | null;
  societalNpvSek: number | null;
}

export const actionRowId = (r: ActionRow): string => r.action.id;

/** The row of `action` with its figures from `r`, the previous row itself when nothing changed. */
function rowOf(action: Action, r: ActionResult | undefined, i2030: number, i2040: number, prev: ActionRow | undefined): ActionRow {
  const at = (i: number) => (r && i >= 0 && i < r.effect.length ? r.effect[i] : null);
  const effect2030 = at(i2030);
  const effect2040 = at(i2040);
  const npvSek = r?.npvSek ?? null;
  const levelizedCostSekPerTon = r?.levelizedCostSekPerTon ?? null;
  const annualizedCostSekPerTon = r?.annualizedCostSekPerTon ?? null;
  const societalNpvSek = r?.societalNpvSek ?? null;
  if (
    prev &&
    prev.action === action &&
    prev.effect2030 === effect2030 &&
    prev.effect2040 === effect2040 &&
    prev.npvSek === npvSek &&
    prev.levelizedCostSekPerTon === levelizedCostSekPerTon &&
    prev.annualizedCostSekPerTon === annualizedCostSekPerTon &&
    prev.societalNpvSek === societalNpvSek
  ) {
    return prev;
  }
  return { action, effect2030, effect2040, npvSek, levelizedCostSekPerTon, annualizedCostSekPerTon, societalNpvSek };
}

/** The rows of the plan's actions; after an edit only the changed rows are new objects. */
export function useActionRows(plan: Plan | null, calc: CalcResult | null): ActionRow[] {
  const cache = useRef<ActionRow[]>([]);
  return useMemo(() => {
    if (!plan) return [];
    const start = plan.plan.startYear;
    const results = calc?.actions;
    const before = cache.current;
    const out = new Array<ActionRow>(plan.actions.length);
    let same = before.length === out.length;
    for (let k = 0; k < plan.actions.length; k++) {
      const a = plan.actions[k];
      const r = results?.[k]?.id === a.id ? results[k] : undefined;
      // Rows keep their places unless actions were added or deleted; then the row is rebuilt.
      const prev = before[k]?.action.id === a.id ? before[k] : undefined;
      out[k] = rowOf(a, r, 2030 - start, 2040 - start, prev);
      same &&= out[k] === before[k];
    }
    // Nothing changed (Node confirmed what was shown): the grid gets the same list, and skips it.
    if (same) return before;
    cache.current = out;
    return out;
  }, [plan, calc]);
}
