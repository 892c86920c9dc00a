// Sammanfoga med…: merge another copy of the plan into the open one. The preview changes
// nothing; the apply writes the merge as one undoable transaction once every conflict has a choice.
import { z } from 'zod';
import type { MoneyUnit } from '../../domain/ids';
import type { ChangeLike, NameBook } from '../../merge/wording';
import { text } from '../../schema/primitives';
import { read, write } from '../define';
import { fileName } from './document';
import type { DocumentStatus } from '../status';

export type MergeSide = 'mine' | 'theirs';

export interface ChangeAuthor {
  user: string;
  /** ISO time decoded from the change's clock. */
  time: string;
  replica: string;
}

/** One field (or a whole row: column '') as a copy changed it, or as the merge would change it, and by whom. */
export interface MergeChange extends ChangeLike {
  by: ChangeAuthor | null;
}

export interface MergeIncoming extends MergeChange {
  /** The conflict that decides this change, or null: it is taken. */
  conflict: string | null;
}

export interface MergeConflict {
  id: string;
  /** field: both changed it; deleted: one deleted a row the other changed; rule: together they break a rule. */
  kind: 'field' | 'deleted' | 'rule';
  table: string;
  rowId: string;
  column: string;
  deletedIn: MergeSide | null;
  message: string | null;
  /** What each copy changed since the copies parted (before = then, after = now). */
  mine: MergeChange[];
  theirs: MergeChange[];
}

export interface MergePreview {
  mergeId: string;
  other: { fileName: string; title: string; municipality: string };
  incoming: MergeIncoming[];
  conflicts: MergeConflict[];
  /** Names of the actions, sectors… the changes mention, from both copies. */
  names: NameBook;
  moneyUnit: MoneyUnit;
  /** This installation's replica id: changes made here are "this computer". */
  replica: string;
  /** Rule problems a trial run still found: some choices may be refused (the apply says which). */
  warnings: string[];
}

export interface MergeResult {
  status: DocumentStatus;
  taken: number;
  conflicts: number;
  chosenMine: number;
  chosenTheirs: number;
}

const side = z.enum(['mine', 'theirs'], { error: 'Ett val ska vara "mine" (din version) eller "theirs" (deras version).' });

export const mergeCalls = {
  /** The other copy (a name in the host's folder, or the system dialog in Electron) and what a merge would do; null if the dialog was cancelled. */
  'merge.preview': read<MergePreview | null>()(z.strictObject({ name: fileName.optional() })),
  /** Applies a previewed merge with a choice for every conflict: one transaction, one undo step. */
  'merge.apply': write<MergeResult>()(
    z.strictObject({
      mergeId: text('mergeId', { nonEmpty: true }),
      choices: z.record(z.string().max(2_000), side, { error: 'Valen (choices) ska vara ett objekt: konflikt → "mine" eller "theirs".' }),
    }),
  ),
  /** Ends a preview without merging. */
  'merge.cancel': read<null>()(z.strictObject({ mergeId: text('mergeId', { nonEmpty: true }) })),
};
