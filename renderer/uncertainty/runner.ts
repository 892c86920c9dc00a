// The one uncertainty run of the page: Scenarier and Översikt ask for the same plan, scenario
// and settings and share its result. A run goes to the worker (worker.ts) after the plan has
// been still for a moment (an edit while typing never starts one), a newer request replaces the
// run on the way, and the last result stays on screen, marked as not yet updated, until the new
// one is in.
import type { Plan } from '../../shared/domain/types';
import type { UncertaintyResult } from '../../shared/uncertainty';
import { createStore } from '../lib/store';
import { planForWorker, type FromWorker, type ToWorker } from './protocol';

export interface RunRequest {
  plan: Plan;
  scenarioId: string;
  draws: number;
  seed: number;
  /** The drivers' year; undefined for the engine's default (the first target year). */
  year: number | undefined;
}

/** What a result depends on: the parts of the plan the draws read, by identity, and the settings. */
export interface RunKey {
  parts: readonly unknown[];
  scenarioId: string;
  draws: number;
  seed: number;
  year: number | undefined;
}

export interface RunningState {
  runId: number;
  key: RunKey;
  startedAt: number;
  done: number;
  total: number;
}

export interface UncertaintyState {
  result: UncertaintyResult | null;
  /** What `result` was computed for. */
  resultKey: RunKey | null;
  /** Milliseconds the last finished run took in the worker. */
  resultMs: number | null;
  running: RunningState | null;
  /** The user stopped the last run; nothing starts again until the plan or settings change or they ask. */
  cancelled: boolean;
  error: string | null;
}

export const uncertaintyStore = createStore<UncertaintyState>({
  result: null,
  resultKey: null,
  resultMs: null,
  running: null,
  cancelled: false,
  error: null,
});

/** The wait after the last change before a run starts. */
export const DEBOUNCE_MS = 500;

export function runKey({ plan, scenarioId, draws, seed, year }: RunRequest): RunKey {
  const parts = [plan.plan, plan.actions, plan.sectors, plan.baseline, plan.targets, plan.carbonBudget, plan.scenarios, plan.uncertaintyDefaults];
  return { parts, scenarioId, draws, seed, year };
}

export function sameKey(a: RunKey | null | undefined, b: RunKey | null | undefined): boolean {
  if (!a || !b) return false;
  return (
    a.scenarioId === b.scenarioId &&
    a.draws === b.draws &&
    a.seed === b.seed &&
    a.year === b.year &&
    a.parts.length === b.parts.length &&
    a.parts.every((p, i) => p === b.parts[i])
  );
}

let worker: Worker | null = null;
let nextRunId = 1;
let pending: ReturnType<typeof setTimeout> | undefined;
let wanted: RunRequest | null = null;

function theWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'klimat-osakerhet' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    uncertaintyStore.set((s) => ({ ...s, running: null, error: event.message || 'Osäkerhetsberäkningen avbröts av ett fel.' }));
  };
  return worker;
}

function send(message: ToWorker): void {
  theWorker().postMessage(message);
}

function receive(message: FromWorker): void {
  const state = uncertaintyStore.get();
  if (!state.running || state.running.runId !== message.runId) return;
  if (message.type === 'progress') {
    uncertaintyStore.set({ ...state, running: { ...state.running, done: message.done, total: message.total } });
  } else if (message.type === 'result') {
    uncertaintyStore.set({ ...state, result: message.result, resultKey: state.running.key, resultMs: message.ms, running: null, error: null });
  } else {
    uncertaintyStore.set({ ...state, running: null, error: message.message });
  }
}

/**
 * Asks for the result of `request`. Nothing happens when it is already there or on its way;
 * otherwise a run starts after DEBOUNCE_MS of quiet (at once when nothing is shown yet).
 */
export function requestUncertainty(request: RunRequest): void {
  const key = runKey(request);
  const state = uncertaintyStore.get();
  if (wanted && sameKey(runKey(wanted), key) && (pending !== undefined || state.cancelled)) return;
  wanted = request;
  if (sameKey(state.running?.key, key) || (!state.running && sameKey(state.resultKey, key))) {
    clearTimeout(pending);
    pending = undefined;
    return;
  }
  const nothingShown = !state.result || state.result.scenarioId !== request.scenarioId;
  clearTimeout(pending);
  pending = setTimeout(start, nothingShown ? 0 : DEBOUNCE_MS);
}

function start(): void {
  pending = undefined;
  if (!wanted) return;
  const request = wanted;
  const runId = nextRunId++;
  const { plan, scenarioId, draws, seed, year } = request;
  // A newer run replaces the one on the way: the worker drops it at its next slice.
  send({ type: 'run', runId, plan: planForWorker(plan), scenarioId, options: { draws, seed, year } });
  uncertaintyStore.set((s) => ({
    ...s,
    running: { runId, key: runKey(request), startedAt: performance.now(), done: 0, total: draws },
    cancelled: false,
    error: null,
  }));
}

/** Stops the run on the way (the last result stays, marked as not updated). */
export function cancelUncertainty(): void {
  clearTimeout(pending);
  pending = undefined;
  const running = uncertaintyStore.get().running;
  if (running) send({ type: 'cancel', runId: running.runId });
  uncertaintyStore.set((s) => ({ ...s, running: null, cancelled: true }));
}

/** Runs the last request again now (after a cancel, or to see it afresh). */
export function rerunUncertainty(): void {
  if (!wanted) return;
  clearTimeout(pending);
  start();
}
