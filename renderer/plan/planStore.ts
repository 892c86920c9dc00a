// The open plan, held in the renderer so that views and the engine work on one snapshot. It is
// loaded whole when the document changes (open, new, undo, redo…); an edit answered with the
// changed row is applied in place instead, which keeps an edit in a 10 000-action plan to
// milliseconds. Views read it through usePlan(); they never refetch lists after their own edits.
import { contract, type CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Action, Actual, Baseline, CarbonBudget, CommitmentChoice, ObservedEmission, Plan, PlanSettings } from '../../shared/domain/types';
import type { ActualsSet } from '../../shared/api/calls/followup';
import { normalizeAction, normalizePlan } from '../../shared/domain/normalize';
import { client } from '../api/client';
import { onCallSettled } from '../api/observe';
import { useEffect, useMemo } from 'react';
import { createStore, useStore } from '../lib/store';
import { versionView } from './versionView';

export interface PlanState {
  plan: Plan | null;
  /** Grows with every change of `plan`, local or loaded. */
  version: number;
  loading: boolean;
}

export const planStore = createStore<PlanState>({ plan: null, version: 0, loading: false });

type WithId = { id: string };
const upsert = <T extends WithId>(list: T[], row: T): T[] => {
  const i = list.findIndex((x) => x.id === row.id);
  return i < 0 ? [...list, row] : list.map((x, j) => (j === i ? row : x));
};

/** How the answer of a write changes the snapshot; calls not listed here reload it whole. */
const LOCAL: Partial<Record<CallName, (p: Plan, value: unknown) => Plan>> = {
  'plan.update': (p, v) => ({ ...p, plan: v as PlanSettings }),
  'actions.create': (p, v) => ({ ...p, actions: upsert(p.actions, normalizeAction(v as Action)) }),
  'actions.update': (p, v) => ({ ...p, actions: upsert(p.actions, normalizeAction(v as Action)) }),
  'actions.patch': (p, v) => ({ ...p, actions: upsertAll(p.actions, (v as Action[]).map(normalizeAction)) }),
  'financingSources.patch': (p, v) => ({ ...p, financingSources: upsertAll(p.financingSources, v as Plan['financingSources']) }),
  'financing.patch': (p, v) => ({ ...p, financing: upsertAll(p.financing, v as Plan['financing']) }),
  'sectors.create': (p, v) => ({ ...p, sectors: upsert(p.sectors, v as Plan['sectors'][number]) }),
  'sectors.update': (p, v) => ({ ...p, sectors: upsert(p.sectors, v as Plan['sectors'][number]) }),
  'targets.create': (p, v) => ({ ...p, targets: upsert(p.targets, v as Plan['targets'][number]) }),
  'targets.update': (p, v) => ({ ...p, targets: upsert(p.targets, v as Plan['targets'][number]) }),
  'financingSources.create': (p, v) => ({ ...p, financingSources: upsert(p.financingSources, v as Plan['financingSources'][number]) }),
  'financingSources.update': (p, v) => ({ ...p, financingSources: upsert(p.financingSources, v as Plan['financingSources'][number]) }),
  'financing.create': (p, v) => ({ ...p, financing: upsert(p.financing, v as Plan['financing'][number]) }),
  'financing.update': (p, v) => ({ ...p, financing: upsert(p.financing, v as Plan['financing'][number]) }),
  'scenarios.create': (p, v) => ({ ...p, scenarios: upsert(p.scenarios, v as Plan['scenarios'][number]) }),
  'scenarios.update': (p, v) => ({ ...p, scenarios: upsert(p.scenarios, v as Plan['scenarios'][number]) }),
  'baseline.create': (p, v) => ({ ...p, baseline: upsertBaseline(p.baseline, v as Baseline) }),
  'baseline.update': (p, v) => ({ ...p, baseline: upsertBaseline(p.baseline, v as Baseline) }),
  'carbonBudget.set': (p, v) => ({ ...p, carbonBudget: v as CarbonBudget }),
  'carbonBudget.delete': (p) => {
    const { carbonBudget: _gone, ...rest } = p;
    return rest;
  },
  'commitments.set': (p, v) => ({ ...p, commitments: v ? upsertCommitment(p.commitments, v as CommitmentChoice) : p.commitments }),
  'commitments.update': (p, v) => ({ ...p, commitments: upsertCommitment(p.commitments, v as CommitmentChoice) }),
  'actuals.set': (p, v) => ({ ...p, actuals: withActuals(p.actuals ?? [], v as ActualsSet) }),
  'observed.set': (p, v) => ({ ...p, observedEmissions: upsertObserved(p.observedEmissions ?? [], v as ObservedEmission) }),
  // Versions are not in the snapshot: nothing of it changes.
  'versions.create': (p) => p,
  'versions.update': (p) => p,
  'versions.delete': (p) => p,
};

