// The document service's side of the protocol: one DocumentManager and the dispatcher, serving
// the calls main.ts forwards. What only the main process can do it asks for over the same
// channel: the file dialogs (the picker below), and — under Electron — the open gate's process
// and the report's printing window. Tells main.ts which working copy is open, so that a new
// process can take it up again after a crash.
import { existsSync } from 'node:fs';
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';
import { readSettings } from '../app-data/settings';
import type { FileChoice, FilePicker, FileQuestion } from '../document/file-choice';
import { DocumentManager } from '../document/manager';
import type { Session } from '../document/session';
import { chosenRollupSource, type RollupSource } from '../rollup/source';
import { dispatchFrame, eventFrame, failureOf } from '../services/dispatch';
import { Peer, type Port } from './protocol';

/** What main.ts needs to reopen the plan in a new process. */
export interface SessionInfo {
  id: string;
  filePath: string | null;
  readOnly: boolean;
}

/** A roll-up window's files (the dialog's choice in main), sent along with each of its calls. */
export interface RollupChoice {
  window: number;
  paths: string[];
}

/** The payloads of the requests main.ts makes besides the calls. */
export interface WorkerEvents {
  start: { file?: string };
  open: { path: string };
  resume: SessionInfo | null;
}

/** A picker whose dialogs open in the main process. */
export function remotePicker(peer: Peer): FilePicker {
  return {
    picker: 'dialog',
    // The user may take their time in a dialog: no timeout.
    choose: (q: FileQuestion) => peer.request<FileChoice | null>('choose', q, { timeoutMs: 0 }),
    list: () => [],
  };
}

function sessionInfo(s: Session | null): SessionInfo | null {
  return s ? { id: s.id, filePath: s.filePath, readOnly: s.readOnly } : null;
}

export function serveDocuments(port: Port): { peer: Peer; manager: DocumentManager } {
  // eslint-disable-next-line prefer-const -- assigned once the peer its picker needs exists
  let manager: DocumentManager;
  const tell = (before: Session | null) => {
    if (manager.session !== before) peer.notify('session', sessionInfo(manager.session));
  };
  /** Runs a change main.ts asked for; answers with the event frame, or the Swedish reason it failed. */
  const change = async (fn: () => unknown): Promise<DocumentEvent & { error?: string }> => {
    const before = manager.session;
    let error: string | undefined;
    try {
      await fn();
    } catch (e) {
      const r = failureOf(e);
      error = r.ok ? undefined : r.error.message;
    }
    tell(before);
    return error ? { ...eventFrame({ manager }, before), error } : eventFrame({ manager }, before);
  };
  // One source per roll-up window, kept so that its export finds the last roll-up (rollup/cache.ts).
  const rollups = new Map<number, RollupSource>();
  const rollupOf = (choice: RollupChoice | undefined): RollupSource | undefined => {
    if (!choice) return undefined;
    let source = rollups.get(choice.window);
    if (!source) rollups.set(choice.window, (source = chosenRollupSource(choice.paths)));
    return source;
  };
  const peer = new Peer(port, {
    call: async ({ name, input, rollup }: { name: string; input: unknown; rollup?: RollupChoice }): Promise<CallFrame> => {
      const before = manager.session;
      const frame = await dispatchFrame({ manager, rollup: rollupOf(rollup) }, name, input);
      tell(before);
      return frame;
    },
    /** The first plan: the one named at start, else the last one opened, else the sample. */
    start: ({ file }: WorkerEvents['start']) =>
      change(async () => {
        const last = readSettings().lastOpened;
        try {
          if (file) await manager.openFile(file);
          else if (last && existsSync(last)) await manager.openFile(last).catch(() => undefined);
        } finally {
          if (!manager.session) manager.openSample();
        }
      }),
    open: ({ path }: WorkerEvents['open']) => change(() => manager.openFile(path)),
    /** After a crash: the working copy taken up again (with its unsaved work), else the file, else the sample. */
    resume: (info: WorkerEvents['resume']) =>
      change(async () => {
        try {
          if (info && manager.recoverable().some((c) => c.id === info.id)) manager.recover(info.id);
          else if (info?.filePath) await manager.openFile(info.filePath, { readOnly: info.readOnly });
        } finally {
          if (!manager.session) manager.openSample();
        }
      }),
    close: () => {
      manager.close();
      return null;
    },
  });
  manager = new DocumentManager(remotePicker(peer));
  return { peer, manager };
}
