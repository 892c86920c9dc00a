// Per nämnd: investment and operating cost per owner (nämnd, bolag, förvaltning) for the coming
// budget year and the two plan years after it — the form a municipal budget process asks for —
// grouped by cost bearer, with a sum per bearer and in all. Actions in the chosen scenario only.
import { COST_BEARERS } from '../../../shared/domain/ids';
import { COST_BEARER_LABELS, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { bold, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext, OwnerBudget } from './context';
import { SHEETS } from './names';

const add = (a: OwnerBudget, b: OwnerBudget): OwnerBudget => ({
  capex: a.capex.map((v, i) => v + b.capex[i]),
  opex: a.opex.map((v, i) => v + b.opex[i]),
});

export function ownersSheet(x: ExportContext): SheetModel {
  const unit = MONEY_UNIT_LABELS[x.plan.plan.moneyUnit].sv;
  const years = x.budgetYears;
  const label = (y: number, i: number) => `${i === 0 ? 'budget' : 'plan'} ${y}`;
  const rows: OutCell[][] = [
    ['Kostnadsbärare och ansvarig', ...years.map((y, i) => `Investering ${label(y, i)} (${unit})`), ...years.map((y, i) => `Drift ${label(y, i)} (${unit})`)],
  ];
  const boldRows: number[] = [];
  const zero: OwnerBudget = { capex: years.map(() => 0), opex: years.map(() => 0) };
  const line = (name: OutCell, b: OwnerBudget, strong = false) => {
    rows.push([name, ...b.capex.map((v) => x.money(v)), ...b.opex.map((v) => x.money(v))]);
    if (strong) boldRows.push(rows.length);
  };
  let total = zero;
  for (const bearer of COST_BEARERS) {
    const owners = x.budgetByOwner.get(bearer);
    if (!owners?.size) continue;
    rows.push([bold(COST_BEARER_LABELS[bearer].sv)]);
    boldRows.push(rows.length);
    let sum = zero;
    for (const owner of [...owners.keys()].sort((a, b) => a.localeCompare(b, 'sv'))) {
      const b = owners.get(owner)!;
      line(owner || '(ingen ansvarig angiven)', b);
      sum = add(sum, b);
    }
    line(`Summa ${COST_BEARER_LABELS[bearer].sv.toLowerCase()}`, sum, true);
    rows.push([]);
    total = add(total, sum);
  }
  line('Summa alla kostnadsbärare', total, true);
  rows.push([]);
  rows.push([`Scenario: ${x.scenario.name}. Budgetåret är ${years[0]}; planåren är åren efter det.`]);
  return {
    name: SHEETS.owners,
    columns: [
      { width: 40 },
      ...years.flatMap(() => [
        { width: 30, fmt: x.moneyFmt },
        { width: 30, fmt: x.moneyFmt },
      ]),
    ],
    rows,
    header: 1,
    boldRows,
  };
}
