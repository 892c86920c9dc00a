// A scenario name not yet used in the plan, for a new scenario, a copy and an optimised one.

/** "Nytt scenario", "Nytt scenario 2", … */
export function freshName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
}
