// A plan opened through a symbolic link (issue 16 item 6) is locked, backed up and saved where
// it really lives: the link stays a link, the real file gets the new content, `.bak` is a
// regular file beside the real file, and no lock or temp file appears beside the link.
import { lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDir, removeTempDirs, sha256, tempDir, useTempDataDir } from '../support/env';
import { managerIn, ok, writeDocument } from '../support/documents';
import { cli } from '../support/processes';

beforeAll(() => useTempDataDir());
afterAll(removeTempDirs);

describe('a plan opened through a symbolic link', () => {
  it('is locked, backed up and saved at the real file; the link stays a link', async () => {
    const root = tempDir('symlink');
    const realDir = join(root, 'synkad');
    const linkDir = join(root, 'genvagar');
    mkdirSync(realDir);
    mkdirSync(linkDir);
    const real = writeDocument(realDir, 'plan.klimat');
    const link = join(linkDir, 'plan.klimat');
    symlinkSync(real, link);
    const before = sha256(real);

    const manager = managerIn(linkDir);
    try {
      await ok(manager, 'document.open', { name: 'plan.klimat' });
      // The lock sits beside the real file, where a colleague opening it directly looks.
      expect(listDir(realDir)).toEqual(['plan.klimat', 'plan.klimat.lock']);
      expect(listDir(linkDir)).toEqual(['plan.klimat']);
      await ok(manager, 'plan.update', { changes: { title: 'Sparad genom länken' } });
      await ok(manager, 'document.save');
    } finally {
      manager.close(true);
    }

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(listDir(linkDir)).toEqual(['plan.klimat']);
    expect(listDir(realDir)).toEqual(['plan.klimat', 'plan.klimat.bak']);
    expect(lstatSync(join(realDir, 'plan.klimat.bak')).isFile()).toBe(true);
    expect(sha256(join(realDir, 'plan.klimat.bak'))).toBe(before);
    const title = JSON.parse((await cli(['export-json', real, '-'])).stdout).plan.title;
    expect(title).toBe('Sparad genom länken');
  });

  it('the CLI call saves through a link too', async () => {
    const root = tempDir('symlink-cli');
    const real = writeDocument(root, 'verklig.klimat');
    const link = join(root, 'lank.klimat');
    symlinkSync(real, link);
    const r = await cli(['call', link, 'plan.update', JSON.stringify({ changes: { title: 'Via CLI' } })]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(listDir(root)).toEqual(['lank.klimat', 'verklig.klimat', 'verklig.klimat.bak']);
  });
});
