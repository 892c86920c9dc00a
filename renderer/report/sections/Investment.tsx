// Investeringar per år och kostnadsbärare: who pays, year by year. Most of a territory's climate
// investment falls outside the municipal budget, and councils ask how much of it is theirs.
import { COST_BEARERS } from '../../../shared/domain/ids';
import { COST_BEARER_LABELS, labelOf } from '../../../shared/i18n/labels';
import { costsByBearer } from '../../charts/models/aggregates';
import type { Fmt } from '../format';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead } from '../parts';

export function Investment({ data, images, fmt }: { data: ReportData; images: Images; fmt: Fmt }) {
  const { plan, calc } = data;
  const byBearer = costsByBearer(plan, calc);
  const bearers = COST_BEARERS.filter((b) => byBearer[b].capex.some((v) => v !== 0));
  const years = calc.years.map((y, i) => ({ y, i })).filter(({ i }) => bearers.some((b) => byBearer[b].capex[i] !== 0));
  const total = (i: number) => bearers.reduce((s, b) => s + byBearer[b].capex[i], 0);
  const model = data.charts.investment?.model;
  return (
    <>
      <Lead>
        Diagrammet visar scenariots kostnader per år (investeringar och drift) fördelade på vem som bär dem, med besparingarna under noll. Tabellen visar
        investeringarna per år och kostnadsbärare i {fmt.unit}, med scenariots kostnadsfaktor och justeringar per år.
      </Lead>
      <ChartBlock model={model} image={images.investment} />
      {years.length === 0 ? (
        <p className="report-empty">Scenariots åtgärder har inga investeringar under planperioden.</p>
      ) : (
        <table className="report-table" data-table="investment">
          <caption>Investeringar per år och kostnadsbärare ({fmt.unit}). År utan investeringar visas inte.</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              {bearers.map((b) => (
                <th key={b} scope="col" className="num">
                  {labelOf(COST_BEARER_LABELS, b, 'sv')}
                </th>
              ))}
              <th scope="col" className="num">
                Summa
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ y, i }) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                {bearers.map((b) => (
                  <td key={b} className="num">
                    {fmt.money(byBearer[b].capex[i])}
                  </td>
                ))}
                <td className="num">{fmt.money(total(i))}</td>
              </tr>
            ))}
            <tr className="report-row--total">
              <th scope="row">Summa</th>
              {bearers.map((b) => (
                <td key={b} className="num">
                  {fmt.money(byBearer[b].capex.reduce((s, v) => s + v, 0))}
                </td>
              ))}
              <td className="num">{fmt.money(calc.costs.capex.reduce((s, v) => s + v, 0))}</td>
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
