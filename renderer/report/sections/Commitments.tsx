// Klimatkontraktets åtaganden: the ten joint commitments in the document's order, each with the
// level the municipality has chosen, what that level asks, and the actions that serve it.
import { COMMITMENT_IDS } from '../../../shared/domain/ids';
import { formatNumber } from '../../../shared/format/number';
import { COMMITMENT_LABELS, LEVEL_LABELS, labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { COMMITMENT_LEVELS_ASK, LEVEL_MEANING } from '../../../shared/reference/commitment-levels';
import { commitmentTotals, linkedActionFigures } from '../../charts/models/aggregates';
import type { Fmt } from '../format';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead } from '../parts';

export function Commitments({ data, images, fmt }: { data: ReportData; images: Images; fmt: Fmt }) {
  const { plan, calc, focusYear } = data;
  const totals = commitmentTotals(plan, linkedActionFigures(plan, calc, focusYear));
  const chosen = new Map(plan.commitments.map((c) => [c.id, c.level]));
  const model = data.charts.commitments?.model;
  return (
    <>
      <Lead>
        Kommunen har valt nivå för {formatNumber(chosen.size)} av Klimatkontraktets tio gemensamma åtaganden. Tabellen visar de kopplade åtgärderna; minskning
        och investeringar räknar bara de som ingår i scenariot, och en åtgärd som tjänar två åtaganden räknas i båda.
      </Lead>
      <table className="report-table" data-table="commitments">
        <caption>Åtagandena, vald nivå och kopplade åtgärder.</caption>
        <thead>
          <tr>
            <th scope="col">Åtagande</th>
            <th scope="col">Nivå</th>
            <th scope="col" className="num">
              Åtgärder
            </th>
            <th scope="col" className="num">
              Minskning {focusYear} (t)
            </th>
            <th scope="col" className="num">
              Investeringar ({fmt.unit})
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t, i) => {
            const level = chosen.get(t.id);
            return (
              <tr key={t.id}>
                <th scope="row">
                  {i + 1}. {labelOf(COMMITMENT_LABELS, t.id, 'sv')}
                </th>
                <td>{level ? labelOf(LEVEL_LABELS, level, 'sv') : 'Ingen nivå vald'}</td>
                <td className="num">{formatNumber(t.linked)}</td>
                <td className="num">{fmt.tons(t.effect)}</td>
                <td className="num">{fmt.money(t.capex)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ChartBlock model={model} image={images.commitments} />
      {COMMITMENT_IDS.map((id, i) => {
        const level = chosen.get(id);
        const ref = COMMITMENT_LEVELS_ASK[id];
        const linked = plan.actions.map((a, k) => ({ a, k })).filter(({ a }) => a.commitments.includes(id));
        return (
          <section key={id} className="report-commitment" data-commitment={id}>
            <h2>
              {i + 1}. {labelOf(COMMITMENT_LABELS, id, 'sv')}
              <span className="report-commitment__level">{level ? `Nivå: ${labelOf(LEVEL_LABELS, level, 'sv')}` : 'Ingen nivå vald'}</span>
            </h2>
            <p className="report-muted">{ref.aim.sv}</p>
            {level && (
              <>
                <p className="report-commitment__meaning">{LEVEL_MEANING[level].sv} Det innebär bland annat:</p>
                <ul className="report-list">
                  {ref.levels[level].sv.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {linked.length === 0 ? (
              <p className="report-empty">Inga åtgärder är kopplade till åtagandet.</p>
            ) : (
              <>
                <h3>Åtgärder som bidrar ({formatNumber(linked.length)})</h3>
                <ul className="report-list report-list--columns">
                  {linked.map(({ a, k }) => (
                    <li key={a.id}>
                      {a.code} {a.name}{' '}
                      <span className="report-muted">
                        ({labelOf(STATUS_LABELS, a.status, 'sv').toLocaleLowerCase('sv')}
                        {calc.actions[k]?.included ? '' : ', ingår inte i scenariot'})
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
