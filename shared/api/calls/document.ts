import { z } from 'zod';
import { MAX_IMPORT_BASE64, TOO_LARGE } from '../../exchange/limits';
import { bool, oneOf, text } from '../../schema/primitives';
import { fileCall, none, read } from '../define';
import type { DocumentStatus, FileEntry, RecoverableCopy } from '../status';

/** A plan's file name in the host's folder: a name, never a path. */
export const fileName = z
  .string({ error: 'Filnamnet saknas.' })
  .min(1, { error: 'Filnamnet saknas.' })
  .max(200, { error: 'Filnamnet får vara högst 200 tecken.' })
  .refine((n) => !/[\\/\0]/.test(n) && !n.startsWith('.'), {
    error: 'Ange bara ett filnamn, utan mapp (inga / eller \\).',
  })
  .refine((n) => !/[\u0000-\u001f\u007f]/.test(n), { error: 'Filnamnet får inte innehålla styrtecken (som radbrytningar eller tabbar).' })
  .refine((n) => n.trim() !== '', { error: 'Filnamnet får inte vara bara mellanslag.' });

// Document calls manage files and the working copy, not plan content: their effect is `document`.
export const documentCalls = {
  'document.status': read<DocumentStatus>()(none),
  /** A new plan for a municipality, not yet saved to any file. */
  'document.new': fileCall<DocumentStatus>()(z.strictObject({ municipalityCode: z.string({ error: 'Kommunkoden saknas.' }), title: text('title').optional() })),
  /** A fresh working copy of the built-in sample plan (Umeå), not yet saved. */
  'document.openSample': fileCall<DocumentStatus>()(none),
  /** Open a plan: by name in the host's folder (browser host), or through the system dialog (Electron, no name). */
  'document.open': fileCall<DocumentStatus>()(z.strictObject({ name: fileName.optional(), readOnly: bool('readOnly').optional() })),
  /** The plans in the host's folder, by name. */
  'document.list': read<FileEntry[]>()(none),
  'document.save': fileCall<DocumentStatus>()(none),
  'document.saveAs': fileCall<DocumentStatus>()(z.strictObject({ name: fileName.optional(), overwrite: bool('overwrite').optional() })),
  /** Close; unsaved work stays in the working copy unless `discard`. */
  'document.close': fileCall<DocumentStatus>()(z.strictObject({ discard: bool('discard').optional() })),
  /**
   * A new plan (not yet saved) from a plan file: JSON in the klimat-plan format, or a workbook
   * the app exported. Chosen like an import (`dialog`, `folder` + `name`, or `upload` + `base64`);
   * `format` is taken from the name when absent. The status of the old plan if the dialog was cancelled.
   */
  'document.import': fileCall<DocumentStatus>()(
    z.strictObject({
      from: oneOf('from', ['dialog', 'folder', 'upload']),
      name: fileName.optional(),
      base64: z.string({ error: 'Filens innehåll (base64) måste vara en text.' }).max(MAX_IMPORT_BASE64, { error: TOO_LARGE }).optional(),
      format: oneOf('format', ['json', 'xlsx']).optional(),
    }),
  ),
  /** Working copies left with unsaved work by a crash. */
  'document.recoverable': read<RecoverableCopy[]>()(none),
  'document.recover': fileCall<DocumentStatus>()(z.strictObject({ id: text('id') })),
  'document.discardRecovery': fileCall<RecoverableCopy[]>()(z.strictObject({ id: text('id') })),
};
