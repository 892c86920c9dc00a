// commitments.*: the joint commitments' chosen levels and their follow-up (DESIGN §8); handled
// in electron/services/commitments.ts.
import { z } from 'zod';
import type { CommitmentChoice } from '../../domain/types';
import { COMMITMENT_IDS, COMMITMENT_LEVELS } from '../../domain/ids';
import { commitmentChoice } from '../../fields';
import { oneOf } from '../../schema/primitives';
import { none, read, write } from '../define';

const C = commitmentChoice.fields;

export const commitmentCalls = {
  'commitments.list': read<CommitmentChoice[]>()(none),
  /** Chooses a commitment's level; `null` removes the choice. */
  'commitments.set': write<CommitmentChoice | null>()(z.strictObject({ id: oneOf('id', COMMITMENT_IDS), level: oneOf('level', COMMITMENT_LEVELS).nullable() })),
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
};
