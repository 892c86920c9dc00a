// The uncertainty's figures as sentences, for Scenarier and the council report alike: per target
// the probability of reaching it with the gap's P10–P90, the carbon budget's odds and years, and
// the ranges of investment and NPV.
import type { MoneyUnit } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/types';
import { formatMoney, formatNumber, formatPercent, type Locale } from '../../shared/format/number';
import { labelOf, MONEY_UNIT_LABELS } from '../../shared/i18n/labels';
import type { TotalBand, UncertaintyResult } from '../../shared/uncertainty';
import { fill } from '../charts/messages';
import { uncertaintyText } from './messages';

export interface TargetOddsLine {
  id: string;
  name: string;
  year: number;
  /** "Sannolikhet att nå målet 2030: 62 %", or that the year is off the axis. */
  probability: string;
  /** The gap's P10–P90 and median; null off the axis. */
  gap: string | null;
  probabilityMet: number | null;
}

export interface OddsText {
  targets: TargetOddsLine[];
  /** Null without a carbon budget. */
  budget: { probability: string; years: string } | null;
  capex: string;
  npv: string;
}

/** A probability as the council reads it: "62 %", never "0 %" or "100 %" for what merely rounds there. */
export function formatOdds(p: number, locale: Locale): string {
  if (p > 0 && p < 0.005) return `< ${formatPercent(0.01, locale, 0)}`;
  if (p < 1 && p > 0.995) return `> ${formatPercent(0.99, locale, 0)}`;
  return formatPercent(p, locale, 0);
}

export function oddsText(plan: Plan, result: UncertaintyResult, locale: Locale): OddsText {
  const text = uncertaintyText(locale);
  const tons = (v: number) => formatNumber(v, locale);
  const names = new Map(plan.targets.map((t) => [t.id, t.name]));
  const targets = [...result.targets]
    .sort((a, b) => a.year - b.year)
    .map((t): TargetOddsLine => ({
      id: t.id,
      name: names.get(t.id) ?? t.id,
      year: t.year,
      probabilityMet: t.probabilityMet,
      probability:
        t.probabilityMet === null
          ? fill(text['uncertainty.target.offAxis'], { year: t.year })
          : fill(text['uncertainty.target.probability'], { year: t.year, percent: formatOdds(t.probabilityMet, locale) }),
      gap: t.gap && fill(text['uncertainty.target.gap'], { low: tons(t.gap.p10), high: tons(t.gap.p90), median: tons(t.gap.p50) }),
    }));
  const unit = plan.plan.moneyUnit;
  return {
    targets,
    budget: budgetText(result, plan.plan.endYear, locale),
    capex: bandText(text['uncertainty.capex'], result.capexSek, unit, locale),
    npv: bandText(text['uncertainty.npv'], result.npvSek, unit, locale),
  };
}

function budgetText(result: UncertaintyResult, endYear: number, locale: Locale): OddsText['budget'] {
  const budget = result.carbonBudget;
  if (!budget) return null;
  const text = uncertaintyText(locale);
  const { p10, p50, p90 } = budget.exhaustedYear;
  const years =
    p10 === null
      ? text['uncertainty.budget.never']
      : p50 === null || p90 === null
        ? fill(text['uncertainty.budget.yearsOpen'], { p10 })
        : p10 === p90
          ? fill(text['uncertainty.budget.year'], { year: p10 })
          : fill(text['uncertainty.budget.years'], { p10, p50, p90 });
  return { probability: fill(text['uncertainty.budget.probability'], { endYear, percent: formatOdds(budget.probabilityExhausted, locale) }), years };
}

function bandText(template: string, band: TotalBand, unit: MoneyUnit, locale: Locale): string {
  const money = (sek: number) => `${formatMoney(sek, unit, locale)} ${labelOf(MONEY_UNIT_LABELS, unit, locale)}`;
  return fill(template, { low: money(band.p10), high: money(band.p90), median: money(band.p50) });
}
