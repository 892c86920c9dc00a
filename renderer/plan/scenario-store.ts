// Which scenario the views show (Översikt, Åtgärder's computed columns, charts): one choice for
// the whole app, remembered between sessions, falling back to "decided" or the first scenario.
import { useMemo } from 'react';
import type { Plan } from '../../shared/domain/types';
import { createStore, useStore } from '../lib/store';

const KEY = 'klimat.scenario';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const chosen = createStore<string | null>(remembered());

export function chooseScenario(id: string): void {
  chosen.set(id);
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // private mode: the choice lasts for this session
  }
}

/** The scenario to show in `plan`: the user's choice if it exists, else decided, else the first. */
export function useScenarioId(plan: Plan | null): string | null {
  const id = useStore(chosen);
  return useMemo(() => {
    if (!plan || plan.scenarios.length === 0) return null;
    if (id && plan.scenarios.some((s) => s.id === id)) return id;
    return plan.scenarios.find((s) => s.id === 'decided')?.id ?? plan.scenarios[0].id;
  }, [plan, id]);
}
