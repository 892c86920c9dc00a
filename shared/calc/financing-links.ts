// Which action each financing entry names, as the action's slot in plan.actions. Financing
// needs to know, per entry, whether the scenario takes its action in; looking action ids up by
// string for every action of every calculation cost about a fifth of a calculation at 10 000
// actions. The links are kept per financing list (a WeakMap: they go with the plan snapshot)
// and checked, not trusted, when the actions list is a new one: an edit of one action leaves
// every slot as it was.
import type { Action, FinancingEntry } from '../domain/types';

/** No action: an entry for the plan as a whole, or (in an invalid plan) an unknown id. */
export const NO_ACTION = -1;

interface Links {
  /** The actions list the slots were last checked against. */
  actions: readonly Action[];
  /** Per financing entry, the slot of its action or NO_ACTION. */
  readonly slots: Int32Array;
}

const kept = new WeakMap<readonly FinancingEntry[], Links>();

/** Per financing entry, the slot in `actions` of the action it names, or NO_ACTION. */
export function financingSlots(actions: readonly Action[], entries: readonly FinancingEntry[]): Int32Array {
  const links = kept.get(entries);
  if (links && (links.actions === actions || stillLinked(links.slots, actions, entries))) {
    links.actions = actions;
    return links.slots;
  }
  const fresh = linkEntries(actions, entries);
  kept.set(entries, fresh);
  return fresh.slots;
}

/** Every entry's action is still in its slot (ids are unique in a valid plan). */
function stillLinked(slots: Int32Array, actions: readonly Action[], entries: readonly FinancingEntry[]): boolean {
  for (let k = 0; k < entries.length; k++) {
    const actionId = entries[k].actionId;
    const slot = slots[k];
    if (actionId === null ? slot !== NO_ACTION : slot === NO_ACTION || actions[slot]?.id !== actionId) return false;
  }
  return true;
}

function linkEntries(actions: readonly Action[], entries: readonly FinancingEntry[]): Links {
  const slots = new Int32Array(entries.length).fill(NO_ACTION);
  const wanted = new Map<string, number[]>();
  for (let k = 0; k < entries.length; k++) {
    const actionId = entries[k].actionId;
    if (actionId === null) continue;
    const list = wanted.get(actionId);
    if (list) list.push(k);
    else wanted.set(actionId, [k]);
  }
  if (wanted.size > 0) {
    for (let a = 0; a < actions.length; a++) {
      const list = wanted.get(actions[a].id);
      if (!list) continue;
      for (const k of list) if (slots[k] === NO_ACTION) slots[k] = a;
    }
  }
  return { actions, slots };
}
