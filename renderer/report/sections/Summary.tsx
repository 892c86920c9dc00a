// Sammanfattning: what the council asks first. Do we reach the 2030 and 2040 targets and by how
// much do we miss them, what is left of the carbon budget, what does the portfolio cost, what
// is its net present value, and how much of the money is secured.
import { labelOf, SCOPE_LABELS, STATUS_LABELS, TARGET_KIND_LABELS } from '../../../shared/i18n/labels';
import { formatNumber } from '../../../shared/format/number';
import { scenarioFigures } from '../../../shared/report/figures';
import type { Target } from '../../../shared/domain/types';
import type { TargetResult } from '../../../shared/calc';
import type { ReportData } from '../prepare';
import type { Fmt } from '../format';
import { Lead } from '../parts';

interface TargetRow {
  target: Target;
  result: TargetResult;
}

function targetRows(data: ReportData): TargetRow[] {
  return data.plan.targets
    .map((target) => ({ target, result: data.calc.targets.find((r) => r.id === target.id) }))
    .filter((r): r is TargetRow => !!r.result)
    .sort((a, b) => a.target.year - b.target.year);
}

function verdict(r: TargetResult): string {
  if (r.met === null) return 'Utanför planperioden';
  return r.met ? 'Ja' : 'Nej';
}

