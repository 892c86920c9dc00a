// A picked file as tables: checked here first (size, what it is, the zip's directory), then
// read in the read worker's process (read-worker.ts) with a memory limit and the row and cell
// caps enforced while it parses, so that the worst file costs one Swedish sentence and never
// the app. Every refusal is a FileRefused with one Swedish sentence; the parser's own words go
// to errors.log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Cell, Table } from '../../shared/exchange/cells';
import { OUT_OF_MEMORY } from '../../shared/exchange/limits';
import { logInternalError } from '../app-data/error-log';
import { bundledScript } from '../bundled';
import { checkImportFile, FileRefused, type ImportFileKind } from './file-kind';
import type { Task } from './tasks';
import { launchWorker } from './worker-process';

export interface ImportedFile {
  fileName: string;
  kind: ImportFileKind;
  tables: Table[];
}

/** The read worker's heap: far above any real workbook, far below what would hurt the machine. */
export const READ_HEAP_MB = 1536;
export const READ_TIMEOUT_MS = 180_000;

const UNREADABLE = (kind: ImportFileKind) =>
  kind === 'xlsx' ? 'Excel-arbetsboken kunde inte läsas; den är skadad eller inte sparad av ett kalkylprogram.' : 'CSV-filen kunde inte läsas.';

export async function readImportFile(bytes: Buffer, fileName: string, task?: Task): Promise<ImportedFile> {
  const kind = checkImportFile(bytes, fileName);
  const { tables } = await readInWorker(bytes, fileName, kind, task);
  return { fileName, kind, tables };
}

type Line =
  { s: string; h: boolean } | { r: number; c: (Cell | null)[] } | { done: true; peakMb: number } | { refused: string; peakMb: number } | { failed: string };

/** Reads the file in the worker; `peakMb` is the worker's largest resident memory (for the bench). */
export async function readInWorker(bytes: Buffer, fileName: string, kind: ImportFileKind, task?: Task): Promise<{ tables: Table[]; peakMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-import-'));
  try {
    const path = join(dir, 'fil');
    writeFileSync(path, bytes);
    return await runWorker(path, fileName, kind, task);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runWorker(path: string, fileName: string, kind: ImportFileKind, task?: Task): Promise<{ tables: Table[]; peakMb: number }> {
  const child = launchWorker(bundledScript('read-worker.cjs'), [path, fileName, kind], READ_HEAP_MB);
  const ended = new Promise<boolean>((resolve) => child.onExit((_code, crashed) => resolve(crashed)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill();
  }, READ_TIMEOUT_MS);
  const tables: Table[] = [];
  let end: Extract<Line, { done: true }> | Extract<Line, { refused: string }> | Extract<Line, { failed: string }> | null = null;
  try {
    for await (const text of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      task?.check();
      const line = JSON.parse(text) as Line;
      if ('s' in line) tables.push({ name: line.s, rows: [], hidden: line.h || undefined });
      else if ('r' in line) place(tables[tables.length - 1], line.r, line.c);
      else end = line;
    }
  } finally {
    clearTimeout(timer);
    if (!end) child.kill();
  }
  const crashed = await ended;
  if (end && 'done' in end) return { tables, peakMb: end.peakMb };
  if (end && 'refused' in end) throw Object.assign(new FileRefused(end.refused), { peakMb: end.peakMb });
  if (end && 'failed' in end) logInternalError(new Error(`read worker (${kind}): ${end.failed}`));
  if (timedOut) throw new FileRefused(`Filen kunde inte läsas inom ${READ_TIMEOUT_MS / 60_000} minuter och läses inte in.`);
  if (crashed && !end) throw new FileRefused(OUT_OF_MEMORY);
  throw new FileRefused(UNREADABLE(kind));
}

/** Row `index` of the table: the rows before it that had no filled cell are empty. */
function place(table: Table | undefined, index: number, cells: (Cell | null)[]): void {
  if (!table) return;
  while (table.rows.length < index) table.rows.push([]);
  table.rows[index] = cells;
}
