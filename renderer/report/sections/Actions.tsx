// Åtgärdslista: every action of the plan, grouped by sector, with who is responsible and who
// pays, its status and years, its own costs, its effect in 2030 and 2040 and its cost per tonne
// under the scenario. Actions outside the scenario are listed too, marked, and left out of the
// sums. Long lists run over many pages: the header row repeats and no row is split.
import type { CalcResult } from '../../../shared/calc';
import type { Action, Plan } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { COST_BEARER_LABELS, labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { actionsBySector, effectInYear, type SectorActions } from '../../../shared/report/figures';
import type { Fmt } from '../format';
import type { ReportData } from '../prepare';
import { Lead } from '../parts';

const EFFECT_YEARS = [2030, 2040] as const;

interface Totals {
  count: number;
  capex: number;
  opex: number;
  savings: number;
  effect: number[];
}

function totalsOf(plan: Plan, calc: CalcResult, indexes: readonly number[]): Totals {
  const t: Totals = { count: 0, capex: 0, opex: 0, savings: 0, effect: EFFECT_YEARS.map(() => 0) };
  for (const k of indexes) {
    if (!calc.actions[k]?.included) continue;
    const a = plan.actions[k];
    t.count += 1;
    t.capex += a.capexSek;
    t.opex += a.opexSekPerYear;
    t.savings += a.savingsSekPerYear;
    EFFECT_YEARS.forEach((y, i) => (t.effect[i] += effectInYear(calc, k, y) ?? 0));
  }
  return t;
}

/** The action's own years, before any delay of the scenario: built 2025–2026, effect from 2027. */
function Years({ a }: { a: Action }) {
  const end = a.startYear + a.implementationYears - 1;
  const build = end > a.startYear ? `${a.startYear}–${end}` : String(a.startYear);
  const from = a.effectStartYear ?? a.startYear + a.implementationYears;
  const effect = a.effectEndYear !== undefined ? `${from}–${a.effectEndYear}` : `från ${from}`;
  return (
    <>
      <span className="report-years">{build}</span>
      <span className="report-years report-muted">effekt {effect}</span>
    </>
  );
}

function Head({ fmt, axis }: { fmt: Fmt; axis: readonly number[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="col-code">
          Kod
        </th>
        <th scope="col" className="col-name">
          Åtgärd och ansvarig
        </th>
        <th scope="col" className="col-bearer">
          Kostnads&shy;bärare
        </th>
        <th scope="col" className="col-status">
          Status
        </th>
        <th scope="col" className="col-years">
          Genomförs
        </th>
        <th scope="col" className="num col-capex">
          Inves&shy;tering ({fmt.unit})
        </th>
        <th scope="col" className="num col-money">
          Drift per år ({fmt.unit})
        </th>
        <th scope="col" className="num col-money">
          Bespa&shy;ring per år ({fmt.unit})
        </th>
        {EFFECT_YEARS.map((y) => (
          <th key={y} scope="col" className="num col-effect">
            Minsk&shy;ning {y} (t){axis.includes(y) ? '' : '*'}
          </th>
        ))}
        <th scope="col" className="num col-effect">
          Kostnad (kr/t)
        </th>
      </tr>
    </thead>
  );
}

function ActionRow({ plan, calc, k, fmt }: { plan: Plan; calc: CalcResult; k: number; fmt: Fmt }) {
  const a = plan.actions[k];
  const r = calc.actions[k];
  const included = !!r?.included;
  return (
    <tr className={included ? undefined : 'report-row--outside'} data-action={a.id}>
      <td className="col-code">{a.code}</td>
      <th scope="row" className="col-name">
        <span className="report-action-name">{a.name}</span>
        {a.owner && <span className="report-owner">{a.owner}</span>}
      </th>
      {/* "Staten/regionen" may break after the slash, not inside a word. */}
      <td>{labelOf(COST_BEARER_LABELS, a.costBearer, 'sv').replace('/', '/\u200b')}</td>
      <td>
        {labelOf(STATUS_LABELS, a.status, 'sv')}
        {!included && <span className="report-outside"> Ingår inte i scenariot</span>}
      </td>
      <td>
        <Years a={a} />
      </td>
      <td className="num">{fmt.money(a.capexSek)}</td>
      <td className="num">{fmt.money(a.opexSekPerYear)}</td>
      <td className="num">{fmt.money(a.savingsSekPerYear)}</td>
      {EFFECT_YEARS.map((y) => (
        <td key={y} className="num">
          {fmt.tons(effectInYear(calc, k, y))}
        </td>
      ))}
      <td className="num">{fmt.perTon(r?.annualizedCostSekPerTon ?? null)}</td>
    </tr>
  );
}

function TotalRow({ label, t, fmt }: { label: string; t: Totals; fmt: Fmt }) {
  return (
    <tr className="report-row--total">
      <td />
      <th scope="row" colSpan={4}>
        {label} ({formatNumber(t.count)} st)
      </th>
      <td className="num">{fmt.money(t.capex)}</td>
      <td className="num">{fmt.money(t.opex)}</td>
      <td className="num">{fmt.money(t.savings)}</td>
      {t.effect.map((e, i) => (
        <td key={i} className="num">
          {fmt.tons(e)}
        </td>
      ))}
      <td />
    </tr>
  );
}

function SectorTable({ data, group, fmt }: { data: ReportData; group: SectorActions; fmt: Fmt }) {
  const { plan, calc } = data;
  const name = group.sector ? group.sector.name : 'Okänd sektor';
  return (
    <>
      <h2 className="report-sector">
        {name}
        {group.sector?.isSink && <span className="report-muted"> (kolsänka: minskningen är ökat upptag)</span>}
      </h2>
      <table className="report-table report-table--actions" data-sector={group.sector?.id ?? ''}>
        <caption className="visually-hidden">Åtgärder i sektorn {name}</caption>
        <Head fmt={fmt} axis={calc.years} />
        <tbody>
          {group.actions.map((k) => (
            <ActionRow key={plan.actions[k].id} plan={plan} calc={calc} k={k} fmt={fmt} />
          ))}
          <TotalRow label={`Summa ${name} i scenariot`} t={totalsOf(plan, calc, group.actions)} fmt={fmt} />
        </tbody>
      </table>
    </>
  );
}

export function Actions({ data, fmt }: { data: ReportData; fmt: Fmt }) {
  const { plan, calc } = data;
  const groups = actionsBySector(plan);
  const all = totalsOf(
    plan,
    calc,
    plan.actions.map((_, k) => k),
  );
  const offAxis = EFFECT_YEARS.filter((y) => !calc.years.includes(y));
  if (plan.actions.length === 0) return <p className="report-empty">Planen har inga åtgärder ännu.</p>;
  return (
    <>
      <Lead>
        Planens {formatNumber(plan.actions.length)} åtgärder per sektor, varav {formatNumber(all.count)} ingår i scenariot ”{data.scenario.name}”. Investering,
        drift och besparing är åtgärdens egna belopp i {fmt.unit} ({plan.plan.priceBaseYear} års priser) och åren är de planerade, före scenariots eventuella
        förskjutning. Minskningen {EFFECT_YEARS.join(' och ')} och kostnaden per ton är beräknade i scenariot; för åtgärder som inte ingår visas de som om de
        ingick. Summorna räknar bara åtgärder som ingår.
      </Lead>
      {offAxis.length > 0 && <p className="report-note">* {offAxis.join(' och ')} ligger utanför planperioden; där visas ingen minskning.</p>}
      {groups.map((g) => (
        <SectorTable key={g.sector?.id ?? 'unknown'} data={data} group={g} fmt={fmt} />
      ))}
      <table className="report-table report-table--actions report-table--grand" data-table="actions-total">
        <caption className="visually-hidden">Summa för alla sektorer</caption>
        <Head fmt={fmt} axis={calc.years} />
        <tbody>
          <TotalRow label="Summa alla sektorer i scenariot" t={all} fmt={fmt} />
        </tbody>
      </table>
    </>
  );
}
