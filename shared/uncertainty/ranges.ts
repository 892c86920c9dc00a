// How uncertain each action is (DESIGN §9): its own ranges where it states them, else the
// plan's default for its status, else the built-in default of §9's table.
import { UNCERTAINTY_STATUSES, type ActionStatus, type UncertaintyStatus } from '../domain/ids';
import type { Action, UncertaintyDefaults, UncertaintyRanges } from '../domain/types';

/** Every field present: what one action's draws use. */
export type ResolvedRanges = Required<UncertaintyRanges>;

export const UNCERTAINTY_FIELDS = ['effectLow', 'effectHigh', 'costLow', 'costHigh', 'delayMaxYears', 'probability'] as const;
export type UncertaintyField = (typeof UNCERTAINTY_FIELDS)[number];

const row = (effectLow: number, effectHigh: number, costLow: number, costHigh: number, delayMaxYears: number, probability: number): ResolvedRanges => ({
  effectLow,
  effectHigh,
  costLow,
  costHigh,
  delayMaxYears,
  probability,
});

/** DESIGN §9's table: the later in its life an action is, the surer. */
export const BUILT_IN_UNCERTAINTY: Readonly<Record<UncertaintyStatus, ResolvedRanges>> = {
  idea: row(0.5, 1.2, 0.8, 1.8, 3, 0.5),
  proposed: row(0.7, 1.1, 0.9, 1.5, 2, 0.8),
  decided: row(0.8, 1.1, 0.9, 1.3, 1, 0.95),
  ongoing: row(0.85, 1.05, 0.95, 1.2, 1, 1),
  done: row(0.9, 1.05, 1, 1, 0, 1),
};

/**
 * No uncertainty at all: the action exactly as planned. A cancelled action, which a scenario
 * includes only by name, has no status default and counts as planned.
 */
export const CERTAIN: Readonly<ResolvedRanges> = row(1, 1, 1, 1, 0, 1);

function isUncertaintyStatus(status: ActionStatus): status is UncertaintyStatus {
  return (UNCERTAINTY_STATUSES as readonly string[]).includes(status);
}

/** The default for a status: the plan's value of each field where it has one, else the built-in one. */
export function statusDefaults(defaults: UncertaintyDefaults | undefined, status: ActionStatus): ResolvedRanges {
  if (!isUncertaintyStatus(status)) return CERTAIN;
  return fill(defaults?.[status], BUILT_IN_UNCERTAINTY[status]);
}

/** The ranges one action's draws use: its own fields over its status default. */
export function actionRanges(action: Action, defaults: UncertaintyDefaults | undefined): ResolvedRanges {
  return fill(action.uncertainty, statusDefaults(defaults, action.status));
}

function fill(own: UncertaintyRanges | undefined, base: ResolvedRanges): ResolvedRanges {
  if (!own) return base;
  return {
    effectLow: own.effectLow ?? base.effectLow,
    effectHigh: own.effectHigh ?? base.effectHigh,
    costLow: own.costLow ?? base.costLow,
    costHigh: own.costHigh ?? base.costHigh,
    delayMaxYears: own.delayMaxYears ?? base.delayMaxYears,
    probability: own.probability ?? base.probability,
  };
}
