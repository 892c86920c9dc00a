// The follow-up's figures as the sentences people read them, on the Uppföljning view's cards and
// in the follow-up report (Swedish first, English second): one place for the wording of both.
import type { MoneyUnit } from '../domain/ids';
import type { Action, Plan, Target } from '../domain/types';
import { action as actionEntity } from '../fields';
import { formatValue, type Wording } from '../merge/wording';
import { formatMoneyWithUnit, formatNumber, formatPercent, type Locale } from '../format/number';
import type { ObservedTotals } from './observed';
import { paceFromYear } from './pace';
import type { FollowUpResult, Sum, TargetPace } from './types';

const NUMBER_WORDS_SV = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
const NUMBER_WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function years(n: number, locale: Locale): string {
  const words = locale === 'sv' ? NUMBER_WORDS_SV : NUMBER_WORDS_EN;
  const word = n < words.length ? words[n] : String(n);
  if (locale === 'sv') return n === 1 ? 'det senaste året' : `de senaste ${word} åren`;
  return n === 1 ? 'over the last year' : `over the last ${word} years`;
}

const pct = (v: number, locale: Locale) => formatPercent(v, locale, 1);

/** "182 000 tkr av planerade 221 000 tkr, 82 %", or that nothing is reported yet. */
function ofPlanned(sum: Sum, format: (v: number) => string, locale: Locale): string {
  const sv = locale === 'sv';
  if (sum.actual === null) return sv ? `inget utfall rapporterat (planerat ${format(sum.planned)})` : `nothing reported (planned ${format(sum.planned)})`;
  const share = sum.planned > 0 ? `, ${pct(sum.actual / sum.planned, locale)}` : '';
  return sv ? `${format(sum.actual)} av planerade ${format(sum.planned)}${share}` : `${format(sum.actual)} of a planned ${format(sum.planned)}${share}`;
}

/** "Investeringar t.o.m. 2025: 182 mnkr av planerade 221 mnkr, 82 %". */
export function spendingSentence(r: FollowUpResult, unit: MoneyUnit, locale: Locale): string {
  const head = locale === 'sv' ? `Investeringar t.o.m. ${r.year}` : `Investment up to ${r.year}`;
  return `${head}: ${ofPlanned(r.totals.sum.capex, (v) => formatMoneyWithUnit(v, unit, locale), locale)}`;
}

/** "Driftkostnader t.o.m. 2025: …". */
export function operationSentence(r: FollowUpResult, unit: MoneyUnit, locale: Locale): string {
  const head = locale === 'sv' ? `Driftkostnader t.o.m. ${r.year}` : `Operating costs up to ${r.year}`;
  return `${head}: ${ofPlanned(r.totals.sum.opex, (v) => formatMoneyWithUnit(v, unit, locale), locale)}`;
}

/** "Uppnådd effekt t.o.m. 2025: 12 300 t av planerade 15 000 t, 82 %". */
export function effectSentence(r: FollowUpResult, locale: Locale): string {
  const head = locale === 'sv' ? `Uppnådd effekt t.o.m. ${r.year}` : `Effect achieved up to ${r.year}`;
  return `${head}: ${ofPlanned(r.totals.sum.effect, (v) => `${formatNumber(v, locale)} t CO2e`, locale)}`;
}

/** The last observed year up to Yf and its gross total, and the earliest observed year. */
export function lastObserved(observed: ObservedTotals, year: number): { year: number; gross: number; first: number; firstGross: number } | null {
  const before = observed.years.filter((y) => y <= year);
  if (!before.length) return null;
  const last = before[before.length - 1];
  const first = observed.years[0];
  return { year: last, gross: observed.gross(last)!, first, firstGross: observed.gross(first)! };
}

