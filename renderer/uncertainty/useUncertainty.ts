// The uncertainty of the chosen scenario, for a view: the result (the last one computed for this
// scenario, `stale` while a newer one is on its way), the run's progress once it has taken
// longer than 300 ms, and the commands to cancel or run again.
import { useEffect, useState } from 'react';
import type { Plan } from '../../shared/domain/types';
import type { UncertaintyResult } from '../../shared/uncertainty';
import { useStore } from '../lib/store';
import { cancelUncertainty, requestUncertainty, rerunUncertainty, runKey, sameKey, uncertaintyStore } from './runner';
import { uncertaintySettings } from './settings';

/** A run shorter than this shows no progress: it would only flicker. */
export const PROGRESS_AFTER_MS = 300;

export interface UncertaintyView {
  result: UncertaintyResult | null;
  /** The result is for an earlier state of the plan or settings. */
  stale: boolean;
  running: boolean;
  /** Share of the draws done, shown once the run has taken PROGRESS_AFTER_MS; else null. */
  progress: number | null;
  /** How long the shown result took in the worker. */
  resultMs: number | null;
  cancelled: boolean;
  error: string | null;
  cancel(): void;
  rerun(): void;
}

export function useUncertainty(plan: Plan | null, scenarioId: string | null): UncertaintyView {
  const settings = useStore(uncertaintySettings);
  const state = useStore(uncertaintyStore);
  const year = settings.year !== null && plan && settings.year >= plan.plan.startYear && settings.year <= plan.plan.endYear ? settings.year : undefined;
  const request =
    plan && scenarioId && plan.scenarios.some((s) => s.id === scenarioId) ? { plan, scenarioId, draws: settings.draws, seed: settings.seed, year } : null;
  const key = request ? runKey(request) : null;

  useEffect(() => {
    if (request) requestUncertainty(request);
    // The key's parts are what the draws read: other edits (financing, names of views) start nothing.
  }, [...(key?.parts ?? []), scenarioId, settings.draws, settings.seed, year]); // eslint-disable-line react-hooks/exhaustive-deps

  const running = state.running;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!running) return;
    const timer = setTimeout(() => setSlow(true), Math.max(0, PROGRESS_AFTER_MS - (performance.now() - running.startedAt)));
    return () => clearTimeout(timer);
  }, [running?.runId]); // eslint-disable-line react-hooks/exhaustive-deps

  const result = state.result && state.result.scenarioId === scenarioId ? state.result : null;
  return {
    result,
    stale: result !== null && !sameKey(state.resultKey, key),
    running: running !== null,
    progress: running && slow ? running.done / running.total : null,
    resultMs: result ? state.resultMs : null,
    cancelled: state.cancelled,
    error: state.error,
    cancel: cancelUncertainty,
    rerun: rerunUncertainty,
  };
}
