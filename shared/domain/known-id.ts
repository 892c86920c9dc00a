// Ids of known values (default sectors, statuses, effect kinds) as the program's own copy of the
// string. V8 keeps one copy of each string literal, but JSON.parse makes a new string per value
// for values over ten characters ('electricityHeat', 'agriculture'), and SQLite does for all of
// them: with one shared copy, the engine's per-action lookups compare pointers instead of
// characters, and read a string that is already in the CPU's cache.

/** The program's copy of `value` when it is one of `values`; else `value` itself. */
export function knownId<T extends string>(values: readonly string[], value: T): T {
  for (let i = 0; i < values.length; i++) if (values[i] === value) return values[i] as T;
  return value;
}