const actualKey = (a: { actionId: string; year: number }) => `${a.actionId}\n${a.year}`;

/** The actuals after actuals.set: changed ones in place, new ones at the end, removed ones gone. */
function withActuals(list: Actual[], { set, removed }: ActualsSet): Actual[] {
  const gone = new Set(removed.map(actualKey));
  const changed = new Map(set.map((a) => [actualKey(a), a]));
  const out: Actual[] = [];
  for (const a of list) {
    const k = actualKey(a);
    if (gone.has(k)) continue;
    const c = changed.get(k);
    if (c) changed.delete(k);
    out.push(c ?? a);
  }
  return [...out, ...changed.values()];
}

function upsertObserved(list: ObservedEmission[], o: ObservedEmission): ObservedEmission[] {
  const i = list.findIndex((x) => x.sectorId === o.sectorId);
  return i < 0 ? [...list, o] : list.map((x, j) => (j === i ? o : x));
}

/** Changed rows in place, new ones (a paste that added rows) at the end: one pass over the list. */
function upsertAll<T extends WithId>(list: T[], rows: T[]): T[] {
  const changed = new Map(rows.map((r) => [r.id, r]));
  const out = list.map((x) => {
    const r = changed.get(x.id);
    if (r) changed.delete(x.id);
    return r ?? x;
  });
  return changed.size ? [...out, ...changed.values()] : out;
}

function upsertBaseline(list: Baseline[], b: Baseline): Baseline[] {
  const i = list.findIndex((x) => x.sectorId === b.sectorId);
  return i < 0 ? [...list, b] : list.map((x, j) => (j === i ? b : x));
}

function upsertCommitment(list: CommitmentChoice[], c: CommitmentChoice): CommitmentChoice[] {
  return upsert(list, c);
}

/** Calls that change which document is open or its content wholesale. */
const RELOAD: readonly CallName[] = ['document.new', 'document.open', 'document.openSample', 'document.recover', 'history.undo', 'history.redo'];

let loadSeq = 0;

export async function reloadPlan(): Promise<void> {
  const seq = ++loadSeq;
  planStore.set((s) => ({ ...s, loading: true }));
  const result = await client.call('plan.snapshot', {});
  if (seq !== loadSeq) return; // a newer load is on its way
  planStore.set((s) => ({ plan: result.ok ? normalizePlan(result.value) : s.plan, version: s.version + 1, loading: false }));
}

function follow(name: CallName, result: ApiResult<unknown>): void {
  if (!result.ok) return;
  const local = LOCAL[name];
  if (local) {
    const { plan } = planStore.get();
    if (plan) planStore.set((s) => ({ ...s, plan: local(plan, result.value), version: s.version + 1 }));
    return;
  }
  // Writes without a local rule (deletes with their cascades, cost overrides, imports…) reload.
  if (RELOAD.includes(name) || contract[name].writes) void reloadPlan();
  else if (name === 'document.close') planStore.set((s) => ({ plan: null, version: s.version + 1, loading: false }));
}

onCallSettled(follow);

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
