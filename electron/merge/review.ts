// What the services and the CLI call: preview a merge with another file (nothing changes), and
// apply it with the user's choices.
import type { ChangeAuthor, MergeChange, MergePreview } from '../../shared/api/calls/merge';
import { ApiFailure } from '../../shared/api/result';
import { conflictSides, incomingChanges, type FieldChange } from '../../shared/merge/describe';
import type { Choices } from '../../shared/merge/types';
import { describeProblem } from '../../shared/schema/problems';
import { hlcToIso } from '../document/clock';
import { openReadOnly, type Sqlite } from '../document/db';
import { readPlanSettings } from '../document/read';
import type { Session } from '../document/session';
import { BrokenLog } from './log';
import { commitMerge, logMark, prepareMerge, reoutline, type MergeNote, type Prepared } from './merge';
import { nameBook } from './names';
import { admitOtherCopy, discardOtherCopy, type OtherCopy } from './other-copy';
import { endPending, endPendingExcept, findPending, startPending } from './pending';

function author(f: FieldChange): ChangeAuthor | null {
  return f.by ? { user: f.by.user, time: hlcToIso(f.by.hlc), replica: f.by.replica } : null;
}

const toChange = (f: FieldChange): MergeChange => ({ table: f.tbl, rowId: f.rowId, column: f.col, op: f.op, before: f.before, after: f.after, by: author(f) });

/** A refusal for a log this app cannot read; anything else goes on as it is. */
function withOther<T>(other: OtherCopy, fn: (theirs: Sqlite) => T): T {
  const theirs = openReadOnly(other.path);
  try {
    return fn(theirs);
  } catch (e) {
    if (e instanceof BrokenLog) throw new ApiFailure('refusedFile', `${other.fileName} kan inte sammanfogas: ändringsloggen är skadad (${e.message}).`);
    throw e;
  } finally {
    theirs.close();
  }
}

export function describePreview(s: Session, theirs: Sqlite, id: string, other: OtherCopy, prepared: Prepared): MergePreview {
  const { outline, source } = prepared;
  const incoming = incomingChanges(outline, source.input).map((c) => ({ ...toChange(c), conflict: c.conflict }));
  const conflicts = conflictSides(outline, source.input).map(({ conflict: c, mine, theirs: their }) => ({
    id: c.id,
    kind: c.kind,
    table: c.tbl,
    rowId: c.rowId,
    column: c.col,
    deletedIn: c.deletedIn ?? null,
    message: c.message ?? null,
    mine: mine.map(toChange),
    theirs: their.map(toChange),
  }));
  const mentioned = [...incoming, ...conflicts.flatMap((c) => [...c.mine, ...c.theirs])];
  return {
    mergeId: id,
    other: { fileName: other.fileName, title: other.title, municipality: other.municipality },
    incoming,
    conflicts,
    names: nameBook(mentioned, [s.db, theirs]),
    moneyUnit: readPlanSettings(s.db).moneyUnit,
    replica: s.actor.replica,
    warnings: prepared.problems.slice(0, 3).map((p) => describeProblem(p)),
  };
}

/** Admits the other file and outlines the merge; it stays pending until applied or cancelled. */
export async function previewMerge(s: Session, path: string): Promise<MergePreview> {
  endPendingExcept(s.id);
  const other = await admitOtherCopy(path, s.db);
  let started = false;
  try {
    return withOther(other, (theirs) => {
      const prepared = prepareMerge(s, theirs);
      const pending = startPending(s.id, other, prepared, logMark(s.db));
      started = true;
      return describePreview(s, theirs, pending.id, other, prepared);
    });
  } finally {
    if (!started) discardOtherCopy(other);
  }
}

export function applyMerge(s: Session, mergeId: string, choices: Choices): MergeNote {
  const p = findPending(mergeId, s.id);
  if (!p)
    throw new ApiFailure(
      'notFound',
      'Sammanfogningen finns inte längre (planen har stängts eller filen valts om). Välj filen att sammanfoga med igen.',
      'mergeId',
    );
  const note = withOther(p.other, (theirs) => {
    // The preview's outline still holds unless the plan changed since (an edit, an undo).
    const merge = logMark(s.db) === p.mark ? p.prepared : reoutline(s, theirs, p.prepared.rules);
    const taken = incomingChanges(merge.outline, merge.source.input).filter((c) => c.conflict === null).length;
    return commitMerge(s, merge, choices, { file: p.other.fileName, title: p.other.title, entries: merge.source.incoming.length, taken });
  });
  endPending(p.id);
  return note;
}

export function cancelMerge(mergeId: string): void {
  endPending(mergeId);
}
