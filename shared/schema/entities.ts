// zod schemas of every entity of DESIGN §4, read off the field registry (shared/fields). Each
// entity has a full shape (what the store holds), an import form (absent fields take the
// defaults of §4) and a changes form for updates (any subset; `null` clears an optional field).
import { z } from 'zod';
import * as E from '../fields';
import { actionListSchemas } from '../fields/actions';
import { importShapeOf, shapeOf } from '../fields/entity';
import { object } from './primitives';

export const planSettingsShape = shapeOf(E.planSettings.fields);
export const planSettingsSchema = object('plan', planSettingsShape);

export const sectorShape = shapeOf(E.sector.fields);
export const sectorSchema = object('sector', sectorShape);

export const baselinePointSchema = object('points', shapeOf(E.baselinePoint.fields));
export const baselineShape = shapeOf(E.baseline.fields);
export const baselineSchema = object('baseline', baselineShape);

export const targetShape = shapeOf(E.target.fields);
export const targetSchema = object('target', targetShape);

export const carbonBudgetShape = shapeOf(E.carbonBudget.fields);
export const carbonBudgetSchema = object('carbonBudget', carbonBudgetShape);

export const financingSourceShape = shapeOf(E.financingSource.fields);
export const financingSourceSchema = object('financingSource', financingSourceShape);

export const costOverrideSchema = actionListSchemas.costOverride;
export const coBenefitsSchema = actionListSchemas.coBenefits;

/** An action's uncertainty (DESIGN §9); each absent field takes its status default. */
export const uncertaintyShape = shapeOf(E.actionUncertainty.fields);
export const uncertaintyRangesSchema = E.uncertaintyRangesSchema;
/** The plan's uncertainty per status (DESIGN §9); an absent status or field keeps the built-in default. */
export const uncertaintyDefaultsSchema = E.uncertaintyDefaultsSchema;

export const actionShape = shapeOf(E.action.fields);
export const actionSchema = object('action', actionShape);

export const financingEntryShape = shapeOf(E.financingEntry.fields);
export const financingEntrySchema = object('financing', financingEntryShape);

export const commitmentChoiceShape = shapeOf(E.commitmentChoice.fields);
export const commitmentChoiceSchema = object('commitments', commitmentChoiceShape);

export const scenarioShape = shapeOf(E.scenario.fields);
export const scenarioSchema = object('scenario', scenarioShape);

export const actualShape = shapeOf(E.actual.fields);
export const actualSchema = object('actuals', actualShape);

export const observedEmissionShape = shapeOf(E.observedEmission.fields);
export const observedEmissionSchema = object('observedEmissions', observedEmissionShape);

export const versionInfoShape = shapeOf(E.version.fields);
export const versionInfoSchema = object('versions', versionInfoShape);

/** The entities as the JSON import reads them: absent fields take DESIGN §4's defaults. */
export const importSchemas = {
  plan: planSettingsSchema,
  sector: sectorSchema,
  baseline: object('baseline', importShapeOf(E.baseline.fields)),
  target: object('target', importShapeOf(E.target.fields)),
  carbonBudget: object('carbonBudget', importShapeOf(E.carbonBudget.fields)),
  financingSource: financingSourceSchema,
  action: object('action', importShapeOf(E.action.fields)),
  financing: object('financing', importShapeOf(E.financingEntry.fields)),
  commitment: commitmentChoiceSchema,
  scenario: object('scenario', importShapeOf(E.scenario.fields)),
  actual: actualSchema,
  observedEmission: observedEmissionSchema,
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
  return object(name, out as { [K in Exclude<keyof S, 'id'>]: z.ZodOptional<z.ZodType> }) as unknown as z.ZodType<ChangesOf<z.output<z.ZodObject<S>>>>;
}

/** Any subset of an entity's fields; optional ones may be `null` to clear them. */
export type ChangesOf<T> = { [K in Exclude<keyof T, 'id'>]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
