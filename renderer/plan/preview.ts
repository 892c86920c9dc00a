// Edits shown before Node has answered: each is a patch over a row of the confirmed plan. The
// plan shown is the confirmed one with the patches on top; when the answer is in, the patch is
// taken off (Node's rows have replaced the row by then, or the edit was refused and the old
// value shows again). A row that looks the same before and after keeps its object, so the grid
// and the engine see no change when Node confirms what was already shown.
import { applyChanges } from '../../shared/api/changes';
import type { Action, Plan } from '../../shared/domain/types';
import { normalizeAction } from '../../shared/domain/normalize';

/** The lists the grids edit. */
export type Editable = 'actions' | 'financing' | 'financingSources';
type Row = { id: string };

interface Patch {
  token: number;
  changes: Record<string, unknown>;
}

const patches = new Map<string, Patch[]>();
/** The rows shown for patched keys, kept while they look the same. */
const shown = new Map<string, Row>();
const keysOf = new Map<number, string[]>();
let nextToken = 0;

const keyOf = (c: Editable, id: string) => `${c}\u0000${id}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function previewRows(c: Editable, rows: { id: string; changes: Record<string, unknown> }[]): number {
  const token = ++nextToken;
  const keys = rows.map(({ id, changes }) => {
    const key = keyOf(c, id);
    patches.set(key, [...(patches.get(key) ?? []), { token, changes }]);
    return key;
  });
  keysOf.set(token, keys);
  return token;
}

function patched(c: Editable, row: Row, list: Patch[]): Row {
  const next = list.reduce<Row>((acc, p) => applyChanges(acc, p.changes), row);
  return c === 'actions' ? normalizeAction(next as Action) : next;
}

/** `plan` with the patches on top; lists without patches keep their identity. */
export function overlay(plan: Plan): Plan {
  if (patches.size === 0) return plan;
  let out = plan;
  for (const c of ['actions', 'financing', 'financingSources'] as const) {
    const list = plan[c] as Row[];
    if (![...patches.keys()].some((k) => k.startsWith(`${c}\u0000`))) continue;
    const next = list.map((r) => {
      const key = keyOf(c, r.id);
      const mine = patches.get(key);
      if (!mine) return r;
      const row = patched(c, r, mine);
      const before = shown.get(key);
      if (before && same(before, row)) return before;
      shown.set(key, row);
      return row;
    });
    out = { ...out, [c]: next };
  }
  return out;
}

/**
 * Takes off the patches of `token`; returns `confirmed` with the rows shown so far kept where
 * Node's rows look the same (so nothing is drawn again). One pass over each list, however many
 * rows the edit had (a paste of 1 000).
 */
export function settle(token: number, confirmed: Plan | null): Plan | null {
  const kept = new Map<Editable, Map<string, Row>>();
  for (const key of keysOf.get(token) ?? []) {
    const rest = (patches.get(key) ?? []).filter((p) => p.token !== token);
    if (rest.length) {
      patches.set(key, rest);
      continue;
    }
    patches.delete(key);
    const before = shown.get(key);
    shown.delete(key);
    if (!before) continue;
    const [c, id] = key.split('\u0000') as [Editable, string];
    if (!kept.has(c)) kept.set(c, new Map());
    kept.get(c)!.set(id, before);
  }
  keysOf.delete(token);
  if (!confirmed) return confirmed;
  let out = confirmed;
  for (const [c, rows] of kept) {
    let changed = false;
    const next = (confirmed[c] as Row[]).map((r) => {
      const before = rows.get(r.id);
      if (!before || before === r || !same(before, r)) return r;
      changed = true;
      return before;
    });
    if (changed) out = { ...out, [c]: next };
  }
  return out;
}
