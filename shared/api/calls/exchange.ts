// Import and export (issue 7): Excel workbook and CSV out; actions and financing entries from
// Excel/CSV in (stage → preview → apply, whole or nothing, one undo step); the baseline from the
// national emissions statistics. Files reach Node only: by the system dialog (Electron), by name
// in the host's folder, or as the bytes the user picked in the page; the page never sends a path.
import { z } from 'zod';
import { MONEY_UNITS } from '../../domain/ids';
import { MAX_IMPORT_BASE64, TOO_LARGE } from '../../exchange/limits';
import { columnsOf, IMPORT_KINDS } from '../../exchange/columns';
import { STATISTICS_USES } from '../../exchange/outcomes';
import type {
  BaselineApplied,
  BaselinePreview,
  Cancellable,
  ExportResult,
  ImportApplied,
  ImportPreview,
  ProgressInfo,
  StagedInfo,
} from '../../exchange/outcomes';
import { bool, id, oneOf, text, wholeNumber } from '../../schema/primitives';
import { read, write } from '../define';
import { DRAWS_LIMITS, SEED_LIMITS } from '../../uncertainty';
import { fileName } from './document';

/** A task id the page makes, so that it can ask for progress and cancel. */
const taskId = id('taskId').optional();
const fileId = z.uuid({ error: (iss) => (iss.input === undefined ? 'Filens id saknas.' : 'Filens id är ogiltigt; välj filen igen.') });

const stageInput = z.strictObject({
  /** `dialog`: the system dialog chooses (Electron); `folder`: `name` in the host's folder; `upload`: the picked file's bytes. */
  from: oneOf('from', ['dialog', 'folder', 'upload']),
  name: fileName.optional(),
  base64: z
    .string({ error: 'Filens innehåll (base64) måste vara en text.' })
    .max(MAX_IMPORT_BASE64, { error: TOO_LARGE })
    .refine((b) => b.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(b), { error: 'Filens innehåll är inte base64-kodat och kan inte läsas.' })
    .optional(),
  /** What the file is for: a table of actions or financing, or the emissions statistics. */
  purpose: oneOf('purpose', ['table', 'statistics']),
  taskId,
});

const tableImport = z
  .strictObject({
    fileId,
    sheet: text('sheet'),
    kind: oneOf('kind', IMPORT_KINDS),
    headerRow: wholeNumber('Rubrikraden måste vara ett radnummer 1–1 000 000.', 1, 1_000_000),
    columns: z
      .array(z.string({ error: 'Ett fält måste vara en text.' }).max(64, { error: 'Ett fältnamn får vara högst 64 tecken.' }).nullable(), {
        error: 'Kolumnernas fält måste vara en lista.',
      })
      .max(16_384, { error: 'Det får vara högst 16 384 kolumner.' }),
    unit: oneOf('unit', MONEY_UNITS),
    mode: oneOf('mode', ['add', 'upsert']),
    taskId,
  })
  .superRefine((v, ctx) => {
    // Every column is read into a field the kind of row has, or into none (null).
    const known = new Set(columnsOf(v.kind).map((c) => c.field));
    v.columns.forEach((c, i) => {
      if (c !== null && !known.has(c)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i],
          message: `Kolumn ${i + 1} ska läsas in som "${c}", som inget fält ${v.kind === 'actions' ? 'för åtgärder' : 'för finansiering'} heter.`,
        });
      }
    });
  });

const baselineImport = z.strictObject({
  fileId,
  municipality: text('municipality', { nonEmpty: true }),
  /** As baseline (default), as observed emissions, or both. */
  as: oneOf('as', STATISTICS_USES).optional(),
});

export const exchangeCalls = {
  /** Reads a picked file (xlsx or CSV) and proposes how each sheet maps; null if the dialog was cancelled. */
  'exchange.stage': read<StagedInfo | null>()(stageInput),
  /** Validates every row without writing: what would be added and updated, and every problem by row and column. */
  'exchange.preview': read<Cancellable<ImportPreview>>()(tableImport),
  /** Applies the import in one transaction (one undo step), or refuses it whole with every problem. */
  'exchange.apply': write<Cancellable<ImportApplied>>()(tableImport),
  /** One municipality's sector emissions from the statistics file, before they are applied. */
  'exchange.baselinePreview': read<BaselinePreview>()(baselineImport),
  /** Replaces the baseline of the sectors the statistics cover (one undo step). */
  'exchange.baselineApply': write<BaselineApplied>()(baselineImport),
  /** Forgets a staged file. */
  'exchange.discard': read<null>()(z.strictObject({ fileId })),
  /**
   * The workbook or the action list as CSV: saved through the system dialog (Electron), saved by
   * `name` in the host's folder, or, in the browser host without a name, returned as a download.
   */
  'exchange.export': read<ExportResult>()(
    z.strictObject({
      format: oneOf('format', ['xlsx', 'csv']),
      scenarioId: id('scenarioId').optional(),
      name: fileName.optional(),
      overwrite: bool('overwrite').optional(),
      /** Adds the sheet Osäkerhet (xlsx) with these draws and seed. */
      uncertainty: z
        .strictObject({
          draws: wholeNumber('Antalet dragningar måste vara ett heltal 1–50 000.', DRAWS_LIMITS.min, DRAWS_LIMITS.max),
          seed: wholeNumber('Fröet måste vara ett heltal 0–4 294 967 295.', SEED_LIMITS.min, SEED_LIMITS.max),
        })
        .optional(),
      taskId,
    }),
  ),
  'exchange.progress': read<ProgressInfo | null>()(z.strictObject({ taskId: id('taskId') })),
  'exchange.cancel': read<{ cancelled: boolean }>()(z.strictObject({ taskId: id('taskId') })),
};
