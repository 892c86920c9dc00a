// versions.*: adopted versions of the plan (DESIGN §8), frozen as they were; handled in
// electron/services/versions.ts.
import { z } from 'zod';
import type { Version, VersionInfo } from '../../domain/types';
import { version } from '../../fields';
import { id } from '../../schema/primitives';
import { none, read, write } from '../define';

const V = version.fields;

export const versionCalls = {
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
