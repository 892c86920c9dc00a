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
import { exportUncertainty, uncertaintySheet } from './uncertainty';
import type { UncertaintyResult } from '../../../shared/uncertainty';

export type { WorkbookOptions } from './context';

/** The sheets; Osäkerhet only with an uncertainty result (of the context's scenario). */
export function workbookSheets(plan: Plan, opts: WorkbookOptions = {}, uncertainty?: UncertaintyResult): SheetModel[] {
  return sheetsOf(exportContext(plan, opts), opts, uncertainty);
}

function sheetsOf(x: ReturnType<typeof exportContext>, opts: WorkbookOptions, uncertainty: UncertaintyResult | undefined): SheetModel[] {
  return [
    summarySheet(x),
    actionsSheet(x),
    costsSheet(x),
    ownersSheet(x),
    financingSheet(x),
    emissionsSheet(x),
    targetsSheet(x),
    commitmentsSheet(x),
    ...(uncertainty ? [uncertaintySheet(x, uncertainty)] : []),
    followUpSheet(x, opts.followUpVersion === undefined ? newestVersion(x.plan.versions) : opts.followUpVersion),
    overridesSheet(x),
    technicalSheet(x.source),
  ];
}

export async function writeWorkbook(plan: Plan, opts: WorkbookOptions, stream: Writable, progress?: Progress): Promise<void> {
  const x = exportContext(plan, opts);
  // The draws first (reported as progress on the same bar), then the sheets.
  const uncertainty = opts.uncertainty ? await exportUncertainty(x.plan, x.scenario.id, opts.uncertainty, progress) : undefined;
  await writeXlsx(sheetsOf(x, opts, uncertainty), stream, progress);
}
