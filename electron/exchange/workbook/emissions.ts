// Utsläpp: the baseline and the scenario per sector and year, and the gross and net totals.
import { sectorBaseline } from '../../../shared/calc/sectors';
import { FMT, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

export function emissionsSheet(x: ExportContext): SheetModel {
  const { plan, calc, years } = x;
  const rows: OutCell[][] = [['Sektor', 'Serie', ...years]];
  const boldRows: number[] = [];
  for (const s of plan.sectors) {
    const base = sectorBaseline(x.calcContext.sectors, s.id);
    const name = s.isSink ? `${s.name} (kolsänka, upptag negativt)` : s.name;
    rows.push([name, 'Basscenario', ...years.map((_, i) => base?.[i] ?? 0)]);
    rows.push([name, x.scenario.name, ...(calc.emissions.bySector[s.id] ?? years.map(() => 0))]);
  }
  rows.push([]);
  rows.push(['Summa brutto (utan kolsänkor)', 'Basscenario', ...calc.emissions.baselineGross]);
  rows.push(['Summa brutto (utan kolsänkor)', x.scenario.name, ...calc.emissions.gross]);
  boldRows.push(rows.length);
  rows.push(['Summa netto (med kolsänkor)', 'Basscenario', ...calc.emissions.baselineNet]);
  rows.push(['Summa netto (med kolsänkor)', x.scenario.name, ...calc.emissions.net]);
  boldRows.push(rows.length);
  rows.push([]);
  rows.push(['Ton koldioxidekvivalenter per år.']);
  return {
    name: SHEETS.emissions,
    columns: [{ width: 44 }, { width: 24 }, ...years.map(() => ({ width: 10, fmt: FMT.tons }))],
    rows,
    header: 1,
    boldRows,
  };
}
