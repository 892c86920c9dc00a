// The open document's status (file name, saved or not, read-only, undo/redo) and a revision
// number that grows whenever the plan's content may have changed. It follows every call the
// client makes: calls that answer with a status set it; writes trigger a fresh
// `document.status` once the edit is on screen. Views refetch their data when the revision
// changes.
import { contract, type CallName } from '../../shared/api/contract';
import type { DocumentStatus } from '../../shared/api/status';
import type { ApiResult } from '../../shared/api/result';
import { client } from '../api/client';
import { onCallSettled, track } from '../api/observe';
import { afterNextPaint } from '../lib/afterNextPaint';
import { useSyncExternalStore } from 'react';
import { createStore, useStore } from '../lib/store';

export interface DocumentState {
  status: DocumentStatus | null;
  /** Grows when the plan's content may have changed (edit, undo, open, new, recover…). */
  revision: number;
}

export const documentStore = createStore<DocumentState>({ status: null, revision: 0 });

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

/** Calls that answer with the document status; `true` where they may also change content. */
type StatusCall = { [N in CallName]: (typeof contract)[N]['output'] extends DocumentStatus ? N : never }[CallName];
const STATUS_CALLS: Record<StatusCall, boolean> = {
  'document.status': false,
  'document.save': false,
  'document.saveAs': false,
  'document.new': true,
  'document.openSample': true,
  'document.open': true,
  'document.close': true,
  'document.recover': true,
  'history.undo': true,
  'history.redo': true,
};

function isStatusCall(name: CallName): name is StatusCall {
  return Object.prototype.hasOwnProperty.call(STATUS_CALLS, name);
}

let appliedSeq = 0;

function follow(name: CallName, result: ApiResult<unknown>, seq: number): void {
  if (!result.ok) return;
  if (isStatusCall(name)) {
    // An older answer must not overwrite the status a newer call reported.
    if (seq < appliedSeq) return;
    appliedSeq = seq;
    const changesContent = STATUS_CALLS[name];
    reported = result.value as DocumentStatus;
    documentStore.set((s) => ({
      status: effective(reported),
      revision: changesContent ? s.revision + 1 : s.revision,
    }));
  } else if (contract[name].writes) {
    documentStore.set((s) => ({ ...s, revision: s.revision + 1 }));
    // Asked after the frame that shows the edit, so that its answer never delays that frame;
    // tracked as under way, so that Ctrl+Z waits for it and sees the step it undoes.
    void track(afterNextPaint().then(refreshStatus));
  }
}

onCallSettled(follow);

export async function refreshStatus(): Promise<void> {
  await client.call('document.status', {});
}

export function useDocument(): DocumentState {
  return useStore(documentStore);
}

/** Another plan was opened from outside the page (Electron: a file from the file manager). */
export function documentReplaced(): void {
  documentStore.set((s) => ({ ...s, revision: s.revision + 1 }));
  void refreshStatus();
}

/**
 * One fact of the status (read-only, open, title…), so that a component re-renders only when
 * that fact changes — not after every edit, when `dirty` or `canUndo` flip. `pick` must return
 * a primitive or a value that stays the same object.
 */
export function useStatusValue<T>(pick: (status: DocumentStatus | null) => T): T {
  return useSyncExternalStore(documentStore.subscribe, () => pick(documentStore.get().status));
}
