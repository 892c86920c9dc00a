// The shapes the collections' calls share (calls/actions.ts, sectors.ts, …): list/create/update/
// delete of rows with ids, and the bulk edit of the grids. Create takes any subset of the fields
// (the service fills sensible defaults and may be given an id); update takes `changes`.
import { z } from 'zod';
import { changesOf } from '../schema/entities';
import { id } from '../schema/primitives';
import { none, read, write } from './define';

export const byId = z.strictObject({ id: id('id') });
export const byIds = z.strictObject({ ids: z.array(id('ids')).min(1).max(200_000) });

/** Changes to many rows and new rows, applied in one transaction (paste, fill, clear). */
export function bulk<C extends z.ZodType>(changes: C) {
  return z.strictObject({
    rows: z.array(z.strictObject({ id: id('id'), changes })).max(200_000),
    create: z
      .array(z.strictObject({ id: id('id').optional(), values: changes }))
      .max(200_000)
      .optional(),
  });
}

/** The four calls of one collection of rows with ids. */
export function crud<T, S extends z.ZodRawShape>(shape: S) {
  const changes = changesOf(shape, 'changes');
  return {
    list: read<T[]>()(none),
    create: write<T>()(z.strictObject({ id: id('id').optional(), values: changes })),
    update: write<T>()(z.strictObject({ id: id('id'), changes })),
    delete: write<{ id: string }>()(byId),
  };
}
