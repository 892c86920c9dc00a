// The follow-up of DESIGN §8: actual outcomes per action and year, observed emissions per
// sector, the commitments' follow-up, and adopted versions of the plan.
import { z } from 'zod';
import type { Actual, CommitmentChoice, ObservedEmission, Version, VersionInfo } from '../../domain/types';
import { COMMITMENT_IDS } from '../../domain/ids';
import { ROW_CAPS } from '../../domain/ranges';
import { commitmentChoice, observedEmission, version } from '../../fields';
import { actualShape, changesOf } from '../../schema/entities';
import { id, num, oneOf } from '../../schema/primitives';
import { none, read, write } from '../define';

const actualKey = { actionId: id('actionId'), year: num('year') };

/** The figures and note of an actual: absent keys stay, `null` clears one (not reported). */
const actualChanges = changesOf(
  (({ actionId: _a, year: _y, ...rest }) => rest)(actualShape),
  'changes',
);

const C = commitmentChoice.fields;
const V = version.fields;

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
    z.strictObject({ rows: z.array(z.strictObject({ ...actualKey, changes: actualChanges })).min(1).max(ROW_CAPS.actuals) }),
  ),
  'actuals.delete': write<{ count: number }>()(z.strictObject({ rows: z.array(z.strictObject(actualKey)).min(1).max(ROW_CAPS.actuals) })),

  'observed.list': read<ObservedEmission[]>()(none),
  /** Sets (creates or replaces) a sector's observed emissions. */
  'observed.set': write<ObservedEmission>()(
    z.strictObject({ sectorId: id('sectorId'), points: observedEmission.fields.points.zod }),
  ),
  'observed.delete': write<{ sectorId: string }>()(z.strictObject({ sectorId: id('sectorId') })),

  /** The follow-up of a joint commitment whose level is chosen: status, responsible, note. */
  'commitments.update': write<CommitmentChoice>()(
    z.strictObject({
      id: oneOf('id', COMMITMENT_IDS),
      changes: z.strictObject({
        progress: C.progress.zod.unwrap().nullable().optional(),
        responsible: C.responsible.zod.unwrap().nullable().optional(),
        progressNote: C.progressNote.zod.unwrap().nullable().optional(),
      }),
    }),
  ),

  'versions.list': read<VersionInfo[]>()(none),
  /** A version with its whole plan, as it was adopted. */
  'versions.get': read<Version>()(z.strictObject({ id: id('id') })),
  /** Fastställ version: freezes the plan as it is now. */
  'versions.create': write<VersionInfo>()(
    z.strictObject({
      id: id('id').optional(),
      name: V.name.zod,
      adoptedOn: V.adoptedOn.zod,
      decisionRef: V.decisionRef.zod,
      scenarioId: V.scenarioId.zod,
    }),
  ),
  /** A version never changes; only its name and decision reference may be corrected. */
  'versions.update': write<VersionInfo>()(
    z.strictObject({
      id: id('id'),
      changes: z.strictObject({ name: V.name.zod.optional(), decisionRef: V.decisionRef.zod.unwrap().nullable().optional() }),
    }),
  ),
  'versions.delete': write<{ id: string }>()(z.strictObject({ id: id('id') })),
};
