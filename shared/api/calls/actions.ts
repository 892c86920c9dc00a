// actions.* and costOverrides.* (an action's costs for one year): handled in
// electron/services/actions.ts.
import { z } from 'zod';
import type { Action, CostOverride } from '../../domain/types';
import { actionShape, changesOf, costOverrideSchema } from '../../schema/entities';
import { id, num } from '../../schema/primitives';
import { bulk, byId, byIds, crud } from '../crud';
import { read, write } from '../define';

const actions = crud<Action, typeof actionShape>(actionShape);
const actionChanges = changesOf(actionShape, 'changes');

export const actionCalls = {
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
  'costOverrides.delete': write<{ actionId: string; year: number }>()(z.strictObject({ actionId: id('actionId'), year: num('year') })),
};
