// The engine (shared/calc) on the renderer's snapshot: recomputed on every change of the plan,
// in the page, so charts and computed columns follow each keystroke. Each use keeps a cache of
// per-action figures, so after an edit only the changed action is computed again.
import { useMemo, useRef } from 'react';
import { CalcCache, calculate, type CalcOptions, type CalcResult } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';

export function useCalc(plan: Plan | null, scenarioId: string | null, options: Omit<CalcOptions, 'cache'> = {}): CalcResult | null {
  const maccYear = options.maccYear;
  const cache = useRef<CalcCache | null>(null);
  return useMemo(() => {
    if (!plan || !scenarioId || !plan.scenarios.some((s) => s.id === scenarioId)) return null;
    cache.current ??= new CalcCache();
    return calculate(plan, scenarioId, maccYear === undefined ? { cache: cache.current } : { maccYear, cache: cache.current });
  }, [plan, scenarioId, maccYear]);
}
