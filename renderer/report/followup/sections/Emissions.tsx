// Utsläpp, bana och takt mot målen: the observed emissions against the adopted trajectory and the
// target path, and per target ahead the pace needed against the pace observed.
import { paceSentence, targetOf } from '../../../../shared/followup';
import { labelOf, SCOPE_LABELS } from '../../../../shared/i18n/labels';
import { targetScope } from '../../../../shared/calc/targets';
import { ChartBlock, Lead, YearTable } from '../../parts';
import type { Fmt } from '../../format';
import type { FollowUpData } from '../prepare';
import type { FollowUpImages } from '.';

export function Emissions({ data, images, fmt }: { data: FollowUpData; images: FollowUpImages; fmt: Fmt }) {
  const { reference, result, observed } = data;
  const model = data.charts.emissions.model;
  const shown = [...new Set([...observed.years.filter((y) => y >= result.emissions.years[0]).slice(-6), 2030, 2040, reference.plan.plan.endYear])].sort(
    (a, b) => a - b,
  );
  return (
    <>
      <Lead>
        Kommunens observerade utsläpp (brutto, utan kolsänkor) jämförs med den antagna utsläppsbanan, målbanan och den takt som krävs från det senast
        observerade året till varje mål. Ett år räknas bara när alla sektorer med observationer har ett värde det året.
      </Lead>
      <ChartBlock model={model} image={images.emissions}>
        <YearTable model={model} years={shown} caption="Utsläpp vissa år (ton CO2e)" />
      </ChartBlock>
      <h2>Takt mot målen</h2>
      {result.targets.length === 0 ? (
        <p className="report-empty">Referensen har inga mål efter det senast observerade året.</p>
      ) : (
        <>
          <table className="report-table" data-table="followup-pace">
            <caption>Årlig minskning som krävs och som har observerats</caption>
            <thead>
              <tr>
                <th scope="col">Mål</th>
                <th scope="col">Omfattning</th>
                <th scope="col" className="num">
                  Målnivå (t)
                </th>
                <th scope="col" className="num">
                  Senast observerat
                </th>
                <th scope="col" className="num">
                  Krävd takt per år
                </th>
                <th scope="col" className="num">
                  Observerad takt per år
                </th>
              </tr>
            </thead>
            <tbody>
              {result.targets.map((p) => {
                const t = targetOf(reference.plan, p);
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.year} {t?.name ?? p.id}
                    </th>
                    <td>{t ? labelOf(SCOPE_LABELS, targetScope(t), 'sv') : '–'}</td>
                    <td className="num">{fmt.tons(p.level)}</td>
                    <td className="num">{p.lastObservedYear === null ? '–' : `${fmt.tons(p.observed)} (${p.lastObservedYear})`}</td>
                    <td className="num">{fmt.percent(p.requiredPace)}</td>
                    <td className="num">{fmt.percent(p.observedPace)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ul className="report-list">
            {result.targets.map((p) => (
              <li key={p.id}>{paceSentence(p, targetOf(reference.plan, p), observed, 'sv')}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
