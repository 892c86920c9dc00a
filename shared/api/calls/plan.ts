import { z } from 'zod';
import type { Plan, PlanSettings, UncertaintyDefaults } from '../../domain/types';
import { uncertaintyDefault } from '../../fields';
import { changesOf, planSettingsShape, uncertaintyRangesSchema } from '../../schema/entities';
import { none, read, write } from '../define';

export const planCalls = {
  'plan.get': read<PlanSettings>()(none),
  /** The whole plan in one snapshot: what the engine and the charts take. */
  'plan.snapshot': read<Plan>()(none),
  'plan.update': write<PlanSettings>()(z.strictObject({ changes: changesOf(planSettingsShape, 'changes') })),
  /**
   * The plan's uncertainty for one status (DESIGN §9), all its fields at once: a field left out
   * goes back to the built-in default. Answers the plan's defaults after the change.
   */
  'uncertaintyDefaults.set': write<UncertaintyDefaults>()(z.strictObject({ status: uncertaintyDefault.fields.status.zod, values: uncertaintyRangesSchema })),
};