/** "Observerade utsläpp 2021: 171 000 t CO2e, 34 % lägre än 1990". */
export function emissionsSentence(observed: ObservedTotals, year: number, locale: Locale): string {
  const sv = locale === 'sv';
  const o = lastObserved(observed, year);
  if (!o)
    return sv
      ? 'Inga observerade utsläpp finns för planen; läs in utsläppsstatistiken som observerade utsläpp under Export.'
      : 'The plan has no observed emissions; import the emission statistics as observed emissions under Export.';
  const head = sv
    ? `Observerade utsläpp ${o.year}: ${formatNumber(o.gross, locale)} t CO2e`
    : `Observed emissions ${o.year}: ${formatNumber(o.gross, locale)} t CO2e`;
  if (o.first === o.year || o.firstGross <= 0) return head;
  const change = o.gross / o.firstGross - 1;
  const how = sv ? (change <= 0 ? 'lägre' : 'högre') : change <= 0 ? 'lower' : 'higher';
  return sv ? `${head}, ${pct(Math.abs(change), locale)} ${how} än ${o.first}` : `${head}, ${pct(Math.abs(change), locale)} ${how} than in ${o.first}`;
}

/**
 * "För att nå målet 2030 (Etappmål 2030) behöver utsläppen minska 9,7 % per år; de senaste fem
 * åren minskade de 4,3 % per år."
 */
export function paceSentence(pace: TargetPace, target: Target | undefined, observed: ObservedTotals, locale: Locale): string {
  const sv = locale === 'sv';
  const name = target?.name ? ` (${target.name})` : '';
  const goal = sv ? `För att nå målet ${pace.year}${name}` : `To reach the ${pace.year} target${name}`;
  if (pace.lastObservedYear === null)
    return sv ? `${goal}: inga observerade utsläpp att räkna takten från.` : `${goal}: no observed emissions to compute the pace from.`;
  let need: string;
  if (pace.requiredPace === null) {
    need =
      pace.level <= 0
        ? sv
          ? 'behöver utsläppen ner till noll (netto); en årlig takt kan inte räknas mot noll'
          : 'emissions must reach (net) zero; a yearly pace cannot be computed towards zero'
        : sv
          ? 'kan ingen takt räknas'
          : 'no pace can be computed';
  } else if (pace.requiredPace <= 0) {
    need = sv
      ? `räcker det att utsläppen inte ökar mer än ${pct(-pace.requiredPace, locale)} per år`
      : `emissions may grow by at most ${pct(-pace.requiredPace, locale)} a year`;
  } else need = sv ? `behöver utsläppen minska ${pct(pace.requiredPace, locale)} per år` : `emissions must fall by ${pct(pace.requiredPace, locale)} a year`;
  let seen = '';
  if (pace.observedPace !== null) {
    const n = years(pace.lastObservedYear - (paceFromYear(observed, pace.lastObservedYear) ?? pace.lastObservedYear - 5), locale);
    const fell = pace.observedPace >= 0;
    seen = sv
      ? `; ${n} ${fell ? 'minskade' : 'ökade'} de ${pct(Math.abs(pace.observedPace), locale)} per år`
      : `; ${n} they ${fell ? 'fell' : 'rose'} by ${pct(Math.abs(pace.observedPace), locale)} a year`;
  }
  return `${goal} ${need}${seen}.`;
}

/** The target of the reference plan a pace is for. */
export function targetOf(plan: Plan, pace: TargetPace): Target | undefined {
  return plan.targets.find((t) => t.id === pace.id);
}

/** "Investering 180 000 tkr → 200 000 tkr", or "Kostnadsjusteringar ändrade" for a list: one field of an action that changed since the version. */
export function fieldChangeWords(field: string, before: Action, after: Action, w: Wording): string {
  const spec = actionEntity.fields[field as keyof typeof actionEntity.fields];
  if (!spec) return field;
  const label = spec.label[w.locale];
  if (!spec.column) return w.locale === 'sv' ? `${label} ändrade` : `${label} changed`;
  const value = (a: Action) => (a as unknown as Record<string, unknown>)[field];
  return `${label} ${formatValue('actions', spec.column, value(before), w)} → ${formatValue('actions', spec.column, value(after), w)}`;
}

/** An action as people name it: "T-01 Elbussar i stadstrafiken". */
export const actionName = (a: Pick<Action, 'code' | 'name'>) => [a.code, a.name].filter(Boolean).join(' ');
