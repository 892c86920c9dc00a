// Åtgärder (one row per action, every field, importable) and Kostnadsjusteringar (cost
// overrides per action and year). Headers name the plan's money unit; money stays numbers.
import { ACTION_COLUMNS, OVERRIDE_COLUMNS, headerOf } from '../../../shared/exchange/columns';
import { MONEY_UNIT_FACTOR } from '../../../shared/domain/ids';
import { actionCellContext, actionValues, type ExportValue } from '../action-cells';
import { FMT, type OutCell, type SheetColumn, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

function formatOf(kind: string, moneyFmt: string): string | undefined {
  switch (kind) {
    case 'money':
      return moneyFmt;
    case 'tons':
      return FMT.tons;
    case 'share':
      return FMT.percent;
    case 'factor':
      return FMT.factor;
    default:
      // Years and whole numbers read right in Excel's General format; a format on every such
      // cell would only cost time when the workbook is read back.
      return undefined;
  }
}

const cellOf = (v: ExportValue): OutCell => (v === null ? null : v.v);

export function actionsSheet(x: ExportContext): SheetModel {
  const unit = x.plan.plan.moneyUnit;
  const ctx = actionCellContext(x.plan);
  const columns: SheetColumn[] = ACTION_COLUMNS.map((c) => ({ width: c.width, fmt: formatOf(c.kind, x.moneyFmt) }));
  const rows: OutCell[][] = [ACTION_COLUMNS.map((c) => headerOf(c, unit))];
  for (const a of x.plan.actions) rows.push(actionValues(a, ctx).map(cellOf));
  return { name: SHEETS.actions, columns, rows, header: 1, filter: true };
}

export function overridesSheet(x: ExportContext): SheetModel {
  const unit = x.plan.plan.moneyUnit;
  const factor = MONEY_UNIT_FACTOR[unit];
  const money = (sek: number | undefined): OutCell => (sek === undefined ? null : sek / factor);
  const columns: SheetColumn[] = [
    ...OVERRIDE_COLUMNS.slice(0, 1).map((c) => ({ width: c.width })),
    { width: 40 },
    ...OVERRIDE_COLUMNS.slice(1).map((c) => ({ width: c.width, fmt: formatOf(c.kind, x.moneyFmt) })),
  ];
  const rows: OutCell[][] = [[headerOf(OVERRIDE_COLUMNS[0], unit), 'Åtgärdens namn', ...OVERRIDE_COLUMNS.slice(1).map((c) => headerOf(c, unit))]];
  for (const a of x.plan.actions) {
    for (const o of a.costOverrides) rows.push([a.code, a.name, o.year, money(o.capexSek), money(o.opexSek), money(o.savingsSek), a.id]);
  }
  return { name: SHEETS.overrides, columns, rows, header: 1, filter: true };
}
