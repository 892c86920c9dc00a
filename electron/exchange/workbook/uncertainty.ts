// Osäkerhet (when asked for): the percentiles of gross and net emissions per year from the
// scenario's uncertainty draws, the probability of reaching each target, the carbon budget, the
// ranges of investment and NPV, and the actions that drive the spread — the numbers of
// `klimat uncertainty` with the same draws and seed.
import type { UncertaintyOptions, UncertaintyResult } from '../../../shared/uncertainty';
import { UncertaintySimulation } from '../../../shared/uncertainty';
import type { Plan } from '../../../shared/domain/types';
import { labelOf, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { bold, FMT, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

const PERCENTILES = [
  ['p5', 'P5'],
  ['p10', 'P10'],
  ['p50', 'Median (P50)'],
  ['p90', 'P90'],
  ['p95', 'P95'],
  ['mean', 'Medelvärde'],
] as const;

/** Draws between two reports of progress (each gives way to a cancel). */
const STEP = 50;

/** The scenario's uncertainty, drawn a step at a time so that the export can show progress and be cancelled. */
export async function exportUncertainty(
  plan: Plan,
  scenarioId: string,
  options: UncertaintyOptions,
  progress?: (done: number, total: number) => Promise<void>,
): Promise<UncertaintyResult> {
  const simulation = new UncertaintySimulation(plan, scenarioId, options);
  while (!simulation.finished) {
    simulation.run(STEP);
    await progress?.(simulation.completed, simulation.draws);
  }
  return simulation.result();
}

export function uncertaintySheet(x: ExportContext, result: UncertaintyResult): SheetModel {
  const { years } = result;
  const tons = (v: number | null): OutCell => (v === null ? null : { v, fmt: FMT.tons });
  const money = (sek: number): OutCell => ({ v: x.money(sek), fmt: x.moneyFmt });
  const unit = labelOf(MONEY_UNIT_LABELS, x.plan.plan.moneyUnit, 'sv');
  const rows: OutCell[][] = [
    [
      `Osäkerhet i scenariot ${x.scenario.name}: ${result.draws} dragningar med fröet ${result.seed}, samma som klimat uncertainty --draws ${result.draws} --seed ${result.seed}.`,
    ],
    [],
    ['Utsläpp (t CO2e)', 'Percentil', ...years],
  ];
  const boldRows: number[] = [3];
  for (const [scope, label] of [
    ['gross', 'Brutto (utan kolsänkor)'],
    ['net', 'Netto (med kolsänkor)'],
  ] as const) {
    for (const [key, name] of PERCENTILES) rows.push([label, name, ...result[scope][key].map((v) => tons(v))]);
  }
  rows.push([]);
  rows.push(['Mål', 'År', 'Sannolikhet att nå målet', 'Gap P10 (t)', 'Gap median (t)', 'Gap P90 (t)']);
  boldRows.push(rows.length);
  const names = new Map(x.plan.targets.map((t) => [t.id, t.name || t.id]));
  for (const t of result.targets) {
    rows.push([
      names.get(t.id) ?? t.id,
      t.year,
      t.probabilityMet === null ? 'Utanför planperioden' : { v: t.probabilityMet, fmt: FMT.percent },
      tons(t.gap?.p10 ?? null),
      tons(t.gap?.p50 ?? null),
      tons(t.gap?.p90 ?? null),
    ]);
  }
  rows.push([]);
  rows.push(['', '', 'P10', 'Median', 'P90', 'Medelvärde']);
  boldRows.push(rows.length);
  rows.push([`Investeringar (${unit})`, '', ...[result.capexSek.p10, result.capexSek.p50, result.capexSek.p90, result.capexSek.mean].map(money)]);
  rows.push([`Nuvärde av nettokostnaderna (${unit})`, '', ...[result.npvSek.p10, result.npvSek.p50, result.npvSek.p90, result.npvSek.mean].map(money)]);
  const budget = result.carbonBudget;
  if (budget) {
    const year = (y: number | null): OutCell => y ?? 'Räcker';
    rows.push([
      'Koldioxidbudgeten tar slut (år)',
      { v: budget.probabilityExhausted, fmt: FMT.percent },
      year(budget.exhaustedYear.p10),
      year(budget.exhaustedYear.p50),
      year(budget.exhaustedYear.p90),
    ]);
    rows.push(['(kolumn B: sannolikheten att den tar slut inom planperioden)']);
  }
  rows.push([]);
  rows.push([bold(`Åtgärder som driver osäkerheten ${result.drivers.year}`), 'Andel', 'Varians (t²)']);
  boldRows.push(rows.length);
  const actions = new Map(x.plan.actions.map((a) => [a.id, `${a.code} ${a.name}`.trim()]));
  for (const d of result.drivers.actions) {
    if (d.share <= 0) continue;
    rows.push([actions.get(d.actionId) ?? d.actionId, { v: d.share, fmt: FMT.percent }, { v: d.variance, fmt: FMT.int }]);
  }
  return {
    name: SHEETS.uncertainty,
    columns: [{ width: 44 }, { width: 16 }, ...years.map(() => ({ width: 11 }))],
    rows,
    header: 3,
    boldRows,
  };
}
