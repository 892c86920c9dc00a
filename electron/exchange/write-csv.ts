// The action list as CSV for Swedish Excel (shared/exchange/csv.ts): the same columns and
// headers as the workbook's Åtgärder sheet, numbers with a decimal comma, shares in per cent,
// and every text neutralised against formula injection.
import type { Plan } from '../../shared/domain/types';
import { ACTION_COLUMNS, headerOf } from '../../shared/exchange/columns';
import { formatCsv, formatCsvNumber } from '../../shared/exchange/csv';
import { neutralise } from '../../shared/exchange/neutralise';
import { actionCellContext, actionValues, type ExportValue } from './action-cells';

function csvCell(v: ExportValue): string {
  if (v === null) return '';
  switch (v.t) {
    case 'text':
      return neutralise(v.v);
    case 'share':
      // The header says per cent; 12 significant digits keep 0,07 from becoming 7,000000000000001.
      return formatCsvNumber(Number((v.v * 100).toPrecision(12)));
    default:
      return formatCsvNumber(v.v);
  }
}

export function actionsCsv(plan: Plan): string {
  const ctx = actionCellContext(plan);
  const rows = [ACTION_COLUMNS.map((c) => headerOf(c, plan.plan.moneyUnit))];
  for (const a of plan.actions) rows.push(actionValues(a, ctx).map(csvCell));
  return formatCsv(rows);
}
