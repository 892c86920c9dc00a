// Under Electron the document service reads imports on a worker thread with a heap limit
// (exchange/worker-process.ts threadLauncher), as a utilityProcess cannot start the app binary
// as Node. The same read-worker bundle runs there as in a child process: the rows come through.
import { afterAll, describe, expect, it } from 'vitest';
import { nodeLauncher, setWorkerLauncher, threadLauncher } from '../../electron/exchange/worker-process';
import { readImportFile } from '../../electron/exchange/read-file';
import { FileRefused } from '../../electron/exchange/file-kind';

afterAll(() => setWorkerLauncher(nodeLauncher));

describe('the import reader on a worker thread', () => {
  it('reads a CSV file to the same rows as in a process of its own', async () => {
    const csv = Buffer.from('Kod;Namn;Investering\nT-01;Elbussar;180 000\nT-02;Laddning;14 000\n', 'utf8');
    setWorkerLauncher(nodeLauncher);
    const inProcess = await readImportFile(csv, 'atgarder.csv');
    setWorkerLauncher(threadLauncher);
    const onThread = await readImportFile(csv, 'atgarder.csv');
    expect(onThread.tables[0].rows.length).toBe(3);
    expect(onThread).toEqual(inProcess);
  });

  it('refuses a broken workbook in Swedish, and the thread that read it ends', async () => {
    setWorkerLauncher(threadLauncher);
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]);
    const e = await readImportFile(broken, 'trasig.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileRefused);
    expect((e as Error).message).toMatch(/Excel|arbetsbok|fil/);
  });
});
