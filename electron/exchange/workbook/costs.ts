// Kostnader per år: the scenario's investment, operating cost, savings and net cost per year,
// investment per cost bearer, and financing per source with what is secured and the gap.
import { COST_BEARERS } from '../../../shared/domain/ids';
import { COST_BEARER_LABELS, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { bold, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

export function costsSheet(x: ExportContext): SheetModel {
  const { calc, years, plan } = x;
  const unit = MONEY_UNIT_LABELS[plan.plan.moneyUnit].sv;
  const rows: OutCell[][] = [[`Belopp i ${unit}`, ...years]];
  const boldRows: number[] = [];
  const line = (label: string, series: readonly number[], strong = false) => {
    rows.push([label, ...series.map((v) => x.money(v))]);
    if (strong) boldRows.push(rows.length);
  };
  const section = (label: string) => {
    rows.push([]);
    rows.push([bold(label)]);
    boldRows.push(rows.length);
  };

  rows.push([bold(`Scenario: ${x.scenario.name}`)]);
  boldRows.push(rows.length);
  line('Investering', calc.costs.capex);
  line('Drift', calc.costs.opex);
  line('Besparing', calc.costs.savings);
  line('Nettokostnad (investering + drift − besparing)', calc.costs.net, true);

  section('Investering per kostnadsbärare');
  for (const b of COST_BEARERS) line(COST_BEARER_LABELS[b].sv, x.capexByBearer.get(b)!);

  section('Finansiering per källa (alla statusar)');
  for (const s of plan.financingSources) line(s.name, calc.financing.bySource[s.id] ?? years.map(() => 0));
  rows.push([]);
  line('Säkrad finansiering', calc.financing.secured);
  line('Sökt finansiering', calc.financing.applied);
  line('Möjlig finansiering', calc.financing.potential);
  line('Kostnad att finansiera (investering + drift)', calc.financing.cost);
  line('Finansiering som saknas (kostnad − säkrad; negativt = överskott)', calc.financing.gap, true);

  return {
    name: SHEETS.costs,
    columns: [{ width: 52 }, ...years.map(() => ({ width: 11, fmt: x.moneyFmt }))],
    rows,
    header: 1,
    boldRows,
  };
}