export function Summary({ data, fmt }: { data: ReportData; fmt: Fmt }) {
  const { plan, calc, scenario } = data;
  const f = scenarioFigures(calc);
  const rows = targetRows(data);
  const period = `${calc.years[0]}–${calc.years[calc.years.length - 1]}`;
  const statuses = scenario.includeStatuses.map((s) => labelOf(STATUS_LABELS, s, 'sv').toLocaleLowerCase('sv')).join(', ');
  const budget = calc.carbonBudget;
  return (
    <>
      <Lead>
        Rapporten visar scenariot ”{scenario.name}”. I det ingår {formatNumber(f.included)} av planens {formatNumber(plan.actions.length)} åtgärder
        {statuses ? ` (åtgärder med status ${statuses})` : ''}. Utsläpp anges i ton koldioxidekvivalenter och belopp i {fmt.unit}, i {plan.plan.priceBaseYear}{' '}
        års priser.
      </Lead>
      <dl className="report-kpis">
        {[2030, 2040].map((year) => (
          <GapFigure key={year} year={year} row={rows.find((r) => r.target.year === year)} fmt={fmt} />
        ))}
        <div className="report-kpi">
          <dt>Koldioxidbudget kvar {calc.years[calc.years.length - 1]}</dt>
          {budget ? (
            <>
              <dd className={budget.remaining < 0 ? 'report-kpi__value report-kpi__value--missed' : 'report-kpi__value'}>{fmt.tonsUnit(budget.remaining)}</dd>
              <dd className="report-kpi__detail">
                {budget.exhaustedYear === null
                  ? 'Budgeten räcker planperioden ut.'
                  : `Budgeten tar slut ${budget.exhaustedYear}${budget.remaining < 0 ? ' och överskrids' : ''}.`}
              </dd>
            </>
          ) : (
            <dd className="report-kpi__detail">Planen har ingen koldioxidbudget.</dd>
          )}
        </div>
        <div className="report-kpi">
          <dt>Investeringar {period}</dt>
          <dd className="report-kpi__value">{fmt.headline(f.capexSek)}</dd>
          <dd className="report-kpi__detail">Nuvärde: {fmt.headline(f.npvSek)}</dd>
        </div>
        <div className="report-kpi">
          <dt>Säkrad finansiering</dt>
          <dd className="report-kpi__value">{fmt.headline(f.securedSek)}</dd>
          <dd className="report-kpi__detail">
            av kostnaden {fmt.headline(f.costSek)} ({f.costSek > 0 ? fmt.percent(f.securedSek / f.costSek) : '–'})
          </dd>
        </div>
        <div className="report-kpi">
          <dt>Finansiering som saknas</dt>
          <dd className="report-kpi__value">{fmt.headline(f.missingSek)}</dd>
          <dd className="report-kpi__detail">summan av årens underskott</dd>
        </div>
      </dl>

      <h2>Mål och avstånd till målen</h2>
      {rows.length === 0 ? (
        <p className="report-empty">Planen har inga mål.</p>
      ) : (
        <table className="report-table" data-table="targets">
          <caption>Målen och scenariots utsläpp målåret (ton CO2e). Ett positivt avstånd är det som återstår att minska.</caption>
          <thead>
            <tr>
              <th scope="col">Mål</th>
              <th scope="col" className="num">
                År
              </th>
              <th scope="col">Omfattning</th>
              <th scope="col" className="num">
                Målnivå
              </th>
              <th scope="col" className="num">
                Scenariot
              </th>
              <th scope="col" className="num">
                Avstånd till målet
              </th>
              <th scope="col">Nås</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ target, result }) => (
              <tr key={target.id} data-target={target.id}>
                <th scope="row">
                  {target.name}
                  <span className="report-muted"> · {labelOf(TARGET_KIND_LABELS, target.kind, 'sv')}</span>
                </th>
                <td className="num">{target.year}</td>
                <td>{labelOf(SCOPE_LABELS, target.scope, 'sv')}</td>
                <td className="num">{fmt.tons(result.level)}</td>
                <td className="num">{fmt.tons(result.scenario)}</td>
                <td className="num" data-gap={target.year}>
                  {fmt.tons(result.gap)}
                </td>
                <td>{verdict(result)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Koldioxidbudget</h2>
      {budget && plan.carbonBudget ? (
        <table className="report-table report-table--pairs">
          <tbody>
            <tr>
              <th scope="row">
                Budget från {plan.carbonBudget.fromYear} (
                {plan.carbonBudget.scope === 'gross' ? 'bruttoutsläpp, utan kolsänkor' : 'nettoutsläpp, med kolsänkor'})
              </th>
              <td className="num">{fmt.tonsUnit(budget.tonsCo2e)}</td>
            </tr>
            <tr>
              <th scope="row">
                Scenariots utsläpp {plan.carbonBudget.fromYear}–{calc.years[calc.years.length - 1]}
              </th>
              <td className="num">{fmt.tonsUnit(budget.cumulative)}</td>
            </tr>
            <tr>
              <th scope="row">Kvar av budgeten</th>
              <td className="num">{fmt.tonsUnit(budget.remaining)}</td>
            </tr>
            <tr>
              <th scope="row">Budgeten tar slut</th>
              <td className="num">{budget.exhaustedYear ?? 'räcker planperioden ut'}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="report-empty">Planen har ingen koldioxidbudget.</p>
      )}

      <h2>Ekonomi och finansiering {period}</h2>
      <table className="report-table report-table--pairs">
        <caption>
          Scenariots åtgärder, i {fmt.unit} ({plan.plan.priceBaseYear} års priser).
        </caption>
        <tbody>
          <Pair label="Investeringar" value={fmt.money(f.capexSek)} />
          <Pair label="Driftkostnader" value={fmt.money(f.opexSek)} />
          <Pair label="Besparingar" value={fmt.money(f.savingsSek)} />
          <Pair label="Nettokostnad (investeringar + drift − besparingar)" value={fmt.money(f.netSek)} />
          <Pair label={`Nuvärde (diskonteringsränta ${fmt.percent(plan.plan.discountRate)})`} value={fmt.money(f.npvSek)} />
          <Pair
            label={`Samhällsekonomiskt nuvärde (med koldioxidvärdet ${formatNumber(plan.plan.carbonValueSekPerTon)} kr/t och värderade nyttor)`}
            value={fmt.money(f.societalNpvSek)}
          />
          <Pair label="Säkrad finansiering" value={fmt.money(f.securedSek)} />
          <Pair label="Sökt finansiering" value={fmt.money(f.appliedSek)} />
          <Pair label="Möjlig finansiering" value={fmt.money(f.potentialSek)} />
          <Pair label="Finansiering som saknas (summan av årens underskott mot säkrad finansiering)" value={fmt.money(f.missingSek)} />
        </tbody>
      </table>
    </>
  );
}

function Pair({ label, value }: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{value}</td>
    </tr>
  );
}

function GapFigure({ year, row, fmt }: { year: number; row: TargetRow | undefined; fmt: Fmt }) {
  const gap = row?.result.gap ?? null;
  return (
    <div className="report-kpi">
      <dt>Avstånd till målet {year}</dt>
      {!row || gap === null ? (
        <dd className="report-kpi__detail">Planen har inget mål för {year} inom planperioden.</dd>
      ) : gap <= 0 ? (
        <>
          <dd className="report-kpi__value report-kpi__value--met">Målet nås</dd>
          <dd className="report-kpi__detail">
            {row.target.name}: {fmt.tonsUnit(-gap)} under målnivån.
          </dd>
        </>
      ) : (
        <>
          <dd className="report-kpi__value report-kpi__value--missed">{fmt.tonsUnit(gap)}</dd>
          <dd className="report-kpi__detail">{row.target.name}: återstår att minska.</dd>
        </>
      )}
    </div>
  );
}
