// Writing an export: to a file (a temp file beside the target, renamed over it only when it is
// complete, so that a cancelled or failed export leaves nothing half-written) or to memory (the
// browser host's download).
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { Plan } from '../../shared/domain/types';
import { ApiFailure } from '../../shared/api/result';
import { localDate } from './sheet-model';
import { writeWorkbook, type WorkbookOptions } from './workbook';
import { actionsCsv } from './write-csv';
import { Cancelled, type Task } from './tasks';

export type ExportFormat = 'xlsx' | 'csv';

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** "Klimatinvesteringsplan Umeå 2025-05-01.xlsx", "Åtgärder Umeå 2025-05-01.csv". */
export function suggestedExportName(plan: Pick<Plan, 'plan'>, format: ExportFormat, date = new Date()): string {
  const what = format === 'xlsx' ? 'Klimatinvesteringsplan' : 'Åtgärder';
  const name = `${what} ${plan.plan.municipality} ${localDate(date)}`.replace(/[\\/:*?"<>|]+/g, '-');
  return `${name}.${format}`;
}

export function withExportExtension(name: string, format: ExportFormat): string {
  return name.toLowerCase().endsWith(`.${format}`) ? name : `${name}.${format}`;
}

async function writeTo(plan: Plan, format: ExportFormat, opts: WorkbookOptions, stream: Writable, task?: Task): Promise<void> {
  if (format === 'csv') {
    await task?.report('write');
    stream.end(actionsCsv(plan));
    return;
  }
  await writeWorkbook(plan, opts, stream, (done, total) => task?.report('write', done, total) ?? Promise.resolve());
}

function finished(stream: Writable): Promise<void> {
  return new Promise((ok, fail) => {
    if (stream.writableFinished) ok();
    stream.once('finish', ok);
    stream.once('error', fail);
  });
}

/** What `fill` writes to a stream, in memory. */
export async function bytesOf(fill: (stream: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = finished(stream);
  await fill(stream);
  await done;
  return Buffer.concat(chunks);
}

/** The export in memory. */
export function exportBytes(plan: Plan, format: ExportFormat, opts: WorkbookOptions, task?: Task): Promise<Buffer> {
  return bytesOf((stream) => writeTo(plan, format, opts, stream, task));
}

/**
 * Writes what `fill` writes to a stream to `target` atomically: a temp file beside it, renamed
 * over it only when complete; refuses to replace a file unless `overwrite`.
 */
export async function writeFileAtomically(target: string, overwrite: boolean, fill: (stream: Writable) => Promise<void>, task?: Task): Promise<void> {
  if (existsSync(target) && !overwrite) {
    throw new ApiFailure('conflict', `Det finns redan en fil som heter ${basename(target)}. Vill du ersätta den?`, 'name');
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const stream = createWriteStream(tmp);
    const done = new Promise<void>((ok, fail) => {
      stream.once('close', ok);
      stream.once('error', fail);
    });
    try {
      await fill(stream);
    } catch (e) {
      stream.destroy();
      await done.catch(() => undefined);
      throw e;
    }
    await done;
    task?.check();
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof ApiFailure || e instanceof Cancelled) throw e;
    throw new ApiFailure('io', `Filen ${basename(target)} kunde inte skrivas (${(e as Error).message}).`, 'name');
  }
}

/** Writes the export to `target` atomically; refuses to replace a file unless `overwrite`. */
export function exportToFile(plan: Plan, format: ExportFormat, opts: WorkbookOptions, target: string, overwrite: boolean, task?: Task): Promise<void> {
  return writeFileAtomically(target, overwrite, (stream) => writeTo(plan, format, opts, stream, task), task);
}
