// Field schemas built from the field and range tables, each refusing in Swedish.
import { z } from 'zod';
import { FIELDS, type FieldKey } from '../domain/fields';
import { ID_PATTERN } from '../domain/ids';
import { TEXT_MAX_LENGTH } from '../domain/ranges';
import { forbiddenCharacter, normaliseLineBreaks } from '../domain/text';
import { msg, rangeProblem } from './messages';
import './swedish-errors';

type ErrFn = (iss: { input?: unknown }) => string;
const missingOr = (field: string, otherwise: ErrFn): ErrFn => (iss) =>
  iss.input === undefined ? msg.missing(field) : otherwise(iss);

/** A number in the field's range (from the range table). */
export function num(field: FieldKey) {
  if (!FIELDS[field].range) throw new Error(`field ${field} has no range`);
  return z
    .number({ error: missingOr(field, (iss) => rangeProblem(field, iss.input) ?? msg.notOneOf(field, [])) })
    .superRefine((v, ctx) => {
      const p = rangeProblem(field, v);
      if (p) ctx.addIssue({ code: 'custom', message: p });
    });
}

/** A text field: line breaks as LF, no control characters but tab and LF (shared/domain/text.ts). */
export function text(field: string, opts: { nonEmpty?: boolean } = {}) {
  const s = z
    .string({ error: missingOr(field, () => msg.notText(field)) })
    .overwrite(normaliseLineBreaks)
    .max(TEXT_MAX_LENGTH, { error: msg.textTooLong(field) })
    .superRefine((v, ctx) => {
      const bad = forbiddenCharacter(v);
      if (bad) ctx.addIssue({ code: 'custom', message: msg.forbiddenCharacter(field, bad.code, bad.index + 1) });
    });
  return opts.nonEmpty ? s.refine((v) => v.trim().length > 0, { error: msg.emptyText(field) }) : s;
}

export function id(field: string) {
  return z.string({ error: missingOr(field, () => msg.badId(field)) }).regex(ID_PATTERN, { error: msg.badId(field) });
}

export function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: missingOr(field, () => msg.notOneOf(field, values)) });
}

export function bool(field: string) {
  return z.boolean({ error: missingOr(field, () => msg.notBoolean(field)) });
}

export function list<T extends z.ZodType>(field: string, item: T, max?: number) {
  const a = z.array(item, { error: missingOr(field, () => msg.notList(field)) });
  return max === undefined ? a : a.max(max, { error: msg.tooMany(field, max) });
}

export function object<S extends z.ZodRawShape>(field: string, shape: S) {
  return z.strictObject(shape, { error: missingOr(field, () => msg.notObject(field)) });
}

/** A whole number in [min, max] that is not a plan field (paging, counts), with one message. */
export function wholeNumber(message: string, min: number, max: number) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}
