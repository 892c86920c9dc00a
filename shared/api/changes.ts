// How an update's `changes` apply to an entity: `null` removes an optional field, absent keys
// stay. Node applies them before validating; the renderer applies the same to show an edit at
// once, before Node has answered.
export function applyChanges<T extends object>(current: T, changes: object): T {
  const out = { ...current } as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as T;
}
