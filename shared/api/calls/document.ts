import { z } from 'zod';
import { bool, text } from '../../schema/primitives';
import { none, read } from '../define';
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

// Document calls are not `write`s: they manage files and the working copy, not plan content.
export const documentCalls = {
  'document.status': read<DocumentStatus>()(none),
  /** A new plan for a municipality, not yet saved to any file. */
  'document.new': read<DocumentStatus>()(
    z.strictObject({ municipalityCode: z.string({ error: 'Kommunkoden saknas.' }), title: text('title').optional() }),
  ),
  /** A fresh working copy of the built-in sample plan (Umeå), not yet saved. */
  'document.openSample': read<DocumentStatus>()(none),
  /** Open a plan: by name in the host's folder (browser host), or through the system dialog (Electron, no name). */
  'document.open': read<DocumentStatus>()(z.strictObject({ name: fileName.optional(), readOnly: bool('readOnly').optional() })),
  /** The plans in the host's folder, by name. */
  'document.list': read<FileEntry[]>()(none),
  'document.save': read<DocumentStatus>()(none),
  'document.saveAs': read<DocumentStatus>()(z.strictObject({ name: fileName.optional(), overwrite: bool('overwrite').optional() })),
  /** Close; unsaved work stays in the working copy unless `discard`. */
  'document.close': read<DocumentStatus>()(z.strictObject({ discard: bool('discard').optional() })),
  /** Working copies left with unsaved work by a crash. */
  'document.recoverable': read<RecoverableCopy[]>()(none),
  'document.recover': read<DocumentStatus>()(z.strictObject({ id: text('id') })),
  'document.discardRecovery': read<RecoverableCopy[]>()(z.strictObject({ id: text('id') })),
};
