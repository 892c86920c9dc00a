// Uncertainty (DESIGN §9) in the store: an action's ranges as six nullable columns of its row,
// the plan's defaults as one row per status (migration 0003). A field left out is NULL, never
// a number, so that "the status default" stays distinguishable from a value equal to it.
import { UNCERTAINTY_STATUSES, type UncertaintyStatus } from '../../shared/domain/ids';
import type { UncertaintyDefaults, UncertaintyRanges } from '../../shared/domain/types';
import type { Row } from './tables';

/** The action's columns, in the order of UNCERTAINTY_FIELDS. */
export type ActionUncertaintyColumns = Pick<
  Row<'actions'>,
  | 'uncertainty_effect_low'
  | 'uncertainty_effect_high'
  | 'uncertainty_cost_low'
  | 'uncertainty_cost_high'
  | 'uncertainty_delay_max_years'
  | 'uncertainty_probability'
>;

type Fields = { [K in keyof UncertaintyRanges]-?: number | null };

function fields(r: UncertaintyRanges | undefined): Fields {
  return {
    effectLow: r?.effectLow ?? null,
    effectHigh: r?.effectHigh ?? null,
    costLow: r?.costLow ?? null,
    costHigh: r?.costHigh ?? null,
    delayMaxYears: r?.delayMaxYears ?? null,
    probability: r?.probability ?? null,
  };
}

/** The ranges the columns hold, or undefined when they hold none (the status defaults apply). */
function ranges(f: Fields): UncertaintyRanges | undefined {
  const out: UncertaintyRanges = {};
  for (const [k, v] of Object.entries(f) as [keyof UncertaintyRanges, number | null][]) if (v !== null) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

export function actionUncertaintyColumns(u: UncertaintyRanges | undefined): ActionUncertaintyColumns {
  const f = fields(u);
  return {
    uncertainty_effect_low: f.effectLow,
    uncertainty_effect_high: f.effectHigh,
    uncertainty_cost_low: f.costLow,
    uncertainty_cost_high: f.costHigh,
    uncertainty_delay_max_years: f.delayMaxYears,
    uncertainty_probability: f.probability,
  };
}

export function actionUncertainty(r: ActionUncertaintyColumns): UncertaintyRanges | undefined {
  return ranges({
    effectLow: r.uncertainty_effect_low,
    effectHigh: r.uncertainty_effect_high,
    costLow: r.uncertainty_cost_low,
    costHigh: r.uncertainty_cost_high,
    delayMaxYears: r.uncertainty_delay_max_years,
    probability: r.uncertainty_probability,
  });
}

export function defaultsRow(status: UncertaintyStatus, u: UncertaintyRanges): Row<'uncertainty_defaults'> {
  const f = fields(u);
  return {
    status,
    effect_low: f.effectLow,
    effect_high: f.effectHigh,
    cost_low: f.costLow,
    cost_high: f.costHigh,
    delay_max_years: f.delayMaxYears,
    probability: f.probability,
  };
}

/** One row per status that sets anything, in the order of the statuses. */
export function defaultsRows(d: UncertaintyDefaults | undefined): Row<'uncertainty_defaults'>[] {
  return UNCERTAINTY_STATUSES.flatMap((status) => {
    const u = d?.[status];
    return u && ranges(fields(u)) ? [defaultsRow(status, u)] : [];
  });
}

/** The plan's defaults, keyed by status in the statuses' order; undefined when it sets none. */
export function defaultsFromRows(rows: readonly Row<'uncertainty_defaults'>[]): UncertaintyDefaults | undefined {
  const byStatus = new Map(rows.map((r) => [r.status, r]));
  const out: UncertaintyDefaults = {};
  for (const status of UNCERTAINTY_STATUSES) {
    const r = byStatus.get(status);
    const u =
      r &&
      ranges({
        effectLow: r.effect_low,
        effectHigh: r.effect_high,
        costLow: r.cost_low,
        costHigh: r.cost_high,
        delayMaxYears: r.delay_max_years,
        probability: r.probability,
      });
    if (u) out[status] = u;
  }
  return Object.keys(out).length ? out : undefined;
}
