// The included actions are summed in fixed blocks of consecutive actions: each block into its
// own sums, then the blocks into the plan's totals, always in the same order. A cache can then
// keep a block's sums while none of its actions changed, so that an edit of one action in a
// 10 000-action plan re-adds one block instead of every action, and the totals are still
// exactly — bit for bit — those of a calculation without a cache, which adds in the same order.
import { addInto } from './axis';
import { type CostSeries, emptyCostSeries } from './costs';

/** Actions per block: small enough that re-adding one block is cheap, large enough that adding the blocks up is. */
export const BLOCK_SIZE = 128;

export interface BlockSums {
  /** Σ e_a of the block's included actions, per sector in sector-table order. */
  readonly effectBySector: Float64Array[];
  /** Σ of their costs (capex, opex, savings; net is left to the plan's totals). */
  readonly costs: CostSeries;
}

export function emptyBlockSums(sectorCount: number, years: number): BlockSums {
  return {
    effectBySector: Array.from({ length: sectorCount }, () => new Float64Array(years)),
    costs: emptyCostSeries(years),
  };
}

/** Zeroes sums for reuse by the next block. */
export function clearBlockSums(sums: BlockSums): void {
  for (const series of sums.effectBySector) series.fill(0);
  sums.costs.capex.fill(0);
  sums.costs.opex.fill(0);
  sums.costs.savings.fill(0);
}

/** totals += block, series by series. */
export function addBlockSums(totals: BlockSums, block: BlockSums): void {
  for (let s = 0; s < totals.effectBySector.length; s++) addInto(totals.effectBySector[s], block.effectBySector[s]);
  addInto(totals.costs.capex, block.costs.capex);
  addInto(totals.costs.opex, block.costs.opex);
  addInto(totals.costs.savings, block.costs.savings);
}
