// The JSON interchange document (DESIGN §6): parse with every check, or say every problem.
import { z } from 'zod';
import { ROW_CAPS } from '../domain/ranges';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type Plan, type PlanDocument } from '../domain/types';
import { importSchemas as s, uncertaintyDefaultsSchema } from './entities';
import { list, object } from './primitives';
import { problemsFromZod, type Problem } from './problems';
import { planProblems } from './rules';

export const planDocumentSchema = object('document', {
  format: z.literal(PLAN_FORMAT, { error: `Filen är inte en klimatplan i JSON (fältet "format" ska vara "${PLAN_FORMAT}").` }),
  formatVersion: z.literal(PLAN_FORMAT_VERSION, {
    error: (iss) => `Formatversionen ${String(iss.input)} stöds inte; den här versionen av appen läser version ${PLAN_FORMAT_VERSION}.`,
  }),
  plan: s.plan,
  sectors: list('sectors', s.sector, ROW_CAPS.sectors),
  baseline: list('baseline', s.baseline, ROW_CAPS.sectors).default([]),
  targets: list('targets', s.target, ROW_CAPS.targets).default([]),
  carbonBudget: s.carbonBudget.optional(),
  financingSources: list('financingSources', s.financingSource, ROW_CAPS.financingSources).default([]),
  actions: list('actions', s.action, ROW_CAPS.actions).default([]),
  financing: list('financing', s.financing, ROW_CAPS.financing).default([]),
  commitments: list('commitments', s.commitment).default([]),
  scenarios: list('scenarios', s.scenario, ROW_CAPS.scenarios).default([]),
  uncertaintyDefaults: uncertaintyDefaultsSchema.optional(),
});

export type ParseResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Parses a `klimat-plan` document: shape and ranges first, then the consistency rules. */
export function parsePlanDocument(input: unknown): ParseResult {
  const parsed = planDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const { format: _f, formatVersion: _v, ...plan } = parsed.data;
  return checkPlan(plan as Plan);
}

/** Consistency of an already well-formed plan (the open gate uses this on a store's content). */
export function checkPlan(plan: Plan): ParseResult {
  const problems = planProblems(plan);
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/**
 * The document for export: arrays in order, absent optional fields omitted (DESIGN §6 export
 * rules). The store already omits absent fields, so this only adds the envelope.
 */
export function toPlanDocument(plan: Plan): PlanDocument {
  return { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, ...plan };
}

// The schema and the domain types must describe the same thing: this fails to compile if not.
type Parsed = z.output<typeof planDocumentSchema>;
export const _schemaMatchesTypes: (p: Parsed) => PlanDocument = (p) => p;
