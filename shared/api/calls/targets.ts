// targets.* and carbonBudget.*: handled in electron/services/targets.ts.
import { z } from 'zod';
import type { CarbonBudget, Target } from '../../domain/types';
import { carbonBudgetSchema, targetShape } from '../../schema/entities';
import { crud } from '../crud';
import { none, read, write } from '../define';

const targets = crud<Target, typeof targetShape>(targetShape);

export const targetCalls = {
  'targets.list': targets.list,
  'targets.create': targets.create,
  'targets.update': targets.update,
  'targets.delete': targets.delete,

  'carbonBudget.get': read<CarbonBudget | null>()(none),
  /** Sets (creates or replaces) the plan's carbon budget. */
  'carbonBudget.set': write<CarbonBudget>()(z.strictObject({ carbonBudget: carbonBudgetSchema })),
  'carbonBudget.delete': write<null>()(none),
};
