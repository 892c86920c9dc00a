// The open document's status (file name, saved or not, read-only, undo/redo) and a revision
// number that grows whenever the plan's content may have changed. Both follow the frames of the
// calls: every answer carries the status after it, and a change of the plan (or of which plan
// is open) moves the revision. Views that fetch data of their own refetch when it moves.
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';
import type { DocumentStatus } from '../../shared/api/status';
import { client } from '../api/client';
import { onFrame } from '../api/observe';
import { useSyncExternalStore } from 'react';
import { createStore, useStore } from '../lib/store';

export interface DocumentState {
  status: DocumentStatus | null;
  /** Grows when the plan's content may have changed (edit, undo, open, new, recover…). */
  revision: number;
}

export const documentStore = createStore<DocumentState>({ status: null, revision: 0 });

/** Node's count of changes of the status shown: an older answer that arrives late does not overwrite it. */
let shownSeq = -1;
/** The status as Node last reported it; the store holds it as the views should see it. */
let reported: DocumentStatus | null = null;
/** An adopted version is on view: everything is read-only, nothing to undo (DESIGN §8). */
let frozen = false;

function effective(status: DocumentStatus | null): DocumentStatus | null {
  return status && frozen ? { ...status, readOnly: true, canUndo: false, canRedo: false } : status;
}

/** Shows every view read-only while an adopted version is on view (and as it was after). */
export function setFrozenView(on: boolean): void {
  frozen = on;
  documentStore.set((s) => ({ ...s, status: effective(reported) }));
}

function follow(frame: CallFrame | DocumentEvent): void {
  const seq = frame.seq ?? -1;
  if (frame.status && seq >= shownSeq) reported = frame.status;
  let status = frame.status && seq >= shownSeq ? effective(frame.status) : null;
  if (status) shownSeq = seq;
  // Most answers bring the status unchanged: the store (and every view on it) stays quiet then.
  if (status && sameStatus(status, documentStore.get().status)) status = null;
  const content = !!frame.change && (frame.change.replaced || frame.change.effect === 'plan');
  if (!status && !content) return;
  documentStore.set((s) => ({ status: status ?? s.status, revision: content ? s.revision + 1 : s.revision }));
}

function sameStatus(a: DocumentStatus, b: DocumentStatus | null): boolean {
  return b !== null && JSON.stringify(a) === JSON.stringify(b);
}

onFrame(follow);

/** Asks for the status (it arrives with the answer, as with every call). */
export async function refreshStatus(): Promise<void> {
  await client.call('document.status', {});
}

export function useDocument(): DocumentState {
  return useStore(documentStore);
}

/**
 * One fact of the status (read-only, open, title…), so that a component re-renders only when
 * that fact changes — not after every edit, when `dirty` or `canUndo` flip. `pick` must return
 * a primitive or a value that stays the same object.
 */
export function useStatusValue<T>(pick: (status: DocumentStatus | null) => T): T {
  return useSyncExternalStore(documentStore.subscribe, () => pick(documentStore.get().status));
}
