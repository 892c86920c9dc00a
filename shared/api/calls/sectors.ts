// sectors.* and baseline.* (a sector's base-year emissions): handled in electron/services/sectors.ts.
import { z } from 'zod';
import type { Baseline, Sector } from '../../domain/types';
import { baselineShape, changesOf, sectorShape } from '../../schema/entities';
import { id } from '../../schema/primitives';
import { crud } from '../crud';
import { none, read, write } from '../define';

const sectors = crud<Sector, typeof sectorShape>(sectorShape);
const baselineChanges = changesOf(baselineShape, 'changes');
const sectorRef = z.strictObject({ sectorId: id('sectorId') });

export const sectorCalls = {
  'sectors.list': sectors.list,
  'sectors.create': sectors.create,
  'sectors.update': sectors.update,
  'sectors.delete': sectors.delete,

  'baseline.list': read<Baseline[]>()(none),
  /** Creates the baseline of a sector that has none. */
  'baseline.create': write<Baseline>()(z.strictObject({ sectorId: id('sectorId'), values: baselineChanges })),
  'baseline.update': write<Baseline>()(z.strictObject({ sectorId: id('sectorId'), changes: baselineChanges })),
  'baseline.delete': write<{ sectorId: string }>()(sectorRef),
};
