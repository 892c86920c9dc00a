// Finansiering: one row per financing entry (importable), with the source's kind and the
// action's name beside the columns that are read back.
import { MONEY_UNIT_FACTOR } from '../../../shared/domain/ids';
import { FINANCING_COLUMNS, headerOf } from '../../../shared/exchange/columns';
import { FINANCING_STATUS_LABELS, SOURCE_KIND_LABELS } from '../../../shared/i18n/labels';
import { sourceNamer } from '../action-cells';
import { FMT, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

export function financingSheet(x: ExportContext): SheetModel {
  const { plan } = x;
  const unit = plan.plan.moneyUnit;
  const factor = MONEY_UNIT_FACTOR[unit];
  const sourceName = sourceNamer(plan);
  const sources = new Map(plan.financingSources.map((s) => [s.id, s]));
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const [source, code, year, amount, status, actionId, id] = FINANCING_COLUMNS;
  const rows: OutCell[][] = [
    [
      headerOf(source, unit),
      'Källtyp',
      headerOf(code, unit),
      'Åtgärdens namn',
      headerOf(year, unit),
      headerOf(amount, unit),
      headerOf(status, unit),
      headerOf(actionId, unit),
      headerOf(id, unit),
    ],
  ];
  for (const e of plan.financing) {
    const a = e.actionId ? actions.get(e.actionId) : undefined;
    const kind = sources.get(e.sourceId)?.kind;
    rows.push([
      sourceName(e.sourceId),
      kind ? SOURCE_KIND_LABELS[kind].sv : null,
      a?.code ?? null,
      a?.name ?? null,
      e.year,
      e.amountSek / factor,
      FINANCING_STATUS_LABELS[e.status].sv,
      e.actionId,
      e.id,
    ]);
  }
  return {
    name: SHEETS.financing,
    columns: [
      { width: source.width },
      { width: 16 },
      { width: code.width },
      { width: 36 },
      { width: year.width, fmt: FMT.year },
      { width: amount.width, fmt: x.moneyFmt },
      { width: status.width },
      { width: actionId.width },
      { width: id.width },
    ],
    rows,
    header: 1,
    filter: true,
  };
}
