// Figures of single actions kept between calculations of successive snapshots of one plan.
// The renderer recomputes the whole plan on every edit, but an edit changes one action: the
// snapshot is immutable (a change makes new objects), so an action object seen before, under
// the same plan settings, scenario, sectors and baseline, has the same figures and series.
// It also keeps the sums of each block of actions (blocks.ts), so that the totals after such an
// edit re-add one block. Purely an optimisation and opt-in: calculate(plan, id, { cache })
// equals calculate(plan, id), to the last bit.
import type { Action, Plan, Scenario } from '../domain/types';
import type { BlockSums } from './blocks';
import type { CostSchedule } from './costs';
import { emptyCostSeries, type CostSeries } from './costs';
import type { ActionResult } from './result';

export interface CachedAction {
  /** The result, whose `effect` is the action's effect over the axis. */
  result: ActionResult;
  /** The cost schedule; its series are copied only when overrides made them. */
  schedule: CostSchedule;
}

export interface CachedBlock {
  /** The block's actions, to tell that none of them changed. */
  readonly actions: readonly Action[];
  readonly results: readonly ActionResult[];
  readonly sums: BlockSums;
}

export class CalcCache {
  private entries = new WeakMap<Action, CachedAction>();
  private context: readonly unknown[] = [];
  private blocks: CachedBlock[] = [];

  /** Forgets every action when anything their figures depend on, besides themselves, changed. */
  begin(plan: Plan, scenario: Scenario): void {
    const context = [plan.plan, scenario, plan.sectors, plan.baseline];
    if (context.length !== this.context.length || context.some((x, i) => x !== this.context[i])) {
      this.entries = new WeakMap();
      this.context = context;
      this.blocks = [];
    }
  }

  /** Block `index` as kept, when it covered exactly the same action objects as actions[from, to). */
  block(index: number, actions: readonly Action[], from: number, to: number): CachedBlock | undefined {
    const kept = this.blocks[index];
    if (!kept || kept.actions.length !== to - from) return undefined;
    for (let k = from; k < to; k++) if (actions[k] !== kept.actions[k - from]) return undefined;
    return kept;
  }

  keepBlock(index: number, block: CachedBlock): void {
    this.blocks[index] = block;
  }

  /** Forgets the blocks from `count` on: the plan has fewer actions than before. */
  dropBlocksFrom(count: number): void {
    if (this.blocks.length > count) this.blocks.length = count;
  }

  get(action: Action): CachedAction | undefined {
    return this.entries.get(action);
  }

  keep(action: Action, result: ActionResult, schedule: CostSchedule): void {
    this.entries.set(action, { result, schedule: copySchedule(schedule) });
  }
}

const NO_SERIES: CostSeries = emptyCostSeries(0);

function copySchedule(s: CostSchedule): CostSchedule {
  return {
    capexFrom: s.capexFrom,
    capexTo: s.capexTo,
    capexPerYear: s.capexPerYear,
    capexTotal: s.capexTotal,
    operatingFrom: s.operatingFrom,
    operatingTo: s.operatingTo,
    opexPerYear: s.opexPerYear,
    savingsPerYear: s.savingsPerYear,
    overridden: s.overridden,
    series: s.overridden
      ? { capex: s.series.capex.slice(), opex: s.series.opex.slice(), savings: s.series.savings.slice(), net: s.series.net.slice() }
      : NO_SERIES,
  };
}
