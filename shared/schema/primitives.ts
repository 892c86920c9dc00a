// Field schemas for call inputs that are not an entity's own fields (ids of rows to act on,
// paging, choices): each refuses in Swedish, naming the field by the registry's subject for
// its key where it has one ("Sektorn"), else by the key.
import type { z } from 'zod';
import { boolSchema, enumSchema, idSchema, listSchema, numberSchema, objectSchema, textSchema } from '../fields/field';
import { fieldOfKey, subjectOfKey } from '../fields';

/** A number in the range of the registry's field of that key (`year`, `capexSek`). */
export function num(field: string) {
  const spec = fieldOfKey(field);
  if (!spec?.range) throw new Error(`field ${field} has no range`);
  return numberSchema(spec.subject.sv, spec.range, spec.unit);
}

export function text(field: string, opts: { nonEmpty?: boolean } = {}) {
  return textSchema(subjectOfKey(field), opts);
}

export function id(field: string) {
  return idSchema(subjectOfKey(field));
}

export function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return enumSchema(subjectOfKey(field), values);
}

export function bool(field: string) {
  return boolSchema(subjectOfKey(field));
}

export function list<T extends z.ZodType>(field: string, item: T, max?: number) {
  return listSchema(subjectOfKey(field), item, max);
}

export function object<S extends z.ZodRawShape>(field: string, shape: S) {
  return objectSchema(subjectOfKey(field), shape);
}

/** A whole number in [min, max] that is not a plan field (paging, counts), with one message. */
export { wholeNumber } from '../fields/field';
