// list/create/update/delete for the plan's collections. Create takes any subset of the fields
// (the service fills sensible defaults and may be given an id); update takes `changes`.
import { z } from 'zod';
import type {
  Action,
  Baseline,
  CarbonBudget,
  CommitmentChoice,
  CostOverride,
  FinancingEntry,
  FinancingSource,
  Scenario,
  Sector,
  Target,
} from '../../domain/types';
import { COMMITMENT_IDS, COMMITMENT_LEVELS } from '../../domain/ids';
import {
  actionShape,
  baselineShape,
  carbonBudgetSchema,
  changesOf,
  costOverrideSchema,
  financingEntryShape,
  financingSourceShape,
  scenarioShape,
  sectorShape,
  targetShape,
} from '../../schema/entities';
import { id, num, oneOf } from '../../schema/primitives';
import { none, read, write } from '../define';

const byId = z.strictObject({ id: id('id') });
const byIds = z.strictObject({ ids: z.array(id('ids')).min(1).max(200_000) });

/** Changes to many rows and new rows, applied in one transaction (paste, fill, clear). */
function bulk<C extends z.ZodType>(changes: C) {
  return z.strictObject({
    rows: z.array(z.strictObject({ id: id('id'), changes })).max(200_000),
    create: z.array(z.strictObject({ id: id('id').optional(), values: changes })).max(200_000).optional(),
  });
}

/** The four calls of one collection of rows with ids. */
function crud<T, S extends z.ZodRawShape>(shape: S) {
  const changes = changesOf(shape, 'changes');
  return {
    list: read<T[]>()(none),
    create: write<T>()(z.strictObject({ id: id('id').optional(), values: changes })),
    update: write<T>()(z.strictObject({ id: id('id'), changes })),
    delete: write<{ id: string }>()(byId),
  };
}

const sectors = crud<Sector, typeof sectorShape>(sectorShape);
const targets = crud<Target, typeof targetShape>(targetShape);
const actions = crud<Action, typeof actionShape>(actionShape);
const sources = crud<FinancingSource, typeof financingSourceShape>(financingSourceShape);
const financing = crud<FinancingEntry, typeof financingEntryShape>(financingEntryShape);
const scenarios = crud<Scenario, typeof scenarioShape>(scenarioShape);

const actionChanges = changesOf(actionShape, 'changes');
const baselineChanges = changesOf(baselineShape, 'changes');
const sectorRef = z.strictObject({ sectorId: id('sectorId') });

export const entityCalls = {
  'sectors.list': sectors.list,
  'sectors.create': sectors.create,
  'sectors.update': sectors.update,
  'sectors.delete': sectors.delete,

  'baseline.list': read<Baseline[]>()(none),
  /** Creates the baseline of a sector that has none. */
  'baseline.create': write<Baseline>()(z.strictObject({ sectorId: id('sectorId'), values: baselineChanges })),
  'baseline.update': write<Baseline>()(z.strictObject({ sectorId: id('sectorId'), changes: baselineChanges })),
  'baseline.delete': write<{ sectorId: string }>()(sectorRef),

  'targets.list': targets.list,
  'targets.create': targets.create,
  'targets.update': targets.update,
  'targets.delete': targets.delete,

  'carbonBudget.get': read<CarbonBudget | null>()(none),
  /** Sets (creates or replaces) the plan's carbon budget. */
  'carbonBudget.set': write<CarbonBudget>()(z.strictObject({ carbonBudget: carbonBudgetSchema })),
  'carbonBudget.delete': write<null>()(none),

  'actions.list': actions.list,
  'actions.get': read<Action>()(byId),
  'actions.create': actions.create,
  'actions.update': actions.update,
  'actions.delete': actions.delete,
  /**
   * Many fields of many actions in one transaction: all or nothing (the grid's paste and fill).
   * `create` adds rows in the same step (a paste longer than the table); the answer lists the
   * changed actions, then the created ones.
   */
  'actions.patch': write<Action[]>()(bulk(actionChanges)),
  /** Several actions deleted in one step (one undo). */
  'actions.deleteMany': write<{ ids: string[] }>()(byIds),

  'costOverrides.list': read<CostOverride[]>()(z.strictObject({ actionId: id('actionId') })),
  'costOverrides.create': write<CostOverride>()(z.strictObject({ actionId: id('actionId'), override: costOverrideSchema })),
  'costOverrides.update': write<CostOverride>()(
    z.strictObject({
      actionId: id('actionId'),
      year: num('year'),
      changes: z.strictObject({
        capexSek: num('capexSek').nullable().optional(),
        opexSek: num('opexSek').nullable().optional(),
        savingsSek: num('savingsSek').nullable().optional(),
      }),
    }),
  ),
  'costOverrides.delete': write<{ actionId: string; year: number }>()(
    z.strictObject({ actionId: id('actionId'), year: num('year') }),
  ),

  'financingSources.list': sources.list,
  'financingSources.create': sources.create,
  'financingSources.update': sources.update,
  'financingSources.delete': sources.delete,
  'financingSources.patch': write<FinancingSource[]>()(bulk(changesOf(financingSourceShape, 'changes'))),
  'financingSources.deleteMany': write<{ ids: string[] }>()(byIds),

  'financing.list': financing.list,
  'financing.create': financing.create,
  'financing.update': financing.update,
  'financing.delete': financing.delete,
  'financing.patch': write<FinancingEntry[]>()(bulk(changesOf(financingEntryShape, 'changes'))),
  'financing.deleteMany': write<{ ids: string[] }>()(byIds),

  'commitments.list': read<CommitmentChoice[]>()(none),
  /** Chooses a commitment's level; `null` removes the choice. */
  'commitments.set': write<CommitmentChoice | null>()(
    z.strictObject({ id: oneOf('id', COMMITMENT_IDS), level: oneOf('level', COMMITMENT_LEVELS).nullable() }),
  ),

  'scenarios.list': scenarios.list,
  'scenarios.create': scenarios.create,
  'scenarios.update': scenarios.update,
  'scenarios.delete': scenarios.delete,
};
