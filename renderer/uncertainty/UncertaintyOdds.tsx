// The uncertainty's probabilities and ranges as a list: per target "Sannolikhet att nå målet
// 2030: 62 %" with the gap's P10–P90, then the carbon budget, investment and NPV.
import { useId } from 'react';
import type { Plan } from '../../shared/domain/types';
import type { UncertaintyResult } from '../../shared/uncertainty';
import { useI18n } from '../i18n/I18nProvider';
import { oddsText } from './odds';

export function UncertaintyOdds({ plan, result, headingLevel }: { plan: Plan; result: UncertaintyResult; headingLevel: 2 | 3 }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const odds = oddsText(plan, result, locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="uncertainty-odds" aria-labelledby={headingId} data-uncertainty="odds">
      <Heading id={headingId}>{t('uncertainty.odds.title')}</Heading>
      {odds.targets.length === 0 && <p className="muted">{t('uncertainty.noTargets')}</p>}
      <ul>
        {odds.targets.map((line) => (
          <li key={line.id} data-target={line.id}>
            <strong>{line.probability}</strong> <span className="muted">{line.name}.</span>
            {line.gap && <> {line.gap}</>}
          </li>
        ))}
        {odds.budget && (
          <li data-uncertainty="budget">
            <strong>{odds.budget.probability}</strong> {odds.budget.years}
          </li>
        )}
        <li data-uncertainty="capex">{odds.capex}</li>
        <li data-uncertainty="npv">{odds.npv}</li>
      </ul>
    </section>
  );
}
