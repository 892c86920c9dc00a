// The council workbook: the readable sheets the issue names, the cost overrides, and the hidden
// technical sheet that lets the app read the whole plan back (electron/exchange/plan-import.ts).
import type { Writable } from 'node:stream';
import type { Plan } from '../../../shared/domain/types';
import type { SheetModel } from '../sheet-model';
import { writeXlsx, type Progress } from '../write-xlsx';
import { actionsSheet, overridesSheet } from './actions';
import { commitmentsSheet } from './commitments';
import { exportContext, type WorkbookOptions } from './context';
import { costsSheet } from './costs';
import { emissionsSheet } from './emissions';
import { financingSheet } from './financing';
import { followUpSheet, newestVersion } from './followup';
import { ownersSheet } from './owners';
import { summarySheet } from './summary';
import { targetsSheet } from './targets';
import { technicalSheet } from './technical';

export type { WorkbookOptions } from './context';

export function workbookSheets(plan: Plan, opts: WorkbookOptions = {}): SheetModel[] {
  const x = exportContext(plan, opts);
  return [
    summarySheet(x),
    actionsSheet(x),
    costsSheet(x),
    ownersSheet(x),
    financingSheet(x),
    emissionsSheet(x),
    targetsSheet(x),
    commitmentsSheet(x),
    followUpSheet(x, opts.followUpVersion === undefined ? newestVersion(plan.versions) : opts.followUpVersion),
    overridesSheet(x),
    technicalSheet(plan),
  ];
}

export async function writeWorkbook(plan: Plan, opts: WorkbookOptions, stream: Writable, progress?: Progress): Promise<void> {
  await writeXlsx(workbookSheets(plan, opts), stream, progress);
}
