// Conflicts on whole rows with what hangs on them. A row deleted in one copy and changed in the
// other is a conflict when the copy that kept it changed the row itself, a row it owns (an
// action's cost override, tag, co-benefit score…), or pointed a row at it (a financing entry at
// the action). Choosing a copy then decides all of those rows together, so that keeping an
// action also keeps its lists, and deleting it also drops what the other copy added to it.
// Rule conflicts (a plan rule broken by the two copies' changes together) bind an entity the same way.
import { rowKey, same, sameRow } from './rows';
import type { Conflict, MergeSchema, Reference, RowPlan, RowValue, RuleProblem, Side } from './types';

const other = (s: Side): Side => (s === 'mine' ? 'theirs' : 'mine');
const version = (p: RowPlan, s: Side): RowValue | null => (s === 'mine' ? p.mine : p.theirs);
const wholeBound = (p: RowPlan): boolean => typeof p.from === 'object';

/** The copy that deleted a row that existed at the common point and that the other copy still has. */
function deletedIn(p: RowPlan): Side | null {
  if (!p.base || (p.mine === null) === (p.theirs === null)) return null;
  return p.mine === null ? 'mine' : 'theirs';
}

interface RowRef {
  tbl: string;
  rowId: string;
}

/** The changed rows that point at a row, per reference: found by any version of the pointing row. */
class Dependents {
  private readonly index = new Map<Reference, Map<string, RowPlan[]>>();

  constructor(
    private readonly schema: MergeSchema,
    private readonly rows: Map<string, RowPlan>,
  ) {}

  private pointing(ref: Reference, id: string): RowPlan[] {
    let byValue = this.index.get(ref);
    if (!byValue) {
      byValue = new Map();
      for (const p of this.rows.values()) {
        if (p.tbl !== ref.table) continue;
        const values = new Set([p.mine, p.theirs, p.base].map((r) => r?.[ref.column]).filter((v) => typeof v === 'string'));
        for (const v of values as Set<string>) byValue.set(v, [...(byValue.get(v) ?? []), p]);
      }
      this.index.set(ref, byValue);
    }
    return byValue.get(id) ?? [];
  }

  private refsTo(tbl: string): Reference[] {
    return this.schema.references.filter((r) => r.parent === tbl);
  }

  /** The rows `parent` owns, and theirs in turn (a sector's baseline and its points). */
  owned(parent: RowRef): RowPlan[] {
    const out: RowPlan[] = [];
    for (const ref of this.refsTo(parent.tbl)) {
      if (ref.kind !== 'owned') continue;
      for (const p of this.pointing(ref, parent.rowId)) out.push(p, ...this.owned(p));
    }
    return out;
  }

  /** Rows whose `column` may point at `parent` and is cleared when it goes. */
  nullable(parent: RowRef): [RowPlan, string][] {
    return this.refsTo(parent.tbl)
      .filter((ref) => ref.kind === 'nullable')
      .flatMap((ref) => this.pointing(ref, parent.rowId).map((p): [RowPlan, string] => [p, ref.column]));
  }

  /** Whether copy `s` changed what hangs on `parent`: a row it owns, or a row it newly pointed at it. */
  changedBy(parent: RowRef, s: Side): boolean {
    const order = this.schema.orderColumn;
    for (const ref of this.refsTo(parent.tbl)) {
      for (const p of this.pointing(ref, parent.rowId)) {
        if (!p.touched[s]) continue;
        const v = version(p, s);
        if (ref.kind === 'owned') {
          if (!sameRow(v, p.base, order) || this.changedBy(p, s)) return true;
        } else if (v && same(v[ref.column], parent.rowId) && !same(p.base?.[ref.column], parent.rowId)) {
          return true;
        }
      }
    }
    return false;
  }
}

function bindWhole(p: RowPlan, c: Conflict, conflicts: Map<string, Conflict>): void {
  // A field conflict inside the row is decided by the row's choice now; a reference column
  // that follows a deleted row's conflict keeps following it.
  const kept: RowPlan['cols'] = {};
  for (const [col, src] of Object.entries(p.cols)) {
    if (typeof src !== 'object') continue;
    if (conflicts.get(src.conflict)?.kind === 'field') conflicts.delete(src.conflict);
    else kept[col] = src;
  }
  p.from = { conflict: c.id };
  p.cols = kept;
  c.rows.push(p.key);
}

export function bindDeletions(schema: MergeSchema, rows: Map<string, RowPlan>, conflicts: Map<string, Conflict>): void {
  const dependents = new Dependents(schema, rows);
  for (const p of inTableOrder(schema, rows)) {
    const d = wholeBound(p) ? null : deletedIn(p);
    if (!d) continue;
    const keeper = other(d);
    const changed = (p.touched[keeper] && !sameRow(version(p, keeper), p.base, schema.orderColumn)) || dependents.changedBy(p, keeper);
    if (!changed) continue; // the deletion is taken, with what the deleting copy did to the dependents
    const c: Conflict = { id: `deleted:${p.key}`, kind: 'deleted', tbl: p.tbl, rowId: p.rowId, col: '', deletedIn: d, rows: [] };
    conflicts.set(c.id, c);
    bindWhole(p, c, conflicts);
    for (const f of dependents.owned(p)) if (!wholeBound(f)) bindWhole(f, c, conflicts);
    for (const [f, col] of dependents.nullable(p)) {
      if (wholeBound(f)) continue;
      const src = f.cols[col];
      if (typeof src === 'object' && conflicts.get(src.conflict)?.kind === 'field') conflicts.delete(src.conflict);
      f.cols[col] = { conflict: c.id, orNull: true };
      if (!c.rows.includes(f.key)) c.rows.push(f.key);
    }
  }
}

export function bindRules(schema: MergeSchema, rows: Map<string, RowPlan>, conflicts: Map<string, Conflict>, problems: readonly RuleProblem[]): void {
  const dependents = new Dependents(schema, rows);
  const members = (root: RowRef): RowPlan[] => {
    const self = rows.get(rowKey(root.tbl, root.rowId));
    return [...(self ? [self] : []), ...dependents.owned(root)].filter((p) => !wholeBound(p));
  };
  const sorted = [...problems].sort((a, b) => cmp(rowKey(a.tbl, a.rowId), rowKey(b.tbl, b.rowId)) || cmp(a.message, b.message));
  for (const pr of sorted) {
    // An entity neither copy changed broke a rule through what it points at (its sector…).
    const roots = members(pr).length ? [pr] : pr.parents;
    for (const root of roots) {
      const id = `rule:${rowKey(root.tbl, root.rowId)}`;
      if (conflicts.has(id)) continue;
      const bound = members(root);
      if (!bound.length) continue;
      const c: Conflict = { id, kind: 'rule', tbl: root.tbl, rowId: root.rowId, col: '', message: pr.message, rows: [] };
      conflicts.set(id, c);
      for (const p of bound) bindWhole(p, c, conflicts);
    }
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inTableOrder(schema: MergeSchema, rows: Map<string, RowPlan>): RowPlan[] {
  const rank = new Map(schema.tables.map((t, i) => [t, i]));
  return [...rows.values()].sort((a, b) => rank.get(a.tbl)! - rank.get(b.tbl)! || cmp(a.key, b.key));
}
