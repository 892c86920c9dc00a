import { z } from 'zod';
import type { NameBook } from '../../merge/wording';
import { id, text, wholeNumber } from '../../schema/primitives';
import { none, read, write } from '../define';
import type { ChangeEntry, DocumentStatus } from '../status';

/** A Spara that wrote changes to the file: the group header of the history. */
export interface SaveInfo {
  id: string;
  time: string;
  user: string;
  replica: string;
}

export interface HistoryPage {
  /** Newest first; bookkeeping entries of merges are left out. */
  entries: ChangeEntry[];
  /** How many entries match the filter. */
  total: number;
  /** The saves the entries belong to. */
  saves: SaveInfo[];
  /** Everyone who has changed the plan (for the filter). */
  users: string[];
  /** Names of the actions, sectors… the entries mention, also of rows deleted since. */
  names: NameBook;
  /** This installation's replica id: its changes are "this computer". */
  replica: string;
}

export interface RestoreResult {
  /** How many fields and rows the restore changed (0: it was already so). */
  changed: number;
}

/** A time: an ISO date (2025-03-14, the whole day) or date and time, or a change's clock value. */
const when = (field: string) =>
  z
    .string({ error: `${field} ska vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt.` })
    .regex(/^(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?|\d{15}-\d{6})$/, {
      error: `${field} ska vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt.`,
    });

export const historyCalls = {
  /** The change log, newest first, filtered by action, user and time. */
  'history.list': read<HistoryPage>()(
    z.strictObject({
      limit: wholeNumber('Antalet rader (limit) måste vara ett heltal 1–10 000.', 1, 10_000).optional(),
      offset: wholeNumber('Startraden (offset) måste vara ett heltal ≥ 0.', 0, Number.MAX_SAFE_INTEGER).optional(),
      rowId: text('rowId').optional(),
      /** The action and its lists (cost overrides, co-benefits, commitments, tags). */
      actionId: id('actionId').optional(),
      user: text('user').optional(),
      /** From this time (a date: from its start). */
      from: when('Från').optional(),
      /** Up to this time (a date: to its end). */
      to: when('Till').optional(),
    }),
  ),
  /** Undo the last change (one edit, one paste, one import…) of this session. */
  'history.undo': write<DocumentStatus>()(none),
  'history.redo': write<DocumentStatus>()(none),
  /** Puts back what one change changed (a field's old value, a deleted row, removes an added row), as a new change. */
  'history.restore': write<RestoreResult>()(z.strictObject({ id: text('id', { nonEmpty: true }) })),
  /** Puts an action and its lists back as they were at a time (after the changes up to it), as one new change. */
  'history.restoreAction': write<RestoreResult>()(z.strictObject({ actionId: id('actionId'), at: when('Tidpunkten') })),
};
