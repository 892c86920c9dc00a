// The three-way merge, row by row and field by field (issue 8):
// - a row or field only one copy changed since the common point is taken from that copy;
// - a field both changed, to different values, is a conflict (a value changed and changed back
//   counts as unchanged: the comparison is with the value at the common point);
// - rows added in either copy are taken (ids are unique);
// - a row deleted in one copy and changed in the other — itself or what hangs on it — is a
//   conflict on the whole row and its dependents (families.ts);
// - entities whose changes break a rule of the plan together become conflicts too (families.ts).
// Everything depends only on the two copies and their logs, never on which one is open, so that
// merging A into B and B into A give the same plan for the same choices.
import { groupByRow, type RowEntries } from './entries';
import { bindDeletions, bindRules } from './families';
import { baseRow } from './replay';
import { same, splitKey } from './rows';
import type { Conflict, MergeInput, Outline, RowPlan, RuleProblem } from './types';

export function outlineMerge(input: MergeInput, problems: readonly RuleProblem[] = []): Outline {
  const rows = new Map<string, RowPlan>();
  const conflicts = new Map<string, Conflict>();
  const groups = groupByRow(input);
  for (const key of [...groups.keys()].sort()) rows.set(key, decideRow(key, groups.get(key)!, input, conflicts));
  bindDeletions(input.schema, rows, conflicts);
  bindRules(input.schema, rows, conflicts, problems);
  return { rows, conflicts };
}

function decideRow(key: string, entries: RowEntries, input: MergeInput, conflicts: Map<string, Conflict>): RowPlan {
  const { tbl, rowId } = splitKey(key);
  const mine = input.mine.rows.get(key) ?? null;
  const theirs = input.theirs.rows.get(key) ?? null;
  const touched = { mine: entries.mine.length > 0, theirs: entries.theirs.length > 0 };
  const plan: RowPlan = { key, tbl, rowId, mine, theirs, base: null, touched, from: 'mine', cols: {} };
  // A copy that did not touch the row still has it as it was at the common point.
  if (!touched.theirs) {
    plan.base = theirs;
    return plan;
  }
  if (!touched.mine) {
    plan.base = mine;
    plan.from = 'theirs';
    return plan;
  }
  plan.base = baseRow([...entries.mine, ...entries.theirs, ...entries.common], entries.common, mine ?? theirs);
  if (mine && theirs) decideFields(plan, input.schema.orderColumn, conflicts);
  // Only one copy has the row: if it existed at the common point the other deleted it (taken
  // unless bindDeletions finds the row changed in the copy that kept it); if not, it was added.
  else if (mine || theirs) plan.from = (plan.base !== null) === (mine !== null) ? 'theirs' : 'mine';
  return plan;
}

function decideFields(plan: RowPlan, orderColumn: string, conflicts: Map<string, Conflict>): void {
  const { mine, theirs, base } = plan as { mine: Record<string, unknown>; theirs: Record<string, unknown>; base: Record<string, unknown> | null };
  for (const col of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    if (same(mine[col], theirs[col])) continue;
    // With no row at the common point both copies added it: every difference is a conflict.
    if (base && same(mine[col], base[col])) plan.cols[col] = 'theirs';
    else if (base && same(theirs[col], base[col])) continue;
    // A list's order moved in both: not worth a question; the lower position wins.
    else if (col === orderColumn) plan.cols[col] = 'lower';
    else {
      const id = `field:${plan.key}:${col}`;
      conflicts.set(id, { id, kind: 'field', tbl: plan.tbl, rowId: plan.rowId, col, rows: [plan.key] });
      plan.cols[col] = { conflict: id };
    }
  }
}
