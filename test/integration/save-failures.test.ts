// Spara that cannot succeed (DESIGN §3 "Save, precisely"): no permission, or the disk is full.
// The CLI exits 1 with one Swedish line that says which, the original stays byte-identical, and
// no temp file (nor lock, nor .bak) is left beside it. Real conditions: a folder the user cannot
// write to (run as `nobody` when the tests run as root, who ignores file modes), and a small
// tmpfs filled up.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { listDir, removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { writeDocument } from '../support/documents';
import { cli, stderrLines, type Run } from '../support/processes';
import { isRoot, unprivileged } from '../support/unprivileged';

let dataDir: string;
beforeAll(() => {
  dataDir = useTempDataDir();
});
afterAll(removeTempDirs);

const title = async (file: string) => (JSON.parse((await cli(['export-json', file, '-'])).stdout) as Plan).plan.title;

function expectOneSwedishLine(r: Run, reason: RegExp): void {
  expect(r.code).toBe(1);
  const lines = stderrLines(r);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Planen kunde inte sparas som "plan\.klimat" i .*Filen är oförändrad/);
  expect(lines[0]).toMatch(reason);
}

describe('no permission to write in the folder', () => {
  it('exit 1, "du saknar behörighet", the original byte-identical, nothing left beside it', async (ctx) => {
    const how = unprivileged();
    if ('skip' in how) {
      console.warn(`save-failures: the no-permission case was skipped: ${how.skip}.`);
      return ctx.skip(how.skip);
    }
    const dir = tempDir('readonly-folder');
    const file = writeDocument(dir, 'plan.klimat');
    const before = { hash: sha256(file), files: listDir(dir), title: await title(file) };
    // The folder: readable for everyone, writable for nobody but its owner (root, or us with 0555).
    chmodSync(dir, isRoot ? 0o755 : 0o555);
    // The child's own data folder (working copies, settings) must be its to write.
    const childData = join(dataDir, 'child');
    mkdirSync(childData);
    chmodSync(childData, 0o777);
    chmodSync(dataDir, 0o755);
    try {
      const r = await cli(['call', file, 'plan.update', JSON.stringify({ changes: { title: 'Får inte sparas' } })], {
        prefix: how.prefix,
        env: { ...process.env, KLIMAT_DATA_DIR: childData },
      });
      expectOneSwedishLine(r, /du saknar behörighet att skriva där/);
      expect(sha256(file)).toBe(before.hash);
      expect(listDir(dir)).toEqual(before.files);
      expect(await title(file)).toBe(before.title);
      // The refused edit is not kept as unsaved work either: the CLI discards its working copy.
      expect(readdirSync(join(childData, 'working'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('the disk is full', () => {
  let mnt: string;
  let mounted = false;
  let why = '';

  beforeAll(() => {
    mnt = tempDir('tmpfs');
    if (process.platform !== 'linux') {
      why = 'tmpfs is Linux only';
      return;
    }
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0777', 'tmpfs', mnt], { stdio: 'pipe' });
      mounted = true;
    } catch (e) {
      const said = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message)
        .replace(/\s+/g, ' ')
        .trim();
      why = `mount -t tmpfs was refused (${said || 'no privilege'})`;
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mnt]);
  });

  /** Fills the tmpfs until only `leave` bytes are free (0: until the file system refuses). */
  function fill(leave: number): void {
    const fd = openSync(join(mnt, 'filler'), 'w');
    try {
      const chunk = Buffer.alloc(4096, 0x55);
      for (;;) {
        const { bavail, bsize } = statfsSync(mnt);
        if (bavail * bsize <= leave) break;
        try {
          writeSync(fd, chunk);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw e;
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  for (const [label, leave] of [
    ['too little room for the new file', 64 * 1024],
    ['not a byte left (not even for the lock file)', 0],
  ] as const) {
    it(`${label}: exit 1, "disken är full", the original byte-identical, no temp file; saves once there is room`, async (ctx) => {
      if (!mounted) {
        console.warn(`save-failures: the disk-full case was skipped: ${why}.`);
        return ctx.skip(why);
      }
      for (const f of readdirSync(mnt)) rmSync(join(mnt, f), { force: true });
      const file = writeDocument(mnt, 'plan.klimat');
      const before = { hash: sha256(file), title: await title(file) };
      fill(leave);
      const files = listDir(mnt);
      expect(files).toEqual(['filler', 'plan.klimat']);

      const r = await cli(['call', file, 'plan.update', JSON.stringify({ changes: { title: 'Ryms inte' } })]);
      expectOneSwedishLine(r, /disken är full/);
      expect(sha256(file)).toBe(before.hash);
      expect(listDir(mnt)).toEqual(files);
      expect(await title(file)).toBe(before.title);

      // With room again the same call saves: nothing was damaged on the way.
      rmSync(join(mnt, 'filler'));
      const again = await cli(['call', file, 'plan.update', JSON.stringify({ changes: { title: 'Nu ryms den' } })]);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      expect(await title(file)).toBe('Nu ryms den');
      expect(listDir(mnt)).toEqual(['plan.klimat', 'plan.klimat.bak']);
      expect(sha256(join(mnt, 'plan.klimat.bak'))).toBe(before.hash);
    });
  }
});
