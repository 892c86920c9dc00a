// "Ändringar sedan versionen" (DESIGN §8): actions added and removed since the version, and for
// each action in both, the fields whose values differ (compared as the JSON holds them).
import type { Action } from '../domain/types';
import { action as actionEntity } from '../fields';
import type { FollowUpChanges } from './types';

const FIELDS = Object.keys(actionEntity.fields) as (keyof Action)[];

/** A value as the JSON holds it, object keys sorted, so that equal content compares equal. */
function canonical(v: unknown): string {
  if (v === undefined) return '';
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, y]) => y !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : x,
  );
}

export function changedFields(now: Action, then: Action): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    const a = now[f];
    const b = then[f];
    if (a === b) continue;
    if (typeof a !== 'object' && typeof b !== 'object') {
      if (a !== b) out.push(f);
    } else if (canonical(a) !== canonical(b)) out.push(f);
  }
  return out;
}

export function actionChanges(current: readonly Action[], reference: readonly Action[]): FollowUpChanges {
  const before = new Map(reference.map((a) => [a.id, a]));
  const now = new Set(current.map((a) => a.id));
  const out: FollowUpChanges = { added: [], removed: [], changed: [] };
  for (const a of current) {
    const b = before.get(a.id);
    if (!b) out.added.push(a.id);
    else {
      const fields = changedFields(a, b);
      if (fields.length) out.changed.push({ id: a.id, fields });
    }
  }
  for (const a of reference) if (!now.has(a.id)) out.removed.push(a.id);
  return out;
}
