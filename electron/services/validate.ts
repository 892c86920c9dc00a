// Refusals for services: a zod parse or a rule check that fails becomes an ApiFailure with
// the Swedish message, the offending input path, and every problem (for a paste that lists
// all bad cells).
import type { z } from 'zod';
import { ApiFailure } from '../../shared/api/result';
import { joinPath, problemsFromZod, type Problem } from '../../shared/schema/problems';

export function refuse(problems: Problem[]): never {
  const [p] = problems;
  throw new ApiFailure('invalid', p.message, p.path, { problems });
}

/** Parses `value` with `schema`; problems are reported under `base` (e.g. `changes`). */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown, base: string): T {
  const r = schema.safeParse(value);
  if (!r.success) refuse(problemsFromZod(r.error, base));
  return r.data;
}

/** Rule problems found on the merged entity are reported under the input's path. */
export function rebase(problems: Problem[], from: string, to: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path.startsWith(from) ? joinPath(to, p.path.slice(from.length).replace(/^\./, '')) : p.path }));
}

export function refuseIf(problems: Problem[]): void {
  if (problems.length) refuse(problems);
}

/** The entity with `changes` applied (one rule with the renderer's preview). */
export { applyChanges } from '../../shared/api/changes';

export function notFound(what: string, id: string, path = 'id'): ApiFailure {
  return new ApiFailure('notFound', `${what} "${id}" finns inte i planen.`, path);
}
