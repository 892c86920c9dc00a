// The roll-up of several plans (DESIGN §11, issue 19): the files to choose among, the roll-up
// of the chosen ones for one scenario id, and its workbook. The page sends names from the list
// the source gave (the host's folder, or the files chosen in Electron's dialog), never a path:
// Node looks each name up in that list and refuses any other.
import { z } from 'zod';
import type { ExportResult } from '../../exchange/outcomes';
import type { RollupResult } from '../../rollup/types';
import { bool, id } from '../../schema/primitives';
import { none, read } from '../define';
import type { FileEntry } from '../status';
import { fileName } from './document';

/** The most files one roll-up takes: every municipality several times over. */
export const MAX_ROLLUP_FILES = 2000;

const names = z
  .array(z.string({ error: 'Ett filnamn måste vara en text.' }).min(1, { error: 'Ett filnamn saknas.' }).max(4096, { error: 'Ett filnamn är för långt.' }), {
    error: 'Ange filerna som en lista av namn.',
  })
  .min(1, { error: 'Välj minst en plan att sammanställa.' })
  .max(MAX_ROLLUP_FILES, { error: `Högst ${MAX_ROLLUP_FILES} planer kan sammanställas på en gång.` });

const choice = {
  names,
  /** The scenario id to calculate in every plan; each plan's first when absent. */
  scenarioId: id('scenarioId').optional(),
  /** Lets the page ask for progress and cancel (exchange.progress, exchange.cancel). */
  taskId: id('taskId').optional(),
};

export interface RollupFiles {
  /** `folder`: the host's folder; `chosen`: the files the dialog chose; `none`: no source (Electron's main window: use the menu). */
  source: 'folder' | 'chosen' | 'none';
  files: FileEntry[];
}

export type RollupRun = { status: 'done'; result: RollupResult } | { status: 'cancelled' };

export const rollupCalls = {
  'rollup.files': read<RollupFiles>()(none),
  'rollup.run': read<RollupRun>()(z.strictObject(choice)),
  /** The workbook: a download in the browser host without a name, else saved by name or through the system dialog. */
  'rollup.export': read<ExportResult>()(z.strictObject({ ...choice, name: fileName.optional(), overwrite: bool('overwrite').optional() })),
};
