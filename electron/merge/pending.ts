// Merges under review: the other copy stays admitted between the preview and the user's choice.
// One per open document; a new preview, an apply, a cancel or another document ends it.
import { randomUUID } from 'node:crypto';
import type { Prepared } from './merge';
import { discardOtherCopy, type OtherCopy } from './other-copy';

export interface PendingMerge {
  id: string;
  sessionId: string;
  other: OtherCopy;
  /** The preview's outline, good while the open copy's log is as it was (`mark`). */
  prepared: Prepared;
  mark: string;
}

const pending = new Map<string, PendingMerge>();

export function startPending(sessionId: string, other: OtherCopy, prepared: Prepared, mark: string): PendingMerge {
  for (const p of [...pending.values()]) if (p.sessionId === sessionId) endPending(p.id);
  const p: PendingMerge = { id: randomUUID(), sessionId, other, prepared, mark };
  pending.set(p.id, p);
  return p;
}

export function findPending(id: string, sessionId: string): PendingMerge | undefined {
  const p = pending.get(id);
  return p && p.sessionId === sessionId ? p : undefined;
}

export function endPending(id: string): void {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  discardOtherCopy(p.other);
}

/** Merges of documents that are no longer open. */
export function endPendingExcept(sessionId: string | null): void {
  for (const p of [...pending.values()]) if (p.sessionId !== sessionId) endPending(p.id);
}

process.once('exit', () => {
  for (const id of [...pending.keys()]) endPending(id);
});
