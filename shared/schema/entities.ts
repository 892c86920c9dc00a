// zod schemas of every entity of DESIGN §4, built from the field and range tables. Each entity
// has a full shape (what the store holds), an import form (absent fields take the defaults of
// §4) and a changes form for updates (any subset; `null` clears an optional field).
import { z } from 'zod';
import {
  ACTION_STATUSES,
  CO_BENEFIT_CATEGORIES,
  COMMITMENT_IDS,
  COMMITMENT_LEVELS,
  COST_BEARERS,
  EFFECT_KINDS,
  FINANCING_SOURCE_KINDS,
  FINANCING_STATUSES,
  MONEY_UNITS,
  TARGET_KINDS,
  TARGET_SCOPES,
  UNCERTAINTY_STATUSES,
} from '../domain/ids';
import { ROW_CAPS } from '../domain/ranges';
import { bool, id, list, num, object, oneOf, text } from './primitives';

const municipalityCode = z
  .string({ error: (iss) => (iss.input === undefined ? 'Kommunkoden saknas.' : 'Kommunkoden måste vara fyra siffror.') })
  .regex(/^\d{4}$/, { error: 'Kommunkoden måste vara fyra siffror, t.ex. 2480.' });

export const planSettingsShape = {
  municipality: text('municipality', { nonEmpty: true }),
  municipalityCode,
  title: text('title'),
  startYear: num('startYear'),
  endYear: num('endYear'),
  priceBaseYear: num('priceBaseYear'),
  discountRate: num('discountRate'),
  carbonValueSekPerTon: num('carbonValueSekPerTon'),
  moneyUnit: oneOf('moneyUnit', MONEY_UNITS),
};
export const planSettingsSchema = object('plan', planSettingsShape);

export const sectorShape = {
  id: id('id'),
  name: text('name', { nonEmpty: true }),
  isSink: bool('isSink'),
  hidden: bool('hidden').optional(),
};
export const sectorSchema = object('sector', sectorShape);

export const baselinePointSchema = object('points', {
  year: num('year'),
  tonsCo2e: num('baselineTonsCo2e'),
});
export const baselineShape = {
  sectorId: id('sectorId'),
  points: list('points', baselinePointSchema, ROW_CAPS.baselinePointsPerSector),
  annualChange: num('annualChange'),
};
export const baselineSchema = object('baseline', baselineShape);
const baselineImportSchema = object('baseline', { ...baselineShape, annualChange: baselineShape.annualChange.default(0) });

export const targetShape = {
  id: id('id'),
  name: text('name'),
  year: num('year'),
  scope: oneOf('scope', TARGET_SCOPES),
  kind: oneOf('kind', TARGET_KINDS),
  reduction: num('reduction').optional(),
  referenceYear: num('referenceYear').optional(),
  referenceTonsCo2e: num('referenceTonsCo2e').optional(),
  tonsCo2e: num('tonsCo2e').optional(),
};
export const targetSchema = object('target', targetShape);
const targetImportSchema = object('target', { ...targetShape, scope: targetShape.scope.default('gross') });

export const carbonBudgetShape = {
  fromYear: num('fromYear'),
  tonsCo2e: num('tonsCo2e'),
  scope: oneOf('scope', TARGET_SCOPES),
};
export const carbonBudgetSchema = object('carbonBudget', carbonBudgetShape);
const carbonBudgetImportSchema = object('carbonBudget', { ...carbonBudgetShape, scope: carbonBudgetShape.scope.default('net') });

export const financingSourceShape = {
  id: id('id'),
  name: text('name', { nonEmpty: true }),
  kind: oneOf('kind', FINANCING_SOURCE_KINDS),
};
export const financingSourceSchema = object('financingSource', financingSourceShape);

export const costOverrideSchema = object('costOverrides', {
  year: num('year'),
  capexSek: num('capexSek').optional(),
  opexSek: num('opexSek').optional(),
  savingsSek: num('savingsSek').optional(),
});

export const coBenefitsSchema = object(
  'coBenefits',
  Object.fromEntries(CO_BENEFIT_CATEGORIES.map((c) => [c, num('coBenefitScore').optional()])) as Record<
    (typeof CO_BENEFIT_CATEGORIES)[number],
    z.ZodOptional<ReturnType<typeof num>>
  >,
);

/** An action's uncertainty (DESIGN §9); each absent field takes its status default. */
export const uncertaintyShape = {
  effectLow: num('effectLow').optional(),
  effectHigh: num('effectHigh').optional(),
  costLow: num('costLow').optional(),
  costHigh: num('costHigh').optional(),
  delayMaxYears: num('delayMaxYears').optional(),
  probability: num('probability').optional(),
};
export const uncertaintySchema = object('uncertainty', uncertaintyShape);

/** The plan's uncertainty per status (DESIGN §9); an absent status or field keeps the built-in default. */
export const uncertaintyDefaultsSchema = object(
  'uncertaintyDefaults',
  Object.fromEntries(UNCERTAINTY_STATUSES.map((status) => [status, uncertaintySchema.optional()])) as Record<
    (typeof UNCERTAINTY_STATUSES)[number],
    z.ZodOptional<typeof uncertaintySchema>
  >,
);

