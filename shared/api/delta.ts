// Applies a write's delta to a plan snapshot: changed rows in place, new rows at the end (or
// where the delta's order puts them), deleted rows out. One pass over each list the delta
// names; lists it does not name keep their identity, so views that watch them stay quiet.
import type { Plan } from '../domain/types';
import type { Actual } from '../domain/types';
import { actualKey, COLLECTIONS, rowKey, type Collection, type PlanDelta, type RowOf } from './frame';

function applyToList<C extends Collection>(collection: C, list: RowOf<C>[], rows: RowOf<C>[], deleted: string[], order?: string[]): RowOf<C>[] {
  const gone = new Set(deleted);
  const changed = new Map(rows.map((r) => [rowKey(collection, r), r]));
  const out: RowOf<C>[] = [];
  for (const x of list) {
    const k = rowKey(collection, x);
    if (gone.has(k)) continue;
    const r = changed.get(k);
    if (r) changed.delete(k);
    out.push(r ?? x);
  }
  for (const r of changed.values()) if (!gone.has(rowKey(collection, r))) out.push(r);
  if (!order) return out;
  const byKey = new Map(out.map((r) => [rowKey(collection, r), r]));
  const ordered = order.map((k) => byKey.get(k)).filter((r): r is RowOf<C> => r !== undefined);
  // Rows the order does not name (it never should) stay, after the others.
  if (ordered.length < out.length) {
    const named = new Set(order);
    for (const r of out) if (!named.has(rowKey(collection, r))) ordered.push(r);
  }
  return ordered;
}

/** The actuals with the delta's rows in place (new ones at the end) and its deleted keys gone. */
function applyActuals(list: Actual[], rows: Actual[], deleted: string[]): Actual[] {
  const gone = new Set(deleted);
  const changed = new Map(rows.map((a) => [actualKey(a), a]));
  const out: Actual[] = [];
  for (const a of list) {
    const k = actualKey(a);
    if (gone.has(k)) continue;
    const c = changed.get(k);
    if (c) changed.delete(k);
    out.push(c ?? a);
  }
  for (const a of changed.values()) if (!gone.has(actualKey(a))) out.push(a);
  return out;
}

export function applyDelta(plan: Plan, delta: PlanDelta): Plan {
  let next: Plan = plan;
  for (const c of COLLECTIONS) {
    const rows = delta.rows[c] as RowOf<typeof c>[] | undefined;
    const deleted = delta.deleted[c];
    const order = delta.order[c];
    if (!rows?.length && !deleted?.length && !order) continue;
    if (next === plan) next = { ...plan };
    (next as unknown as Record<Collection, unknown[]>)[c] = applyToList(c, plan[c] as RowOf<typeof c>[], rows ?? [], deleted ?? [], order);
  }
  if (delta.settings) next = { ...next, plan: delta.settings };
  if (delta.carbonBudget !== undefined) {
    const { carbonBudget: _old, ...rest } = next;
    next = delta.carbonBudget === null ? rest : { ...rest, carbonBudget: delta.carbonBudget };
  }
  if (delta.uncertaintyDefaults !== undefined) {
    const { uncertaintyDefaults: _old, ...rest } = next;
    next = delta.uncertaintyDefaults === null ? rest : { ...rest, uncertaintyDefaults: delta.uncertaintyDefaults };
  }
  if (delta.actuals && (delta.actuals.rows.length || delta.actuals.deleted.length)) {
    next = { ...next, actuals: applyActuals(plan.actuals ?? [], delta.actuals.rows, delta.actuals.deleted) };
  }
  if (delta.observedEmissions) next = { ...next, observedEmissions: delta.observedEmissions };
  return next;
}

export function isEmptyDelta(delta: PlanDelta): boolean {
  return (
    COLLECTIONS.every((c) => !delta.rows[c]?.length && !delta.deleted[c]?.length && !delta.order[c]) &&
    delta.settings === undefined &&
    delta.carbonBudget === undefined &&
    delta.uncertaintyDefaults === undefined &&
    !delta.actuals?.rows.length &&
    !delta.actuals?.deleted.length &&
    delta.observedEmissions === undefined
  );
}
