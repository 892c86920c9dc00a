// The marginal abatement cost curve: the included actions with a price per tonne, cheapest
// first, each bar as wide as its effect in the chosen year and as high as its annualized cost
// per tonne; the plan's carbon value as a line across. Bars below the line pay off at that value.
import type { CalcResult } from '../../../shared/calc';
import type { Action, Plan } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { formatValue, unitLabel, withUnit } from '../format';
import { chartText, fill } from '../messages';
import type { ChartModel, MaccBarLayout } from '../model';
import { ROLE_STYLES } from '../palette';
import { noActionsReason, withLazyTable } from './common';

const byIdCache = new WeakMap<readonly Action[], Map<string, Action>>();

/** The actions by id, made once per actions list (the plan store keeps it while only a scenario changes). */
function actionsById(actions: readonly Action[]): Map<string, Action> {
  let map = byIdCache.get(actions);
  if (!map) {
    map = new Map(actions.map((a) => [a.id, a]));
    byIdCache.set(actions, map);
  }
  return map;
}

export function maccModel({
  plan,
  calc,
  year,
  scenarioName,
  locale,
}: {
  plan: Plan;
  calc: CalcResult;
  year: number;
  scenarioName: string;
  locale: Locale;
}): ChartModel {
  const text = chartText(locale);
  const carbonValue = plan.plan.carbonValueSekPerTon;
  const byId = actionsById(plan.actions);
  const drawn = (calc.macc ?? []).filter((b) => b.tons > 0);
  const hidden = (calc.macc?.length ?? 0) - drawn.length;
  const bars: MaccBarLayout[] = [];
  let x = 0;
  for (const b of drawn) {
    const a = byId.get(b.actionId);
    bars.push({
      x0: x,
      x1: x + b.tons,
      cost: b.costSekPerTon,
      label: a ? `${a.code} ${a.name}`.trim() : b.actionId,
      group: b.costSekPerTon <= carbonValue ? 0 : 1,
    });
    x += b.tons;
  }
  const tons = { kind: 'tons' } as const;
  const price = { kind: 'krPerTon' } as const;
  let empty = noActionsReason(plan, calc, locale);
  if (!empty && bars.length === 0) empty = fill(text['chart.empty.noMacc'], { year });
  const notes: string[] = [];
  if (hidden > 0) notes.push(fill(text['chart.note.maccHidden'], { count: hidden, year }));
  return withLazyTable(
    {
      id: 'macc',
      title: fill(text['chart.macc.title'], { name: scenarioName, year }),
      summary: text['chart.macc.summary'],
      categories: [],
      categoryTitle: text['chart.action'],
      value: { title: withUnit(text['chart.axis.costPerTon'], price, locale), quantity: price },
      series: [],
      macc: {
        xTitle: withUnit(fill(text['chart.axis.avoidedInYear'], { year }), tons, locale),
        total: x,
        bars,
        carbonValue,
        carbonLabel: fill(text['chart.series.carbonValue'], { value: formatValue(carbonValue, price, locale) }),
        groups: [
          { label: text['chart.series.belowCarbonValue'], style: ROLE_STYLES.below },
          { label: text['chart.series.aboveCarbonValue'], style: ROLE_STYLES.above },
        ],
        carbonStyle: ROLE_STYLES.carbonValue,
      },
      empty,
      note: notes.join(' ') || undefined,
    },
    () => ({
      rowHeader: text['chart.action'],
      columns: [
        `${fill(text['chart.axis.avoidedInYear'], { year })} (${unitLabel(tons, locale)})`,
        `${text['chart.axis.costPerTon']} (${unitLabel(price, locale)})`,
        `${text['chart.cumulative']} (${unitLabel(tons, locale)})`,
      ],
      rows: bars.map((b) => ({
        header: b.label,
        cells: [formatValue(b.x1 - b.x0, tons, locale), formatValue(b.cost, price, locale), formatValue(b.x1, tons, locale)],
      })),
    }),
  );
}
