// Osäkerhet: how sure the plan is. The fan of the drawn emissions with its percentiles at a few
// years, the probability of reaching each target and of exhausting the carbon budget, the ranges
// of investment and NPV, the actions that drive the spread, and the assumptions in plain Swedish.
import { UNCERTAINTY_STATUSES } from '../../../shared/domain/ids';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { milestoneYears } from '../../../shared/report/figures';
import { statusDefaults, UNCERTAINTY_FIELDS } from '../../../shared/uncertainty';
import { TableModelBody } from '../../charts/DataTable';
import type { ChartModel } from '../../charts/model';
import { formatUncertainty } from '../../uncertainty/fields';
import { uncertaintyText } from '../../uncertainty/messages';
import { oddsText } from '../../uncertainty/odds';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead } from '../parts';

export function Uncertainty({ data, images }: { data: ReportData; images: Images }) {
  const result = data.uncertainty;
  if (!result) return null;
  const { plan } = data;
  const odds = oddsText(plan, result, 'sv');
  const gross = data.charts.uncertaintyGross?.model;
  const net = data.charts.uncertaintyNet?.model;
  const drivers = data.charts.drivers?.model;
  const years = milestoneYears(result.years);
  return (
    <>
      <Lead>
        Ingen plan blir genomförd exakt som den är skriven: en idé kanske aldrig blir av, ett beslutat projekt kan bli ett par år försenat och kostnader kan dra
        iväg. Här har scenariot ”{data.scenario.name}” räknats om {formatNumber(result.draws)} gånger med sådana avvikelser lottade för varje åtgärd. Det
        mörkare bandet i diagrammet rymmer 8 av 10 utfall (P10–P90), det ljusare 9 av 10 (P5–P95); medianen är det mittersta utfallet.
      </Lead>
      <ChartBlock model={gross} image={images.uncertaintyGross}>
        {gross && <FanTable model={gross} years={years} caption="Bruttoutsläppens spridning vid utvalda år (ton CO2e)." />}
      </ChartBlock>
      <ChartBlock model={net} image={images.uncertaintyNet}>
        {net && <FanTable model={net} years={years} caption="Nettoutsläppens spridning vid utvalda år (ton CO2e); kolsänkornas upptag är negativt." />}
      </ChartBlock>
      <h2>Sannolikheter</h2>
      <ul className="report-list" data-table="uncertainty-odds">
        {odds.targets.map((line) => (
          <li key={line.id}>
            <strong>{line.probability}</strong> ({line.name}). {line.gap}
          </li>
        ))}
        {odds.budget && (
          <li>
            <strong>{odds.budget.probability}</strong>. {odds.budget.years}
          </li>
        )}
        <li>{odds.capex}</li>
        <li>{odds.npv}</li>
      </ul>
      <ChartBlock model={drivers} image={images.drivers}>
        {drivers && (
          <table className="report-table" data-table="uncertainty-drivers">
            <caption>De åtgärder vars osäkerhet betyder mest för utsläppen {result.drivers.year}, med standardavvikelsen i deras minskning.</caption>
            <TableModelBody table={drivers.table} />
          </table>
        )}
      </ChartBlock>
      <Assumptions data={data} />
    </>
  );
}

/** The fan's percentiles at the chosen years: the same columns as the app's table view. */
function FanTable({ model, years, caption }: { model: ChartModel; years: number[]; caption: string }) {
  const wanted = new Set(years.map(String));
  const table = { ...model.table, rows: model.table.rows.filter((r) => wanted.has(r.header)) };
  return (
    <table className="report-table report-table--years" data-table={`${model.id}-years`}>
      <caption>{caption}</caption>
      <TableModelBody table={table} />
    </table>
  );
}

function Assumptions({ data }: { data: ReportData }) {
  const { plan, calc } = data;
  const result = data.uncertainty!;
  const text = uncertaintyText('sv');
  const included = new Set(calc.actions.filter((a) => a.included).map((a) => a.id));
  const own = plan.actions.filter((a) => included.has(a.id) && a.uncertainty && Object.values(a.uncertainty).some((v) => v !== undefined));
  return (
    <>
      <h2>Antaganden</h2>
      <p>
        Varje åtgärd har fyra osäkerheter: hur stor effekten blir och hur mycket den kostar, båda som ett spann kring det planerade värdet (det planerade är det
        mest troliga utfallet, och ju längre från det, desto ovanligare), hur många år den kan bli försenad utöver scenariots försening (varje antal år från
        noll till det högsta lika troligt), och hur sannolikt det är att den blir av alls. En åtgärd som inte blir av ger varken minskning eller kostnad.
        Besparingar räknas som planerat. Åtgärderna lottas oberoende av varandra, och varje utfall räknas med samma regler som resten av rapporten.
      </p>
      <p>
        {formatNumber(own.length)} av scenariots {formatNumber(included.size)} åtgärder har egna värden; övriga fält tar värdet för åtgärdens status enligt
        tabellen. Slumptalen kommer från generatorn sfc32 med fröet {result.seed}, så samma plan ger alltid samma siffror.
      </p>
      <table className="report-table" data-table="uncertainty-defaults">
        <caption>Osäkerhet per status: faktorer på den planerade effekten och kostnaden, extra försening i år och sannolikheten att åtgärden blir av.</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            {UNCERTAINTY_FIELDS.map((f) => (
              <th key={f} scope="col" className="num">
                {text[`uncertainty.field.${f}`]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {UNCERTAINTY_STATUSES.map((status) => {
            const values = statusDefaults(plan.uncertaintyDefaults, status);
            return (
              <tr key={status}>
                <th scope="row">{labelOf(STATUS_LABELS, status, 'sv')}</th>
                {UNCERTAINTY_FIELDS.map((f) => (
                  <td key={f} className="num">
                    {formatUncertainty(f, values[f], 'sv')}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
