// How the targets' gaps move with the delay (0–3 years) and the effect factor (0,6–1,2): one
// engine run per cell, 28 in all. At 10 000 actions that is over 100 ms, so the cells are
// computed a few at a time between frames and replace the previous figures as they are done
// (the strip never blanks); an edit starts over.
import { useEffect, useState } from 'react';
import { calculate, type TargetResult } from '../../../shared/calc';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { withScenario } from './calc-cache';

export const SENSITIVITY_DELAYS = [0, 1, 2, 3] as const;
export const SENSITIVITY_FACTORS = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2] as const;

export const cellKey = (delay: number, factor: number): string => `${delay}|${factor}`;

/** The targets' results with the scenario's delay and effect factor replaced. */
export function sensitivityCell(plan: Plan, scenario: Scenario, delayYears: number, effectFactor: number): TargetResult[] {
  return calculate(withScenario(plan, { ...scenario, delayYears, effectFactor }), scenario.id).targets;
}

/** Milliseconds of engine work per slice before the page gets to draw again. */
const SLICE_MS = 12;

export function useSensitivity(plan: Plan, scenario: Scenario): { cells: ReadonlyMap<string, TargetResult[]>; done: boolean } {
  const [state, setState] = useState<{ cells: Map<string, TargetResult[]>; done: boolean }>({ cells: new Map(), done: false });
  const { actions, baseline, targets, sectors } = plan;
  const settings = plan.plan;

  useEffect(() => {
    const queue = SENSITIVITY_DELAYS.flatMap((d) => SENSITIVITY_FACTORS.map((f) => [d, f] as const));
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ cells: s.cells, done: false }));
    const step = () => {
      const until = performance.now() + SLICE_MS;
      const fresh = new Map<string, TargetResult[]>();
      while (queue.length && performance.now() < until) {
        const [d, f] = queue.shift()!;
        fresh.set(cellKey(d, f), sensitivityCell(plan, scenario, d, f));
      }
      setState((s) => ({ cells: new Map([...s.cells, ...fresh]), done: queue.length === 0 }));
      if (queue.length) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
    // Only what moves a target's gap starts the runs over (not financing, not other scenarios).
  }, [actions, baseline, targets, sectors, settings, scenario]);

  return state;
}
