// The uncertainty run's settings, one for the whole app and remembered between sessions: the
// number of draws, the seed, and the drivers' year (null: the first target year).
import { DEFAULT_DRAWS, DEFAULT_SEED, DRAWS_LIMITS, SEED_LIMITS } from '../../shared/uncertainty';
import { createStore } from '../lib/store';

export interface UncertaintySettings {
  draws: number;
  seed: number;
  year: number | null;
}

const KEY = 'klimat.uncertainty';
export const DEFAULT_SETTINGS: UncertaintySettings = { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED, year: null };

const whole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function remembered(): UncertaintySettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<UncertaintySettings> | null;
    if (!saved) return DEFAULT_SETTINGS;
    return {
      draws: whole(saved.draws, DRAWS_LIMITS.min, DRAWS_LIMITS.max) ? saved.draws : DEFAULT_DRAWS,
      seed: whole(saved.seed, SEED_LIMITS.min, SEED_LIMITS.max) ? saved.seed : DEFAULT_SEED,
      year: whole(saved.year, 1990, 2100) ? saved.year : null,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export const uncertaintySettings = createStore<UncertaintySettings>(remembered());

export function setUncertaintySettings(change: Partial<UncertaintySettings>): void {
  uncertaintySettings.set((s) => ({ ...s, ...change }));
  try {
    localStorage.setItem(KEY, JSON.stringify(uncertaintySettings.get()));
  } catch {
    // private mode: the settings last for this session
  }
}
