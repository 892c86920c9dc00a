// Jämförelse av scenarier: every scenario of the plan side by side, as net emissions over the
// years and as the figures a council compares (targets, cost, financing).
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { formatNumber } from '../../../shared/format/number';
import { milestoneYears, scenarioFigures } from '../../../shared/report/figures';
import type { Fmt } from '../format';
import type { Images, ReportData, ScenarioCalc } from '../prepare';
import { ChartBlock, Lead, YearTable } from '../parts';

/** At most this many scenarios side by side in one table; more go to a second table. */
const PER_TABLE = 4;

interface Metric {
  label: string;
  value(s: ScenarioCalc): string;
  /** A text, not a number: left aligned and free to wrap. */
  text?: boolean;
}

function metrics(data: ReportData, fmt: Fmt): Metric[] {
  const { plan } = data;
  const rows: Metric[] = [
    {
      label: 'Statusar som ingår',
      value: (s) => s.scenario.includeStatuses.map((x) => labelOf(STATUS_LABELS, x, 'sv')).join(', ') || '–',
      text: true,
    },
    {
      label: 'Förskjutning, effektfaktor, kostnadsfaktor',
      value: (s) => `${s.scenario.delayYears} år, ${formatNumber(s.scenario.effectFactor, 'sv', 2)}, ${formatNumber(s.scenario.costFactor, 'sv', 2)}`,
    },
    { label: 'Åtgärder som ingår', value: (s) => formatNumber(scenarioFigures(s.calc).included) },
  ];
  for (const y of [2030, 2040]) {
    rows.push({
      label: `Nettoutsläpp ${y} (t)`,
      value: (s) => {
        const i = s.calc.years.indexOf(y);
        return i < 0 ? '–' : fmt.tons(s.calc.emissions.net[i]);
      },
    });
  }
  for (const t of [...plan.targets].sort((a, b) => a.year - b.year)) {
    rows.push({ label: `Avstånd till målet: ${t.name} (${t.year}, t)`, value: (s) => fmt.tons(s.calc.targets.find((r) => r.id === t.id)?.gap ?? null) });
  }
  if (plan.carbonBudget) rows.push({ label: 'Koldioxidbudget kvar (t)', value: (s) => fmt.tons(s.calc.carbonBudget?.remaining ?? null) });
  rows.push(
    { label: `Investeringar (${fmt.unit})`, value: (s) => fmt.money(scenarioFigures(s.calc).capexSek) },
    { label: `Nuvärde (${fmt.unit})`, value: (s) => fmt.money(scenarioFigures(s.calc).npvSek) },
    { label: `Säkrad finansiering (${fmt.unit})`, value: (s) => fmt.money(scenarioFigures(s.calc).securedSek) },
    { label: `Finansiering som saknas (${fmt.unit})`, value: (s) => fmt.money(scenarioFigures(s.calc).missingSek) },
  );
  return rows;
}

export function Scenarios({ data, images, fmt }: { data: ReportData; images: Images; fmt: Fmt }) {
  const model = data.charts.comparison?.model;
  const rows = metrics(data, fmt);
  const chunks: ScenarioCalc[][] = [];
  for (let i = 0; i < data.scenarios.length; i += PER_TABLE) chunks.push(data.scenarios.slice(i, i + PER_TABLE));
  return (
    <>
      <Lead>
        Planen har {formatNumber(data.scenarios.length)} scenarier. Rapportens övriga avsnitt visar scenariot ”{data.scenario.name}”, som står först här.
      </Lead>
      <ChartBlock model={model} image={images.comparison}>
        {model && <YearTable model={model} years={milestoneYears(data.calc.years)} caption="Nettoutsläpp per scenario vid utvalda år (ton CO2e)." />}
      </ChartBlock>
      <h2>Scenarierna i siffror</h2>
      {chunks.map((chunk, k) => (
        <table key={k} className="report-table report-table--compare" data-table="scenario-comparison">
          <caption>{k === 0 ? 'Scenarierna jämförda över planperioden.' : 'Fler scenarier.'}</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              {chunk.map((s) => (
                <th key={s.scenario.id} scope="col" className="num">
                  {s.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.label}>
                <th scope="row">{m.label}</th>
                {chunk.map((s) => (
                  <td key={s.scenario.id} className={m.text ? undefined : 'num'}>
                    {m.value(s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
