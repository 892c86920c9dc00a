// The JSON interchange document (DESIGN §6): parse with every check, or say every problem.
import { z } from 'zod';
import { ROW_CAPS } from '../domain/ranges';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type Plan, type PlanDocument } from '../domain/types';
import { importSchemas as s, uncertaintyDefaultsSchema, versionInfoShape } from './entities';
import { list, object } from './primitives';
import { problemsFromZod, type Problem } from './problems';
import { planProblems, type PlanRuleOptions } from './rules';

const planDocumentShape = {
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
  actuals: list('actuals', s.actual, ROW_CAPS.actuals).optional(),
  observedEmissions: list('observedEmissions', s.observedEmission, ROW_CAPS.sectors).optional(),
};

/** A version's plan: a klimat-plan document without versions (DESIGN §8). */
export const versionPlanSchema = object('plan', planDocumentShape);

export const versionSchema = object('versions', { ...versionInfoShape, plan: versionPlanSchema });

export const planDocumentSchema = object('document', {
  ...planDocumentShape,
  versions: list('versions', versionSchema, ROW_CAPS.versions).optional(),
});

export type ParseResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Parses a `klimat-plan` document: shape and ranges first, then the consistency rules. */
export function parsePlanDocument(input: unknown, options?: PlanRuleOptions): ParseResult {
  const parsed = planDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const { format: _f, formatVersion: _v, ...plan } = parsed.data;
  return checkPlan(plan as Plan, options);
}

/** Consistency of an already well-formed plan (the open gate uses this on a store's content). */
export function checkPlan(plan: Plan, options?: PlanRuleOptions): ParseResult {
  const problems = planProblems(plan, options);
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/**
 * The document for export: arrays in order, absent optional fields omitted (DESIGN §6 export
 * rules). The store already omits absent fields, so this only adds the envelope, and leaves
 * out the lists of §8 that are empty (a plan without follow-up exports as before).
 */
export function toPlanDocument(plan: Plan): PlanDocument {
  const out = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, ...plan } as PlanDocument;
  for (const key of ['actuals', 'observedEmissions', 'versions'] as const) if (out[key]?.length === 0) delete out[key];
  return out;
}

// The schema and the domain types must describe the same thing: this fails to compile if not.
type Parsed = z.output<typeof planDocumentSchema>;
export const _schemaMatchesTypes: (p: Parsed) => PlanDocument = (p) => p;