export const actionShape = {
  id: id('id'),
  code: text('code'),
  name: text('name', { nonEmpty: true }),
  description: text('description').optional(),
  sectorId: id('sectorId'),
  owner: text('owner'),
  costBearer: oneOf('costBearer', COST_BEARERS),
  status: oneOf('status', ACTION_STATUSES),
  startYear: num('startYear'),
  implementationYears: num('implementationYears'),
  effectStartYear: num('effectStartYear').optional(),
  effectEndYear: num('effectEndYear').optional(),
  rampYears: num('rampYears'),
  effectKind: oneOf('effectKind', EFFECT_KINDS),
  effectTonsPerYear: num('effectTonsPerYear').optional(),
  effectShare: num('effectShare').optional(),
  lifetimeYears: num('lifetimeYears').optional(),
  capexSek: num('capexSek'),
  opexSekPerYear: num('opexSekPerYear'),
  savingsSekPerYear: num('savingsSekPerYear'),
  costOverrides: list('costOverrides', costOverrideSchema, ROW_CAPS.costOverridesPerAction),
  coBenefits: coBenefitsSchema,
  coBenefitSekPerYear: num('coBenefitSekPerYear'),
  commitments: list('commitments', oneOf('commitments', COMMITMENT_IDS), COMMITMENT_IDS.length),
  tags: list('tags', text('tags', { nonEmpty: true }), ROW_CAPS.tagsPerAction),
  notes: text('notes'),
  uncertainty: uncertaintySchema.optional(),
};
export const actionSchema = object('action', actionShape);
const actionImportSchema = object('action', {
  ...actionShape,
  code: actionShape.code.default(''),
  owner: actionShape.owner.default(''),
  implementationYears: actionShape.implementationYears.default(1),
  rampYears: actionShape.rampYears.default(0),
  effectKind: actionShape.effectKind.default('absolute'),
  capexSek: actionShape.capexSek.default(0),
  opexSekPerYear: actionShape.opexSekPerYear.default(0),
  savingsSekPerYear: actionShape.savingsSekPerYear.default(0),
  costOverrides: actionShape.costOverrides.default([]),
  coBenefits: actionShape.coBenefits.default({}),
  coBenefitSekPerYear: actionShape.coBenefitSekPerYear.default(0),
  commitments: actionShape.commitments.default([]),
  tags: actionShape.tags.default([]),
  notes: actionShape.notes.default(''),
});

export const financingEntryShape = {
  id: id('id'),
  actionId: id('actionId').nullable(),
  sourceId: id('sourceId'),
  year: num('year'),
  amountSek: num('amountSek'),
  status: oneOf('status', FINANCING_STATUSES),
};
export const financingEntrySchema = object('financing', financingEntryShape);
const financingEntryImportSchema = object('financing', {
  ...financingEntryShape,
  actionId: financingEntryShape.actionId.default(null),
});

export const commitmentChoiceShape = {
  id: oneOf('id', COMMITMENT_IDS),
  level: oneOf('level', COMMITMENT_LEVELS),
};
export const commitmentChoiceSchema = object('commitments', commitmentChoiceShape);

export const scenarioShape = {
  id: id('id'),
  name: text('name', { nonEmpty: true }),
  includeStatuses: list('includeStatuses', oneOf('includeStatuses', ACTION_STATUSES), ACTION_STATUSES.length),
  include: list('include', id('include')),
  exclude: list('exclude', id('exclude')),
  delayYears: num('delayYears'),
  effectFactor: num('effectFactor'),
  costFactor: num('costFactor'),
};
export const scenarioSchema = object('scenario', scenarioShape);
const scenarioImportSchema = object('scenario', {
  ...scenarioShape,
  include: scenarioShape.include.default([]),
  exclude: scenarioShape.exclude.default([]),
  delayYears: scenarioShape.delayYears.default(0),
  effectFactor: scenarioShape.effectFactor.default(1),
  costFactor: scenarioShape.costFactor.default(1),
});

/** The entities as the JSON import reads them: absent fields take DESIGN §4's defaults. */
export const importSchemas = {
  plan: planSettingsSchema,
  sector: sectorSchema,
  baseline: baselineImportSchema,
  target: targetImportSchema,
  carbonBudget: carbonBudgetImportSchema,
  financingSource: financingSourceSchema,
  action: actionImportSchema,
  financing: financingEntryImportSchema,
  commitment: commitmentChoiceSchema,
  scenario: scenarioImportSchema,
};

/**
 * The changes form of a shape: every field optional, the id left out, and `null` allowed
 * on optional fields to clear them.
 */
export function changesOf<S extends z.ZodRawShape>(shape: S, name: string) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape) as [string, z.ZodType][]) {
    if (key === 'id') continue;
    out[key] = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType).nullable().optional() : schema.optional();
  }
  return object(name, out as { [K in Exclude<keyof S, 'id'>]: z.ZodOptional<z.ZodType> }) as unknown as z.ZodType<
    ChangesOf<z.output<z.ZodObject<S>>>
  >;
}

/** Any subset of an entity's fields; optional ones may be `null` to clear them. */
export type ChangesOf<T> = { [K in Exclude<keyof T, 'id'>]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
