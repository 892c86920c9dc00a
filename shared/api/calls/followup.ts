// The follow-up of DESIGN §8: actual outcomes per action and year, observed emissions per
// sector; handled in electron/services/followup.ts. The commitments' follow-up is in
// commitments.ts, adopted versions of the plan in versions.ts.
import { z } from 'zod';
import type { Actual, ObservedEmission } from '../../domain/types';
import { ROW_CAPS } from '../../domain/ranges';
import { observedEmission } from '../../fields';
import { actualShape, changesOf } from '../../schema/entities';
import { id, num } from '../../schema/primitives';
import { none, read, write } from '../define';

const actualKey = { actionId: id('actionId'), year: num('year') };

/** The figures and note of an actual: absent keys stay, `null` clears one (not reported). */
const actualChanges = changesOf((({ actionId: _a, year: _y, ...rest }) => rest)(actualShape), 'changes');

/** What actuals.set did: the actuals it wrote, and those it removed (left with no figure). */
export interface ActualsSet {
  set: Actual[];
  removed: { actionId: string; year: number }[];
}

export const followUpCalls = {
  'actuals.list': read<Actual[]>()(none),
  /**
   * Sets figures of many actuals in one step (a cell, a paste, the cost panel): a row that does
   * not exist yet is made; one left with no figure at all is removed.
   */
  'actuals.set': write<ActualsSet>()(
    z.strictObject({
      rows: z
        .array(z.strictObject({ ...actualKey, changes: actualChanges }))
        .min(1)
        .max(ROW_CAPS.actuals),
    }),
  ),
  'actuals.delete': write<{ count: number }>()(z.strictObject({ rows: z.array(z.strictObject(actualKey)).min(1).max(ROW_CAPS.actuals) })),

  'observed.list': read<ObservedEmission[]>()(none),
  /** Sets (creates or replaces) a sector's observed emissions. */
  'observed.set': write<ObservedEmission>()(z.strictObject({ sectorId: id('sectorId'), points: observedEmission.fields.points.zod })),
  'observed.delete': write<{ sectorId: string }>()(z.strictObject({ sectorId: id('sectorId') })),
};
