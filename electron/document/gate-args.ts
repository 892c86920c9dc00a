// The gate worker's command line: `[--with-plan] <copy>...`. Kept apart from gate.ts so that the
// worker's bundle does not take in the parent's process code.
export const WITH_PLAN = '--with-plan';

export interface GateOptions {
  /** Each verdict carries the checked plan and its last save time (Admission.plan, savedAt). */
  withPlan?: boolean;
}

export function workerArgs(copyPaths: readonly string[], opts: GateOptions = {}): string[] {
  return [...(opts.withPlan ? [WITH_PLAN] : []), ...copyPaths];
}
