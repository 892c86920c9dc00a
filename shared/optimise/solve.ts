// Runs one model through HiGHS (the npm package `highs`, WebAssembly). The caller loads HiGHS
// its own way — Node reads the .wasm file, a Web Worker fetches it — and hands the loaded
// runtime in, so that this file stays pure.
import type { Highs, HighsCallbackMap, ModelData } from 'highs';

export type SolveStatus = 'optimal' | 'timeLimit' | 'infeasible' | 'noSolution';

export interface SolveOutcome {
  status: SolveStatus;
  /** Column values of the best solution found; null without one. */
  values: Float64Array | null;
  /** The objective of that solution (model units, offset included); null without one. */
  objective: number | null;
  /** HiGHS' relative gap between that solution and the proven bound (≤ 10⁻⁶ when optimal). */
  gap: number | null;
}

export interface SolveProgress {
  /** Seconds since this solve started. */
  seconds: number;
  /** Relative gap between the best solution so far and the proven bound; null before the first. */
  gap: number | null;
}

export interface SolveOptions {
  timeLimitSeconds: number;
  onProgress?: (progress: SolveProgress) => void;
}

/**
 * Gaps: HiGHS stops by default at 0.01 % from the bound; the optimiser is meant to be exact, so
 * it goes on to a millionth (and to 1 kr absolute, the objective being in millions of kronor).
 */
const OPTIONS = {
  output_flag: false,
  mip_rel_gap: 1e-6,
  mip_abs_gap: 1e-6,
  // Deterministic: the same plan gives the same answer on every machine.
  random_seed: 0,
};

export function solveModel(highs: Highs, data: ModelData, options: SolveOptions): SolveOutcome {
  const model = highs.createModel(data);
  try {
    model.options.set({ ...OPTIONS, time_limit: options.timeLimitSeconds });
    model.run(progressCallbacks(highs, options));
    return outcome(highs, model);
  } finally {
    model.dispose();
  }
}

function progressCallbacks(highs: Highs, options: SolveOptions): HighsCallbackMap {
  const report = options.onProgress;
  if (!report) return {};
  return {
    [highs.constants.callbackType.mipLogging]: (event) => {
      const gap = event.data.mip_gap;
      report({ seconds: event.data.running_time ?? 0, gap: gap !== undefined && Number.isFinite(gap) ? gap : null });
      return undefined;
    },
  };
}

type Model = ReturnType<Highs['createModel']>;

function outcome(highs: Highs, model: Model): SolveOutcome {
  const status = model.getModelStatus();
  const codes = highs.constants.modelStatus;
  if (status === codes.infeasible || status === codes.unboundedOrInfeasible) return { status: 'infeasible', values: null, objective: null, gap: null };
  // primal_solution_status 2: a feasible solution is at hand.
  const feasible = model.info.get('primal_solution_status') === 2;
  if (!feasible) return { status: 'noSolution', values: null, objective: null, gap: null };
  const values = model.getSolution().colValue;
  const objective = model.getObjectiveValue();
  const reported = Number(model.info.get('mip_gap'));
  const gap = Number.isFinite(reported) ? Math.max(0, reported) : null;
  return { status: status === codes.optimal ? 'optimal' : 'timeLimit', values, objective, gap };
}
