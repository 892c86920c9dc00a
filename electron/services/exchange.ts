// exchange.*: import and export (electron/exchange does the work). A file is chosen by the
// transport's picker (the system dialog in Electron, a name in the host's folder) or sent as the
// bytes the user picked in the page; an export is saved the same ways or, in the browser host
// without a name, handed back as a download.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/exchange/limits';
import type { StagedInfo } from '../../shared/exchange/outcomes';
import { ioKind, readFailure } from '../document/io-errors';
import { readPlan, readPlanSettings } from '../document/read';
import { newestVersion } from '../document/versions';
import { applyBaseline, previewBaseline } from '../exchange/baseline';
import { exportBytes, exportToFile, MIME, suggestedExportName } from '../exchange/export-file';
import { FileRefused } from '../exchange/file-kind';
import { applyTableImport, previewTableImport } from '../exchange/import-table';
import { describeStaged } from '../exchange/inspect';
import { readImportFile } from '../exchange/read-file';
import { discardStaged, stage } from '../exchange/staging';
import { cancelTask, runTask, taskProgress } from '../exchange/tasks';
import type { FileChoice, FileQuestion, ImportFilePurpose } from '../document/file-choice';
import { pickerOf, type FileQuestions, type Handlers } from './handler';

type StageInput = { from: 'dialog' | 'folder' | 'upload'; name?: string; base64?: string; purpose: 'table' | 'statistics' };

/** A file the picker chose, refused by size before a byte is read: a 200 MB file never enters memory. */
export function readChosenFile(path: string): { name: string; bytes: Buffer } {
  try {
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) throw new ApiFailure('refusedFile', tooLargeMessage(size), 'name');
    return { name: basename(path), bytes: readFileSync(path) };
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure(ioKind(e) === 'missing' ? 'notFound' : 'refusedFile', readFailure(path, e), 'name');
  }
}

/** The file to read: the page's upload, or the one the picker chose; null when the user cancelled. */
export function pickedFile(file: FileChoice | null | undefined, input: Omit<StageInput, 'purpose'>): { name: string; bytes: Buffer } | null {
  if (input.from === 'upload') {
    if (!input.name) throw new ApiFailure('invalid', 'Filnamnet saknas.', 'name');
    if (input.base64 === undefined) throw new ApiFailure('invalid', 'Filens innehåll saknas.', 'base64');
    return { name: input.name, bytes: Buffer.from(input.base64, 'base64') };
  }
  return file ? readChosenFile(file.path) : null;
}

/** An import's file: none to choose for an upload; a name is needed in the host's folder. */
export function importQuestion(input: Omit<StageInput, 'purpose'>, purpose: ImportFilePurpose): FileQuestion | null {
  if (input.from === 'upload') return null;
  if (input.from === 'folder' && !input.name) throw new ApiFailure('invalid', 'Ange filens namn i mappen.', 'name');
  return { kind: 'import', name: input.from === 'folder' ? input.name : undefined, purpose };
}

export const exchangeFiles = {
  'exchange.stage': (_ctx, input) => importQuestion(input, input.purpose),
  // The browser host without a name: the browser saves the download where the user keeps them.
  'exchange.export': (ctx, { format, name }) =>
    pickerOf(ctx).picker === 'names' && !name
      ? null
      : { kind: 'export', name, format, suggested: suggestedExportName({ plan: readPlanSettings(ctx.manager.require().db) }, format) },
} satisfies FileQuestions;

export const exchangeHandlers = {
  'exchange.stage': async (ctx, input) => {
    const s = ctx.manager.require();
    const unit = readPlanSettings(s.db).moneyUnit;
    const r = await runTask(input.taskId, async (task): Promise<StagedInfo | null> => {
      const file = pickedFile(ctx.file, input);
      if (!file) return null;
      await task.report('read');
      try {
        const staged = stage(await readImportFile(file.bytes, file.name, task));
        return describeStaged(staged, unit);
      } catch (e) {
        if (e instanceof FileRefused) throw new ApiFailure('refusedFile', e.message, input.from === 'upload' ? 'base64' : 'name');
        throw e;
      }
    });
    return r === 'cancelled' ? null : r;
  },
  'exchange.preview': async ({ manager }, input) => {
    const s = manager.require();
    const r = await runTask(input.taskId, (task) => previewTableImport(s, input, task));
    return r === 'cancelled' ? { status: 'cancelled' } : r;
  },
  'exchange.apply': async ({ manager }, input) => {
    manager.require();
    const r = await runTask(input.taskId, (task) => applyTableImport(manager, input, task));
    return r === 'cancelled' ? { status: 'cancelled' } : { status: 'done', counts: r };
  },
  'exchange.baselinePreview': ({ manager }, { fileId, municipality, as }) => previewBaseline(manager.require(), fileId, municipality, as),
  'exchange.baselineApply': ({ manager }, { fileId, municipality, as }) => applyBaseline(manager.require(), fileId, municipality, as),
  'exchange.discard': (_ctx, { fileId }) => {
    discardStaged(fileId);
    return null;
  },
  'exchange.export': async ({ manager, file }, { format, scenarioId, overwrite, uncertainty, taskId }) => {
    const s = manager.require();
    const plan = readPlan(s.db);
    if (scenarioId !== undefined && !plan.scenarios.some((x) => x.id === scenarioId)) {
      throw new ApiFailure('notFound', `Scenariot "${scenarioId}" finns inte i planen.`, 'scenarioId');
    }
    const followUpVersion = format === 'xlsx' ? newestVersion(s.db) : null;
    const r = await runTask(taskId, async (task) => {
      if (file === undefined) {
        // No file asked for (the browser host): the browser saves it where the user keeps downloads.
        const bytes = await exportBytes(plan, format, { scenarioId, uncertainty, followUpVersion }, task);
        return { status: 'download' as const, fileName: suggestedExportName(plan, format), mime: MIME[format], base64: bytes.toString('base64') };
      }
      if (!file) return { status: 'cancelled' as const };
      await exportToFile(plan, format, { scenarioId, uncertainty, followUpVersion }, file.path, !!overwrite || file.replaceAgreed, task);
      return { status: 'saved' as const, fileName: basename(file.path) };
    });
    return r === 'cancelled' ? { status: 'cancelled' } : r;
  },
  'exchange.progress': (_ctx, { taskId }) => taskProgress(taskId),
  'exchange.cancel': (_ctx, { taskId }) => ({ cancelled: cancelTask(taskId) }),
} satisfies Partial<Handlers>;
