// The open plan, held in the renderer so that views and the engine work on one snapshot. It is
// loaded whole when another plan is opened; every write's answer carries the rows it changed
// and the ids it deleted (shared/api/frame.ts), which are applied in place: an edit in a
// 10 000-action plan costs milliseconds, a delete never reloads the plan. Edits typed in a grid
// are shown at once (previewEdits) and replaced by Node's rows when it answers.
import { useEffect, useMemo } from 'react';
import { applyDelta } from '../../shared/api/delta';
import { COLLECTIONS, type CallFrame, type DocumentEvent, type PlanDelta } from '../../shared/api/frame';
import type { Action, Plan } from '../../shared/domain/types';
import { normalizeAction, normalizePlan } from '../../shared/domain/normalize';
import { client } from '../api/client';
import { onFrame } from '../api/observe';
import { createStore, useStore } from '../lib/store';
import { overlay, previewRows, settle, type Editable } from './preview';
import { Freshness } from './freshness';
import { versionView } from './version-view';

export interface PlanState {
  plan: Plan | null;
  /** Grows with every change of `plan`, local or loaded. */
  version: number;
  loading: boolean;
}

export const planStore = createStore<PlanState>({ plan: null, version: 0, loading: false });

/** The plan as Node last told it; `planStore` shows it with the edits still on their way. */
let confirmed: Plan | null = null;
const fresh = new Freshness();

/** `next`, with the lists that hold the very same rows as `prev` kept as `prev`'s (nothing to draw again). */
function keepSame(prev: Plan | null, next: Plan | null): Plan | null {
  if (!prev || !next || prev === next) return next;
  let out: Plan | null = null;
  // Everything but the row lists (settings, carbon budget, uncertainty defaults, actuals…) by identity:
  // a part a delta replaced is a new object, whatever its name.
  const lists = new Set<string>(COLLECTIONS);
  const parts = new Set([...Object.keys(prev), ...Object.keys(next)].filter((k) => !lists.has(k)));
  let changed = [...parts].some((k) => (prev as unknown as Record<string, unknown>)[k] !== (next as unknown as Record<string, unknown>)[k]);
  for (const k of COLLECTIONS) {
    const a = prev[k] as unknown[];
    const b = next[k] as unknown[];
    if (a === b) continue;
    if (a.length === b.length && a.every((x, i) => x === b[i])) {
      out ??= { ...next };
      (out as unknown as Record<string, unknown[]>)[k] = a;
    } else changed = true;
  }
  return changed ? (out ?? next) : prev;
}

/** Shows `confirmed` with the edits still on their way; a plan that looks the same is not set again. */
function refresh(loading = planStore.get().loading): void {
  planStore.set((s) => {
    const plan = keepSame(s.plan, confirmed && overlay(confirmed));
    return plan === s.plan && loading === s.loading ? s : { plan, version: s.version + 1, loading };
  });
}

function show(next: Plan | null, loading = planStore.get().loading): void {
  confirmed = next;
  refresh(loading);
}

let loadSeq = 0;

export async function reloadPlan(): Promise<void> {
  const seq = ++loadSeq;
  const asOf = fresh.latest;
  planStore.set((s) => ({ ...s, loading: true }));
  const result = await client.call('plan.snapshot', {});
  if (seq !== loadSeq) return; // a newer load is on its way
  if (!result.ok) return planStore.set((s) => ({ ...s, loading: false }));
  fresh.reset(asOf);
  show(normalizePlan(result.value), false);
}

/** The delta with actions in the engine's one shape, and without rows a newer answer already gave. */
function usable(delta: PlanDelta, seq: number | undefined): PlanDelta {
  const rows = fresh.keep(delta.rows, seq);
  if (rows.actions) rows.actions = (rows.actions as Action[]).map(normalizeAction);
  return { ...delta, rows, deleted: fresh.keepIds(delta.deleted, seq) };
}

function follow(frame: CallFrame | DocumentEvent): void {
  fresh.saw(frame.seq);
  const change = frame.change;
  if (!change) return;
  if (change.replaced) {
    if (frame.status?.open === false) {
      loadSeq++;
      show(null, false);
    } else void reloadPlan();
    return;
  }
  if (change.plan && confirmed && !fresh.stale(frame.seq)) show(applyDelta(confirmed, usable(change.plan, frame.seq)));
}

onFrame(follow);

/**
 * Shows `rows`' changes at once, before Node has answered; the returned function takes them
 * back (call it when the answer is in: by then Node's rows have replaced them, or the edit was
 * refused and the old values show again).
 */
export function previewEdits(collection: Editable, rows: { id: string; changes: Record<string, unknown> }[]): () => void {
  if (!confirmed || rows.length === 0) return () => {};
  const token = previewRows(collection, rows);
  refresh();
  return () => {
    confirmed = settle(token, confirmed);
    refresh();
  };
}

/** The plan the views show: the open plan's snapshot, or the adopted version on view. The first use loads it. */
export function usePlan(): PlanState {
  const state = useCurrentPlan();
  const viewing = useStore(versionView);
  return useMemo(() => (viewing ? { ...state, plan: viewing.plan } : state), [state, viewing]);
}

/** The open plan's snapshot, even while a version is on view (the follow-up compares the two). */
export function useCurrentPlan(): PlanState {
  const state = useStore(planStore);
  const missing = !state.plan && !state.loading;
  useEffect(() => {
    if (missing) void reloadPlan();
  }, [missing]);
  return state;
}
