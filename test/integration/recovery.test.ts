// Crash recovery (DESIGN §3): every edit is a committed transaction in the working copy, so a
// browser host killed without saving loses nothing: the next start offers the copy, recovers
// every edit and saves it to the file. The lock the dead host left is taken over.
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import type { LockInfo } from '../../shared/api/status';
import { removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import type { CallName, CallOutput } from '../../shared/api/contract';
import type { InputArg } from '../support/calls';
import { writeDocument } from '../support/documents';
import { cli, startHost, stopHosts, type HostProcess } from '../support/processes';

beforeAll(() => {
  useTempDataDir();
});

/** Each test its own data folder (working copies, settings), shared by the hosts it starts. */
const dataEnv = () => ({ env: { ...process.env, KLIMAT_DATA_DIR: tempDir('data') } });
afterEach(stopHosts);
afterAll(removeTempDirs);

async function value<N extends CallName>(host: HostProcess, name: N, ...input: InputArg<N>): Promise<CallOutput<N>> {
  const r = await host.call(name, ...input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

const readLock = (file: string) => JSON.parse(readFileSync(`${file}.lock`, 'utf8')) as LockInfo;

describe('a browser host killed without saving', () => {
  it('leaves a working copy that the next host recovers and saves, edit for edit', async () => {
    const dir = tempDir('recovery');
    const file = writeDocument(dir, 'umea.klimat');
    const original = sha256(file);
    const env = dataEnv();

    const first = await startHost([file], env);
    const [a1, a2] = await value(first, 'actions.list');
    await value(first, 'plan.update', { changes: { title: 'Återställd titel', discountRate: 0.04 } }); // 2 changes
    await value(first, 'actions.update', { id: a1.id, changes: { capexSek: 123_456_789 } }); // 1
    await value(first, 'actions.update', { id: a2.id, changes: { status: 'cancelled', tags: ['återställd'] } }); // status + 1 tag row
    await value(first, 'targets.create', { id: 'ny-mal', values: { name: 'Nytt mål', year: 2035, kind: 'netZero' } }); // 1 row
    const edited = await value(first, 'plan.snapshot');
    const unsaved = (await value(first, 'history.list', { limit: 10_000 })).entries.filter((e) => e.saveId === null).length;
    // One change-log row per changed field or list row: title, discount rate, capex, status,
    // a2's old tags deleted and the new one inserted, the new target.
    expect(unsaved).toBe(2 + 1 + 1 + a2.tags.length + 1 + 1);
    expect((await value(first, 'document.status')).dirty).toBe(true);
    await first.kill('SIGKILL');

    // Nothing reached the file; the dead host's lock is still there.
    expect(sha256(file)).toBe(original);
    expect(readLock(file).pid).toBe(first.child.pid);

    const second = await startHost([file], env);
    const status = await value(second, 'document.status');
    expect(status).toMatchObject({ open: true, readOnly: false, dirty: false, title: 'Klimatinvesteringsplan 2025–2045 (exempel)' });
    expect(readLock(file).pid).toBe(second.child.pid);

    const copies = await value(second, 'document.recoverable');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ fileName: 'umea.klimat', title: 'Återställd titel', municipality: 'Umeå', unsavedChanges: unsaved });

    const recovered = await value(second, 'document.recover', { id: copies[0].id });
    expect(recovered).toMatchObject({ open: true, fileName: 'umea.klimat', title: 'Återställd titel', dirty: true, readOnly: false });
    expect(await value(second, 'plan.snapshot')).toEqual(edited);
    expect(readLock(file).pid).toBe(second.child.pid);

    const saved = await value(second, 'document.save');
    expect(saved.dirty).toBe(false);
    expect(sha256(file)).not.toBe(original);
    expect(await value(second, 'document.recoverable')).toEqual([]);
    await second.kill('SIGTERM');
    expect(existsSync(`${file}.lock`)).toBe(false);

    // The file itself now holds every edit.
    const exported = await cli(['export-json', file, '-']);
    expect(exported.code).toBe(0);
    const { format: _f, formatVersion: _v, ...plan } = JSON.parse(exported.stdout) as Plan & { format: string; formatVersion: number };
    expect(plan).toEqual(edited);
  });

  it('a recovered copy can also be taken up by a host started without a file', async () => {
    const dir = tempDir('recovery-nofile');
    const file = writeDocument(dir, 'plan.klimat');
    const env = dataEnv();
    const first = await startHost([file], env);
    await value(first, 'plan.update', { changes: { title: 'Osparad' } });
    await first.kill('SIGKILL');

    const second = await startHost(['--dir', dir], env);
    const copies = await value(second, 'document.recoverable');
    expect(copies.map((c) => [c.fileName, c.unsavedChanges])).toEqual([['plan.klimat', 1]]);
    const status = await value(second, 'document.recover', { id: copies[0].id });
    expect(status).toMatchObject({ fileName: 'plan.klimat', title: 'Osparad', readOnly: false });
    // The dead host's lock was taken over by the recovering one.
    expect(readLock(file)).toMatchObject({ pid: second.child.pid, host: hostname() });
    await value(second, 'document.save');
    await second.kill('SIGTERM');
    expect((await cli(['export-json', file, '-'])).stdout).toContain('"title": "Osparad"');
  });

  it('a host killed with its lock left behind: the next host takes the stale lock over', async () => {
    const dir = tempDir('recovery-lock');
    const file = writeDocument(dir, 'plan.klimat');
    const env = dataEnv();
    const first = await startHost([file], env);
    await first.kill('SIGKILL');
    const stale = readLock(file);
    expect(stale.pid).toBe(first.child.pid);

    const second = await startHost([file], env);
    expect(second.stderr()).toBe('');
    expect((await value(second, 'document.status')).readOnly).toBe(false);
    expect(readLock(file)).toMatchObject({ pid: second.child.pid, host: hostname() });
    await value(second, 'plan.update', { changes: { title: 'Ny ägare' } });
    expect((await value(second, 'document.save')).dirty).toBe(false);
    // Nothing to recover: the first host had no edits.
    expect(await value(second, 'document.recoverable')).toEqual([]);
  });
});
