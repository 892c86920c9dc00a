// Sammanfattning: whose plan, which scenario, and the figures a council asks for first — the
// targets and their gaps, the carbon budget, total investment, net present value, financing
// secured and missing — then a guide to the other sheets.
import { formatNumber } from '../../../shared/format/number';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { bold, FMT, localDate, type OutCell, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEET_GUIDE } from './names';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function summarySheet(x: ExportContext): SheetModel {
  const { plan, calc, years } = x;
  const p = plan.plan;
  const unit = MONEY_UNIT_LABELS[p.moneyUnit].sv;
  const period = `${years[0]}–${years[years.length - 1]}`;
  const rows: OutCell[][] = [];
  const boldRows: number[] = [];
  const heading = (text: string) => {
    rows.push([]);
    rows.push([bold(text)]);
    boldRows.push(rows.length);
  };
  const money = (sek: number): OutCell => ({ v: x.money(sek), fmt: x.moneyFmt });
  const tons = (t: number | null): OutCell => (t === null ? null : { v: t, fmt: FMT.tons });

  rows.push([bold(p.title || `Klimatinvesteringsplan ${p.municipality}`)]);
  boldRows.push(1);
  rows.push(['Kommun', `${p.municipality} (${p.municipalityCode})`]);
  rows.push(['Planperiod', period]);
  rows.push(['Scenario', x.fallbackScenario ? `${x.scenario.name} (planen har inga scenarier)` : x.scenario.name]);
  rows.push(['Prisbasår', { v: p.priceBaseYear, fmt: FMT.year }]);
  rows.push(['Diskonteringsränta', { v: p.discountRate, fmt: FMT.percent }]);
  rows.push(['Koldioxidvärde (kr/t)', { v: p.carbonValueSekPerTon, fmt: FMT.int }]);
  rows.push(['Belopp anges i', unit]);
  rows.push(['Exporterad', localDate(x.exportedAt)]);

  heading('Ekonomi och finansiering');
  const included = calc.actions.filter((a) => a.included);
  rows.push(['Åtgärder i scenariot', { v: included.length, fmt: FMT.int }, `av ${formatNumber(plan.actions.length)}`]);
  rows.push([`Total investering ${period} (${unit})`, money(sum(calc.costs.capex))]);
  rows.push([`Total driftkostnad ${period} (${unit})`, money(sum(calc.costs.opex))]);
  rows.push([`Nuvärde (${unit})`, money(sum(included.map((a) => a.npvSek)))]);
  rows.push([`Säkrad finansiering ${period} (${unit})`, money(sum(calc.financing.secured))]);
  rows.push([`Finansiering som saknas ${period} (${unit}, summan av årens underskott)`, money(sum(calc.financing.gap.map((g) => Math.max(0, g))))]);

  heading('Mål');
  rows.push([bold('Mål'), bold('År'), bold('Målnivå (t)'), bold('Scenario (t)'), bold('Avstånd till målet (t)'), bold('Uppfyllt')]);
  for (const t of plan.targets) {
    const r = calc.targets.find((c) => c.id === t.id);
    rows.push([
      t.name || t.id,
      { v: t.year, fmt: FMT.year },
      tons(r?.level ?? null),
      tons(r?.scenario ?? null),
      tons(r?.gap ?? null),
      r?.met === null || !r ? 'Utanför planperioden' : r.met ? 'Ja' : 'Nej',
    ]);
  }
  if (!plan.targets.length) rows.push(['Planen har inga mål.']);

  heading('Koldioxidbudget');
  const b = calc.carbonBudget;
  if (b && plan.carbonBudget) {
    rows.push([`Budget från ${plan.carbonBudget.fromYear} (t)`, tons(b.tonsCo2e)]);
    rows.push([`Utsläpp ${plan.carbonBudget.fromYear}–${years[years.length - 1]} i scenariot (t)`, tons(b.cumulative)]);
    rows.push(['Kvar av budgeten (t)', tons(b.remaining)]);
    rows.push(['Budgeten tar slut år', b.exhaustedYear === null ? 'Räcker planperioden ut' : { v: b.exhaustedYear, fmt: FMT.year }]);
  } else rows.push(['Planen har ingen koldioxidbudget.']);

  heading('Bladen i arbetsboken');
  for (const [name, what] of SHEET_GUIDE) rows.push([name, what]);

  return { name: 'Sammanfattning', columns: [{ width: 58 }, { width: 22 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 20 }], rows, boldRows };
}
