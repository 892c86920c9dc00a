import { z } from 'zod';
import { none, read } from '../define';
import type { ChangeEntry, DocumentStatus } from '../status';

export const historyCalls = {
  /** The change log, newest first. */
  'history.list': read<{ entries: ChangeEntry[]; total: number }>()(
    z.strictObject({
      limit: z.number().int().min(1).max(10_000).optional(),
      offset: z.number().int().min(0).optional(),
      rowId: z.string().max(200).optional(),
    }),
  ),
  /** Undo the last change (one edit, one paste, one import…) of this session. */
  'history.undo': read<DocumentStatus>()(none),
  'history.redo': read<DocumentStatus>()(none),
};
