import { z } from 'zod';
import { text, wholeNumber } from '../../schema/primitives';
import { none, read } from '../define';
import type { ChangeEntry, DocumentStatus } from '../status';

export const historyCalls = {
  /** The change log, newest first. */
  'history.list': read<{ entries: ChangeEntry[]; total: number }>()(
    z.strictObject({
      limit: wholeNumber('Antalet rader (limit) måste vara ett heltal 1–10 000.', 1, 10_000).optional(),
      offset: wholeNumber('Startraden (offset) måste vara ett heltal ≥ 0.', 0, Number.MAX_SAFE_INTEGER).optional(),
      rowId: text('rowId').optional(),
    }),
  ),
  /** Undo the last change (one edit, one paste, one import…) of this session. */
  'history.undo': read<DocumentStatus>()(none),
  'history.redo': read<DocumentStatus>()(none),
};
