// Mål: each target with its level, the scenario's emissions in its year and the gap; then the
// carbon budget.
import { SCOPE_LABELS, TARGET_KIND_LABELS } from '../../../shared/i18n/labels';
import { bold, FMT, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

export function targetsSheet(x: ExportContext): SheetModel {
  const { plan, calc } = x;
  const rows: OutCell[][] = [
    ['Mål', 'År', 'Omfattning', 'Typ', 'Minskning', 'Referensår', 'Referensutsläpp (t)', 'Målnivå (t)', `Scenario (t)`, 'Avstånd till målet (t)', 'Uppfyllt'],
  ];
  const tons = (v: number | null | undefined): OutCell => (v === null || v === undefined ? null : { v, fmt: FMT.tons });
  for (const t of plan.targets) {
    const r = calc.targets.find((c) => c.id === t.id);
    rows.push([
      t.name || t.id,
      t.year,
      SCOPE_LABELS[t.scope].sv,
      TARGET_KIND_LABELS[t.kind].sv,
      t.reduction === undefined ? null : { v: t.reduction, fmt: FMT.percent },
      t.referenceYear ?? null,
      tons(t.referenceTonsCo2e ?? t.tonsCo2e),
      tons(r?.level),
      tons(r?.scenario),
      tons(r?.gap),
      !r || r.met === null ? 'Utanför planperioden' : r.met ? 'Ja' : 'Nej',
    ]);
  }
  const boldRows: number[] = [];
  rows.push([]);
  rows.push([bold('Koldioxidbudget')]);
  boldRows.push(rows.length);
  const b = plan.carbonBudget;
  const r = calc.carbonBudget;
  if (b && r) {
    rows.push(['Från år', 'Omfattning', 'Budget (t)', `Utsläpp till ${x.years[x.years.length - 1]} (t)`, 'Kvar (t)', 'Tar slut år']);
    boldRows.push(rows.length);
    rows.push([b.fromYear, SCOPE_LABELS[b.scope].sv, tons(r.tonsCo2e), tons(r.cumulative), tons(r.remaining), r.exhaustedYear ?? 'Räcker planperioden ut']);
  } else rows.push(['Planen har ingen koldioxidbudget.']);
  rows.push([]);
  rows.push([`Scenario: ${x.scenario.name}. Avstånd till målet = scenariots utsläpp − målnivån; negativt betyder att målet nås med marginal.`]);
  return {
    name: SHEETS.targets,
    columns: [
      { width: 42 },
      { width: 8, fmt: FMT.year },
      { width: 24 },
      { width: 14 },
      { width: 11 },
      { width: 11, fmt: FMT.year },
      { width: 18 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 20 },
    ],
    rows,
    header: 1,
    boldRows,
  };
}
