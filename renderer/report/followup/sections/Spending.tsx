// Investeringar och drift mot plan: per year (chart and table), per nämnd, and per action.
import { actionName } from '../../../../shared/followup';
import { ChartBlock, Lead } from '../../parts';
import type { Fmt } from '../../format';
import type { FollowUpData } from '../prepare';
import type { FollowUpImages } from '.';

const dash = (v: number | null, f: (x: number) => string) => (v === null ? '–' : f(v));

export function Spending({ data, images, fmt }: { data: FollowUpData; images: FollowUpImages; fmt: Fmt }) {
  const { plan, result } = data;
  const { totals } = result;
  const last = Math.max(result.year, data.followUp.currentYear);
  const years = totals.years
    .map((y, i) => ({ y, i }))
    .filter(
      ({ y, i }) =>
        y <= last && (totals.capex.planned[i] !== 0 || totals.opex.planned[i] !== 0 || totals.capex.actual[i] !== null || totals.opex.actual[i] !== null),
    );
  const byOwner = new Map<string, { planned: number; actual: number | null; opexPlanned: number; opexActual: number | null }>();
  plan.actions.forEach((a, k) => {
    const f = result.actions[k];
    const owner = a.owner.trim() || 'Ingen ansvarig angiven';
    const o = byOwner.get(owner) ?? { planned: 0, actual: null, opexPlanned: 0, opexActual: null };
    o.planned += f.capex.planned;
    o.opexPlanned += f.opex.planned;
    if (f.capex.actual !== null) o.actual = (o.actual ?? 0) + f.capex.actual;
    if (f.opex.actual !== null) o.opexActual = (o.opexActual ?? 0) + f.opex.actual;
    byOwner.set(owner, o);
  });
  const owners = [...byOwner]
    .filter(([, o]) => o.planned || o.actual !== null || o.opexPlanned || o.opexActual !== null)
    .sort(([a], [b]) => a.localeCompare(b, 'sv'));
  const actions = plan.actions
    .map((a, k) => ({ a, f: result.actions[k] }))
    .filter(({ f }) => f.capex.planned || f.capex.actual !== null || f.opex.planned || f.opex.actual !== null || f.effect.actual !== null);
  return (
    <>
      <Lead>
        Planerade och rapporterade investeringar och driftkostnader år för år, per ansvarig nämnd eller bolag och per åtgärd, t.o.m. {result.year}. Avvikelse är
        utfall minus plan; ett tomt utfall betyder att inget har rapporterats. Belopp i {fmt.unit}.
      </Lead>
      <ChartBlock model={data.charts.spending.model} image={images.spending} />
      <table className="report-table" data-table="followup-years">
        <caption>Investeringar och drift per år ({fmt.unit})</caption>
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col" className="num">
              Investeringar, plan
            </th>
            <th scope="col" className="num">
              Investeringar, utfall
            </th>
            <th scope="col" className="num">
              Drift, plan
            </th>
            <th scope="col" className="num">
              Drift, utfall
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map(({ y, i }) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td className="num">{fmt.money(totals.capex.planned[i])}</td>
              <td className="num">{dash(totals.capex.actual[i], fmt.money)}</td>
              <td className="num">{fmt.money(totals.opex.planned[i])}</td>
              <td className="num">{dash(totals.opex.actual[i], fmt.money)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Per nämnd och bolag</h2>
      <table className="report-table" data-table="followup-owners">
        <caption>
          Plan och utfall t.o.m. {result.year} per ansvarig ({fmt.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">Ansvarig</th>
            <th scope="col" className="num">
              Investering, plan
            </th>
            <th scope="col" className="num">
              Investering, utfall
            </th>
            <th scope="col" className="num">
              Avvikelse
            </th>
            <th scope="col" className="num">
              Drift, plan
            </th>
            <th scope="col" className="num">
              Drift, utfall
            </th>
          </tr>
        </thead>
        <tbody>
          {owners.map(([owner, o]) => (
            <tr key={owner}>
              <th scope="row">{owner}</th>
              <td className="num">{fmt.money(o.planned)}</td>
              <td className="num">{dash(o.actual, fmt.money)}</td>
              <td className="num">{o.actual === null ? '–' : fmt.money(o.actual - o.planned)}</td>
              <td className="num">{fmt.money(o.opexPlanned)}</td>
              <td className="num">{dash(o.opexActual, fmt.money)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Per åtgärd</h2>
      <table className="report-table report-table--compact" data-table="followup-actions">
        <caption>
          Plan och utfall t.o.m. {result.year} per åtgärd ({fmt.unit}; effekt i ton CO2e). Åtgärder utan plan och utfall under perioden visas inte.
        </caption>
        <thead>
          <tr>
            <th scope="col">Åtgärd</th>
            <th scope="col" className="num">
              Investering, plan
            </th>
            <th scope="col" className="num">
              Investering, utfall
            </th>
            <th scope="col" className="num">
              Avvikelse
            </th>
            <th scope="col" className="num">
              Drift, plan
            </th>
            <th scope="col" className="num">
              Drift, utfall
            </th>
            <th scope="col" className="num">
              Effekt, plan
            </th>
            <th scope="col" className="num">
              Effekt, utfall
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map(({ a, f }) => (
            <tr key={a.id}>
              <th scope="row">{actionName(a)}</th>
              <td className="num">{fmt.money(f.capex.planned)}</td>
              <td className="num">{dash(f.capex.actual, fmt.money)}</td>
              <td className="num">{dash(f.capex.deviation, fmt.money)}</td>
              <td className="num">{fmt.money(f.opex.planned)}</td>
              <td className="num">{dash(f.opex.actual, fmt.money)}</td>
              <td className="num">{fmt.tons(f.effect.planned)}</td>
              <td className="num">{dash(f.effect.actual, (v) => fmt.tons(v))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
