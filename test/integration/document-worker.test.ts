// The document service in a process of its own, as Electron runs it in a utilityProcess: here a
// Node child process (the bundled dist/node/document-worker.cjs) supervised by the same module
// main.ts uses. Calls come back as frames; the service asks "main" (this test) for file dialogs;
// a crash or a hang answers the call under way in Swedish, and a new process takes the plan up
// again with its unsaved edit.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallFrame, DocumentEvent } from '../../shared/api/frame';
import { changedIds } from '../../shared/api/frame';
import type { Action } from '../../shared/domain/types';
import type { FileChoice, FileQuestion } from '../../electron/document/file-choice';
import { folderPicker } from '../../electron/document/folder-picker';
import { makePort } from '../../electron/worker/protocol';
import { CRASHED, GAVE_UP, Supervisor, type SupervisorOptions, type WorkerHandle } from '../../electron/worker/supervisor';
import { REPO, removeTempDirs, tempDir } from '../support/env';

const WORKER = join(REPO, 'dist/node/document-worker.cjs');

let dir: string;
let dataDir: string;
const children: ChildProcess[] = [];
const supervisors: Supervisor[] = [];

beforeAll(() => {
  dir = tempDir('worker-plans');
  dataDir = tempDir('worker-data');
});
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.shutdown()));
  for (const c of children.splice(0)) c.kill('SIGKILL');
});
afterAll(removeTempDirs);

function spawnChild(): WorkerHandle {
  const child = fork(WORKER, [], { env: { ...process.env, KLIMAT_DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  children.push(child);
  return {
    port: makePort(
      // With a callback, a send on a closed channel is reported to it instead of thrown later.
      (m) => child.send(m, () => {}),
      (listener) => {
        child.on('message', listener);
        return () => child.off('message', listener);
      },
    ),
    onExit: (listener) => child.once('exit', listener),
    kill: () => child.kill('SIGKILL'),
  };
}

/** A supervisor whose "dialogs" choose in the test's folder, unless the test holds them. */
function supervise(opts: Partial<SupervisorOptions> & { choose?: (q: FileQuestion) => Promise<FileChoice | null> } = {}) {
  const events: DocumentEvent[] = [];
  const picker = folderPicker(dir);
  const s = new Supervisor({
    spawn: spawnChild,
    host: { choose: (q: FileQuestion) => (opts.choose ?? picker.choose)(q) },
    onEvent: (e) => events.push(e),
    ...opts,
  });
  supervisors.push(s);
  return { s, events };
}

const value = <T>(f: CallFrame): T => {
  if (!f.result.ok) throw new Error(`${f.result.error.code}: ${f.result.error.message}`);
  return f.result.value as T;
};

describe('the document service in its own process', () => {
  it('is built', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('opens the sample, answers calls with frames, and asks main to choose the file for Spara som', async () => {
    const { s } = supervise();
    const started = await s.start({});
    expect(started.error).toBeUndefined();
    expect(started.status?.open).toBe(true);
    const [first] = value<Action[]>(await s.call('actions.list', {}));
    const edit = await s.call('actions.update', { id: first.id, changes: { capexSek: 1_234_000 } });
    expect(value<Action>(edit).capexSek).toBe(1_234_000);
    expect(edit.status?.dirty).toBe(true);
    expect(edit.change?.effect).toBe('plan');
    expect(changedIds(edit.change!.plan!)).toEqual({ actions: { ids: [first.id], deleted: [] } });
    expect(edit.seq).toBeGreaterThan(started.seq!);
    const saved = await s.call('document.saveAs', { name: 'ur-tjansten' });
    expect(saved.status).toMatchObject({ fileName: 'ur-tjansten.klimat', dirty: false });
    expect(existsSync(join(dir, 'ur-tjansten.klimat'))).toBe(true);
    expect(s.lastStatus?.fileName).toBe('ur-tjansten.klimat');
  });

  it('a crash answers the call under way in Swedish; a new process reopens the plan with its unsaved edit', async () => {
    const held: (() => void)[] = [];
    let asked = 0;
    const { s, events } = supervise({
      // Spara som waits in its "dialog" while the service's process is killed.
      choose: () => {
        asked++;
        return new Promise((resolve) => held.push(() => resolve(null)));
      },
    });
    await s.start({});
    const [first] = value<Action[]>(await s.call('actions.list', {}));
    const edit = await s.call('actions.update', { id: first.id, changes: { name: 'Ändrad före kraschen' } });
    const saving = s.call('document.saveAs', {});
    await expect.poll(() => asked).toBe(1);
    children.at(-1)!.kill('SIGKILL');
    const crashed = await saving;
    expect(crashed.result).toEqual({ ok: false, error: { code: 'internal', message: CRASHED, path: '' } });
    for (const release of held) release();
    // The next call waits for the new process, which has taken the working copy up again.
    const again = value<Action>(await s.call('actions.get', { id: first.id }));
    expect(again.name).toBe('Ändrad före kraschen');
    expect(events.at(-1)?.change?.replaced).toBe(true);
    expect(events.at(-1)?.status).toMatchObject({ open: true, dirty: true });
    // Frames of the new process are numbered on from the old one's.
    expect(events.at(-1)!.seq!).toBeGreaterThan(edit.seq!);
  });

  it('a call that hangs is answered after the timeout and the service is replaced', async () => {
    const { s, events } = supervise({ callTimeoutMs: 1_500, choose: () => new Promise(() => {}) });
    await s.start({});
    const hung = await s.call('document.saveAs', {});
    expect(hung.result.ok).toBe(false);
    if (!hung.result.ok) expect(hung.result.error.message).toContain('svarade inte inom 2 sekunder');
    expect((await s.call('document.status', {})).status?.open).toBe(true);
    expect(events.some((e) => e.change?.replaced)).toBe(true);
  });

  it('after repeated crashes it stops restarting and says so', async () => {
    const { s } = supervise({ maxRestarts: 0 });
    await s.start({});
    children.at(-1)!.kill('SIGKILL');
    await expect.poll(async () => (await s.call('document.status', {})).result).toEqual({ ok: false, error: { code: 'internal', message: GAVE_UP, path: '' } });
  });
});
