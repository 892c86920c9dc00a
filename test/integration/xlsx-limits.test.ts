// Reading workbooks streaming, with the caps enforced while parsing, in a worker process with a
// memory limit (issue 16 item 1). The worst file of the attack — a few hundred kilobytes whose
// one sheet is 24 000 000 empty rows (about 290 MB unpacked, under the unpack cap) — costs one
// Swedish sentence in the app (browser host), in the CLI and in the reader itself, never the
// process; the reader's peak memory for it is printed (goal ≤ 300 MB). An entry that unpacks to
// more than it declares is caught while it is unpacked.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileRefused } from '../../electron/exchange/file-kind';
import { readInWorker } from '../../electron/exchange/read-file';
import { listDir, removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { writeDocument } from '../support/documents';
import { cli, startHost, stderrLines, stopHosts } from '../support/processes';
import { EMPTY_ROWS, emptyRowsWorkbook, SHEET_HEAD, SHEET_TAIL } from '../support/empty-rows-xlsx';
import { workbookEntries, zip } from '../unit/exchange/zip';

let dir: string;
let bomb: string;
beforeAll(async () => {
  useTempDataDir();
  dir = tempDir('xlsx-limits');
  const { bytes, unpacked } = await emptyRowsWorkbook();
  console.info(
    `xlsx-limits: the workbook is ${Math.round(bytes.length / 1024)} KB and unpacks to ${Math.round(unpacked / 1024 ** 2)} MB (${EMPTY_ROWS} empty rows)`,
  );
  expect(bytes.length).toBeLessThan(1024 * 1024);
  bomb = join(dir, 'tomma-rader.xlsx');
  writeFileSync(bomb, bytes);
}, 120_000);
afterAll(async () => {
  await stopHosts();
  removeTempDirs();
});

const BOMB_MESSAGE = /^Arbetsboken har fler än 200\s000 rader \(i bladet "Blad1"\); så många kan ingen import läsa\./;

describe('a sheet of 24 million empty rows', () => {
  it('is refused by the reader with one Swedish sentence, its memory bounded', async () => {
    const { readFileSync } = await import('node:fs');
    const t0 = performance.now();
    const err = await readInWorker(readFileSync(bomb), 'tomma-rader.xlsx', 'xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FileRefused);
    expect((err as Error).message).toMatch(BOMB_MESSAGE);
    const peakMb = (err as { peakMb?: number }).peakMb ?? NaN;
    console.info(`xlsx-limits: reading it took ${Math.round(performance.now() - t0)} ms; the read worker's peak memory was ${peakMb} MB (goal ≤ 300 MB)`);
    expect(peakMb).toBeLessThanOrEqual(300);
  });

  it('import-xlsx exits 1 with that one line, writes nothing and leaves no lock', async () => {
    const out = join(dir, 'ut.klimat');
    const before = listDir(dir);
    const r = await cli(['import-xlsx', bomb, out]);
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([expect.stringMatching(BOMB_MESSAGE)]);
    expect(existsSync(out)).toBe(false);
    expect(listDir(dir)).toEqual(before);
  });

  it('the browser host answers the upload with that sentence and goes on answering', async () => {
    const plan = writeDocument(tempDir('xlsx-limits-host'), 'plan.klimat');
    const host = await startHost([plan]);
    const { readFileSync } = await import('node:fs');
    const r = await host.call('exchange.stage', { from: 'upload', name: 'tomma-rader.xlsx', base64: readFileSync(bomb).toString('base64'), purpose: 'table' });
    expect(r).toMatchObject({ ok: false, error: { code: 'refusedFile' } });
    if (!r.ok) expect(r.error.message).toMatch(BOMB_MESSAGE);
    expect(await host.call('document.status')).toMatchObject({ ok: true, value: { open: true } });
    expect(host.child.exitCode).toBeNull();
  });
});

describe('an entry that unpacks to more than it declares', () => {
  it('is refused as a zip bomb while it is unpacked', async () => {
    const rows = Buffer.from(`${SHEET_HEAD}${'<row></row>'.repeat(2_000_000)}${SHEET_TAIL}`);
    const lying = zip(workbookEntries('Blad1', { name: 'xl/worksheets/sheet1.xml', data: rows, declaredSize: 1000 }));
    expect(lying.length).toBeLessThan(200_000);
    const err = await readInWorker(lying, 'fil.xlsx', 'xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileRefused);
    expect((err as Error).message).toMatch(/zip-bomb/);
  });
});
