import { z } from 'zod';
import type { Plan, PlanSettings } from '../../domain/types';
import { changesOf, planSettingsShape } from '../../schema/entities';
import { none, read, write } from '../define';

export const planCalls = {
  'plan.get': read<PlanSettings>()(none),
  /** The whole plan in one snapshot: what the engine and the charts take. */
  'plan.snapshot': read<Plan>()(none),
  'plan.update': write<PlanSettings>()(z.strictObject({ changes: changesOf(planSettingsShape, 'changes') })),
};
