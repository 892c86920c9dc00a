// Finansiering: per source, the money in each year (or five-year period when there are many
// years); per year, what the scenario costs, what is secured, applied for and possible, and the gap.
import { labelOf, SOURCE_KIND_LABELS } from '../../../shared/i18n/labels';
import { columnSum, scenarioFigures, yearColumns } from '../../../shared/report/figures';
import type { Fmt } from '../format';
import type { ReportData } from '../prepare';
import { Lead } from '../parts';

export function Financing({ data, fmt }: { data: ReportData; fmt: Fmt }) {
  const { plan, calc } = data;
  const f = calc.financing;
  const rows = calc.years.map((y, i) => ({ y, i })).filter(({ i }) => [f.cost, f.secured, f.applied, f.potential].some((s) => s[i] !== 0));
  const sources = plan.financingSources.map((s) => ({ source: s, series: f.bySource[s.id] ?? [] }));
  const columns = yearColumns(
    calc.years,
    sources.map((s) => s.series),
  );
  const totals = scenarioFigures(calc);
  return (
    <>
      <Lead>
        Kostnaden är scenariots investeringar och driftkostnader. Finansiering som saknas är kostnaden minus den säkrade finansieringen; ett negativt belopp är
        ett överskott det året. Finansiering som saknas över hela perioden är {fmt.moneyUnit(totals.missingSek)}.
      </Lead>
      <h2>Per finansieringskälla</h2>
      {sources.length === 0 || columns.length === 0 ? (
        <p className="report-empty">Planen har ingen finansiering som räknas i scenariot.</p>
      ) : (
        <table className="report-table" data-table="financing-sources">
          <caption>Finansiering per källa och år ({fmt.unit}), alla statusar: säkrad, sökt och möjlig.</caption>
          <thead>
            <tr>
              <th scope="col">Källa</th>
              {columns.map((c) => (
                <th key={c.label} scope="col" className="num">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="num">
                Summa
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map(({ source, series }) => (
              <tr key={source.id}>
                <th scope="row">
                  {source.name}
                  <span className="report-owner">{labelOf(SOURCE_KIND_LABELS, source.kind, 'sv')}</span>
                </th>
                {columns.map((c) => (
                  <td key={c.label} className="num">
                    {fmt.money(columnSum(series, c))}
                  </td>
                ))}
                <td className="num">{fmt.money(series.reduce((s, v) => s + v, 0))}</td>
              </tr>
            ))}
            <tr className="report-row--total">
              <th scope="row">Summa</th>
              {columns.map((c) => (
                <td key={c.label} className="num">
                  {fmt.money(sources.reduce((sum, s) => sum + columnSum(s.series, c), 0))}
                </td>
              ))}
              <td className="num">{fmt.money(sources.reduce((sum, s) => sum + s.series.reduce((a, v) => a + v, 0), 0))}</td>
            </tr>
          </tbody>
        </table>
      )}
      <h2>Per år</h2>
      {rows.length === 0 ? (
        <p className="report-empty">Scenariot har varken kostnader eller finansiering under planperioden.</p>
      ) : (
        <table className="report-table" data-table="financing-years">
          <caption>Kostnad, finansiering och finansiering som saknas per år ({fmt.unit}). År utan belopp visas inte.</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col" className="num">
                Kostnad
              </th>
              <th scope="col" className="num">
                Säkrad
              </th>
              <th scope="col" className="num">
                Sökt
              </th>
              <th scope="col" className="num">
                Möjlig
              </th>
              <th scope="col" className="num">
                Saknas
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ y, i }) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{fmt.money(f.cost[i])}</td>
                <td className="num">{fmt.money(f.secured[i])}</td>
                <td className="num">{fmt.money(f.applied[i])}</td>
                <td className="num">{fmt.money(f.potential[i])}</td>
                <td className="num">{fmt.money(f.gap[i])}</td>
              </tr>
            ))}
            <tr className="report-row--total">
              <th scope="row">Summa</th>
              <td className="num">{fmt.money(totals.costSek)}</td>
              <td className="num">{fmt.money(totals.securedSek)}</td>
              <td className="num">{fmt.money(totals.appliedSek)}</td>
              <td className="num">{fmt.money(totals.potentialSek)}</td>
              <td className="num">{fmt.money(f.gap.reduce((s, v) => s + v, 0))}</td>
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
