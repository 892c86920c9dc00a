// The engine (shared/calc) on the renderer's snapshot: recomputed on every change of the plan,
// in the page, so charts and computed columns follow each keystroke.
import { useMemo } from 'react';
import { calculate, type CalcOptions, type CalcResult } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';

export function useCalc(plan: Plan | null, scenarioId: string | null, options: CalcOptions = {}): CalcResult | null {
  const maccYear = options.maccYear;
  return useMemo(() => {
    if (!plan || !scenarioId || !plan.scenarios.some((s) => s.id === scenarioId)) return null;
    return calculate(plan, scenarioId, maccYear === undefined ? {} : { maccYear });
  }, [plan, scenarioId, maccYear]);
}
