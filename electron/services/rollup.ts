// rollup.*: the roll-up of several plans (electron/rollup does the work). The transport gives
// the source of files: the browser host its folder, Electron the window's dialog choice.
import { basename } from 'node:path';
import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { ApiFailure } from '../../shared/api/result';
import type { RollupResult } from '../../shared/rollup';
import { bytesOf, writeFileAtomically } from '../exchange/export-file';
import { runTask, type Task } from '../exchange/tasks';
import { rollupFiles } from '../rollup/rollup';
import type { RollupSource } from '../rollup/source';
import { suggestedRollupName, writeRollupWorkbook } from '../rollup/workbook';
import { pickerOf, type FileQuestions, type Handlers, type ServiceContext } from './handler';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sourceOf(ctx: ServiceContext): RollupSource {
  if (!ctx.rollup) throw new ApiFailure('notFound', 'Välj planerna att sammanställa med Arkiv → Sammanställ planer….');
  return ctx.rollup;
}

/** The same files, unchanged since, and the same scenario id: the last roll-up still holds. */
function cacheKey(files: { path: string }[], scenarioId: string | undefined): string {
  const stamp = (path: string) => {
    try {
      const st = statSync(path);
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  return JSON.stringify([scenarioId ?? null, files.map((f) => [f.path, stamp(f.path)])]);
}

async function rollupOf(source: RollupSource, names: readonly string[], scenarioId: string | undefined, task: Task): Promise<RollupResult> {
  const files = source.resolve(names);
  const key = cacheKey(files, scenarioId);
  if (source.last?.key === key) return source.last.result;
  task.progress = { phase: 'check', done: 0, total: files.length };
  const result = await rollupFiles(files, {
    scenarioId,
    onProgress: (done, total) => (task.progress = { phase: 'check', done, total }),
    checkCancelled: () => task.check(),
  });
  task.check();
  source.last = { key, result };
  return result;
}

/** The workbook's file: a name in the host's folder or the save dialog; none for a download. */
export const rollupQuestions = {
  'rollup.export': (ctx, { name }) => {
    if (pickerOf(ctx).picker === 'names' && !name) return null;
    return { kind: 'export', name, format: 'xlsx', suggested: suggestedRollupName() };
  },
} satisfies FileQuestions;

export const rollupHandlers = {
  'rollup.files': (ctx) => (ctx.rollup ? { source: ctx.rollup.kind, files: ctx.rollup.list() } : { source: 'none' as const, files: [] }),
  'rollup.run': async (ctx, { names, scenarioId, taskId }) => {
    const source = sourceOf(ctx);
    const r = await runTask(taskId, (task) => rollupOf(source, names, scenarioId, task));
    return r === 'cancelled' ? { status: 'cancelled' } : { status: 'done', result: r };
  },
  'rollup.export': async (ctx, { names, scenarioId, overwrite, taskId }) => {
    const source = sourceOf(ctx);
    const { file } = ctx;
    const r = await runTask(taskId, async (task) => {
      if (file === null) return { status: 'cancelled' as const };
      const result = await rollupOf(source, names, scenarioId, task);
      const write = (stream: Writable) => writeRollupWorkbook(result, stream, (done, total) => task.report('write', done, total));
      if (file === undefined) {
        // The browser host: the browser saves it where the user keeps downloads.
        const bytes = await bytesOf(write);
        return { status: 'download' as const, fileName: suggestedRollupName(), mime: XLSX_MIME, base64: bytes.toString('base64') };
      }
      // A system dialog has already asked whether to replace an existing file.
      await writeFileAtomically(file.path, !!overwrite || file.replaceAgreed, write, task);
      return { status: 'saved' as const, fileName: basename(file.path) };
    });
    return r === 'cancelled' ? { status: 'cancelled' } : r;
  },
} satisfies Partial<Handlers>;
