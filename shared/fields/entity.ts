// What is read off an entity's field registry: its zod shape (strict, and the import form with
// DESIGN §4's defaults), a new row's values, the row ↔ domain mapping of its SQL columns, and
// the one-shape copy the engine wants (normalize.ts). Pure: no SQL runs here.
import type { z } from 'zod';
import { knownId } from '../domain/known-id';
import type { FieldSpec, Words } from './field';

export type Fields = Record<string, FieldSpec>;

export interface Entity<F extends Fields = Fields> {
  /** The SQL table of its rows; null for a value kept inside another entity's rows. */
  table: string | null;
  /** "Åtgärden": starts a not-found sentence. */
  noun: Words;
  fields: F;
}

export function entity<F extends Fields>(e: Entity<F>): Entity<F> {
  return e;
}

export type ShapeOf<F extends Fields> = { [K in keyof F]: F[K]['zod'] };

/** The strict zod shape: every field as the store holds it. */
export function shapeOf<F extends Fields>(fields: F): ShapeOf<F> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(fields)) out[key] = spec.zod;
  return out as ShapeOf<F>;
}

/** The shape as the JSON import reads it: an absent field takes its §4 default. */
export function importShapeOf<F extends Fields>(fields: F): ShapeOf<F> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(fields)) {
    out[key] = spec.default === undefined ? spec.zod : (spec.zod as z.ZodType<unknown>).default(spec.default as never);
  }
  return out as ShapeOf<F>;
}

/** A new row's values: each field's `initial`, else its default; lists start empty. */
export function initialValues(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(fields)) {
    const v = spec.initial !== undefined ? spec.initial : spec.default;
    if (v !== undefined) out[key] = Array.isArray(v) ? [...v] : v && typeof v === 'object' ? { ...v } : v;
  }
  return out;
}

type SqlValue = string | number | null;

interface Column {
  key: string;
  column: string;
  /** A boolean stored as 0/1; an optional one is absent when 0. */
  bool: boolean;
  required: boolean;
  nullable: boolean;
  interned?: readonly string[];
}

const columnOf = (key: string, s: FieldSpec): Column => ({
  key,
  column: s.column!,
  bool: s.kind === 'bool',
  required: s.required,
  nullable: !!s.nullIsValue,
  interned: s.interned,
});

function columnsOf(fields: Fields): Column[] {
  return Object.entries(fields)
    .filter(([, s]) => s.column !== null)
    .map(([key, s]) => columnOf(key, s));
}

/** A field whose parts are columns of the row (see FieldSpec.parts). */
interface Group {
  key: string;
  parts: Column[];
}

function groupsOf(fields: Fields): Group[] {
  return Object.entries(fields)
    .filter(([, s]) => s.parts !== undefined)
    .map(([key, s]) => ({ key, parts: columnsOf(s.parts!) }));
}

/** Every SQL column of the entity's row that holds a field: its own, and its groups' parts. */
export function sqlColumnsOf(fields: Fields): { key: string; column: string; spec: FieldSpec }[] {
  const out: { key: string; column: string; spec: FieldSpec }[] = [];
  for (const [key, s] of Object.entries(fields)) {
    if (s.column !== null) out.push({ key, column: s.column, spec: s });
    if (s.parts) for (const [part, p] of Object.entries(s.parts)) if (p.column !== null) out.push({ key: `${key}.${part}`, column: p.column, spec: p });
  }
  return out;
}

function readColumn(c: Column, row: Record<string, unknown>): unknown {
  const v = row[c.column] as unknown;
  if (c.bool) return v === 1 ? true : c.required ? false : undefined;
  if (v === null) return c.nullable ? null : undefined;
  if (c.interned && typeof v === 'string') return knownId(c.interned, v);
  return v;
}

function writeColumn(c: Column, x: unknown): SqlValue {
  return c.bool ? (x ? 1 : 0) : x === undefined ? null : (x as SqlValue);
}

/**
 * One object shape for every row of an entity: all keys present in the registry's order,
 * absent ones `undefined` (JSON drops them). Made by copying a template, which keeps V8 on one
 * hidden class (objects built key by key past sixteen keys fall back to slow dictionaries).
 */
export function shapeTemplate(fields: Fields): Readonly<Record<string, unknown>> {
  return Object.freeze(Object.fromEntries(Object.keys(fields).map((k) => [k, undefined])));
}

/** Maps an entity's SQL row to its domain object and back, for the columns it has. */
export function rowMapper<T extends object>(fields: Fields) {
  const columns = columnsOf(fields);
  const groups = groupsOf(fields);
  const keys = Object.keys(fields);
  const template = shapeTemplate(fields);
  return {
    columns,
    /** The domain object of `row`; values of the entity's lists come from `lists`. */
    fromRow(row: Record<string, unknown>, lists?: Record<string, unknown>): T {
      const out: Record<string, unknown> = { ...template };
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        out[c.key] = readColumn(c, row);
      }
      for (const g of groups) {
        // The group's object holds its parts that are not NULL, and is absent when none is.
        let value: Record<string, unknown> | undefined;
        for (const c of g.parts) {
          const v = readColumn(c, row);
          if (v !== undefined) (value ??= {})[c.key] = v;
        }
        out[g.key] = value;
      }
      if (lists) for (const k of keys) if (k in lists) out[k] = lists[k];
      return out as T;
    },
    /** The SQL row of `value`: absent fields are NULL, flags 0/1. */
    toRow(value: T, extra: Record<string, SqlValue> = {}): Record<string, SqlValue> {
      const out: Record<string, SqlValue> = { ...extra };
      const v = value as Record<string, unknown>;
      for (const c of columns) out[c.column] = writeColumn(c, v[c.key]);
      for (const g of groups) {
        const o = v[g.key] as Record<string, unknown> | null | undefined;
        for (const c of g.parts) out[c.column] = writeColumn(c, o?.[c.key]);
      }
      return out;
    },
  };
}

/** Copies `value` into the entity's one shape, with known ids as the program's own strings. */
export function normalizer<T extends object>(fields: Fields): (value: T) => T {
  const keys = Object.keys(fields);
  const interned = keys.map((k) => fields[k].interned);
  const template = shapeTemplate(fields);
  return (value) => {
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = { ...template };
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const known = interned[i];
      const v = src[k];
      out[k] = known && typeof v === 'string' ? knownId(known, v) : v;
    }
    return out as T;
  };
}
