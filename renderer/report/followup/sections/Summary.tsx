// Sammanfattning: the follow-up at a glance, in the sentences of Uppföljning's cards, and plan,
// actual and deviation to the follow-up year for investment, operation, savings and effect.
import { effectSentence, emissionsSentence, operationSentence, paceSentence, spendingSentence, targetOf, type FigureKey } from '../../../../shared/followup';
import type { Fmt } from '../../format';
import { Lead } from '../../parts';
import type { FollowUpData } from '../prepare';

const ROWS: { key: FigureKey; label: string }[] = [
  { key: 'capex', label: 'Investeringar' },
  { key: 'opex', label: 'Driftkostnader' },
  { key: 'savings', label: 'Besparingar' },
  { key: 'effect', label: 'Effekt (t CO2e)' },
];

export function Summary({ data, fmt }: { data: FollowUpData; fmt: Fmt }) {
  const { plan, reference, result, observed, followUp: f } = data;
  const unit = plan.plan.moneyUnit;
  const value = (key: FigureKey, v: number | null) => (v === null ? 'ej rapporterat' : key === 'effect' ? fmt.tons(v) : fmt.money(v));
  const reported = (plan.actuals ?? []).filter((a) => a.year <= result.year).length;
  return (
    <>
      <Lead>
        Uppföljningen jämför vad som har rapporterats t.o.m. {result.year} med{' '}
        {f.version ? `versionen ”${f.version.name}” (beslutad ${f.version.adoptedOn})` : 'planen som den ser ut nu'}. Planerade belopp och effekter är
        referensens, för åtgärderna i dess scenario; utfallet är det som har rapporterats per åtgärd och år ({reported} rapporterade utfall). Belopp i{' '}
        {fmt.unit}.
      </Lead>
      <ul className="report-list" data-list="cards">
        <li>{spendingSentence(result, unit, 'sv')}</li>
        <li>{operationSentence(result, unit, 'sv')}</li>
        <li>{effectSentence(result, 'sv')}</li>
        <li>{emissionsSentence(observed, result.year, 'sv')}</li>
        {result.targets.map((p) => (
          <li key={p.id}>{paceSentence(p, targetOf(reference.plan, p), observed, 'sv')}</li>
        ))}
      </ul>
      <table className="report-table" data-table="followup-sum">
        <caption>
          Plan och utfall t.o.m. {result.year} ({fmt.unit}; effekt i ton CO2e)
        </caption>
        <thead>
          <tr>
            <th scope="col">Slag</th>
            <th scope="col" className="num">
              Planerat
            </th>
            <th scope="col" className="num">
              Utfall
            </th>
            <th scope="col" className="num">
              Avvikelse
            </th>
            <th scope="col" className="num">
              Andel av plan
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, label }) => {
            const s = result.totals.sum[key];
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="num">{value(key, s.planned)}</td>
                <td className="num">{value(key, s.actual)}</td>
                <td className="num">{s.actual === null ? '–' : value(key, s.actual - s.planned)}</td>
                <td className="num">{s.actual === null || s.planned <= 0 ? '–' : fmt.percent(s.actual / s.planned)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
