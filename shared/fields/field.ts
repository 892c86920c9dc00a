// One field of an entity, said once: its SQL column, its kind, its range, its default, its words
// for people (a label for headers and Historik, a subject that starts a refusal), the other
// names an imported file may give it, and whether it is money in the plan's unit. The zod
// schema, the row mappers, the import's columns, the grid's headers and Historik's wording are
// all read off these entries (see entity.ts), so a new field is one entry and a migration.
import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids';
import { RANGES, TEXT_MAX_LENGTH, type RangeKey } from '../domain/ranges';
import { forbiddenCharacter, normaliseLineBreaks } from '../domain/text';
import '../schema/swedish-errors';
import { msg, rangeProblem, type FieldUnit } from '../schema/messages';

export type { FieldUnit };

export interface Words {
  sv: string;
  en: string;
}

/** How a cell of the field is read and written in xlsx/CSV (see shared/exchange/values.ts). */
export type CellKind =
  | 'text'
  | 'id'
  | 'sector'
  | 'status'
  | 'costBearer'
  | 'effectKind'
  | 'financingStatus'
  | 'source'
  | 'actionRef'
  | 'year'
  | 'whole'
  | 'tons'
  /** Per cent in the file, a fraction in the plan. */
  | 'share'
  /** In the file's money unit; whole kronor in the plan. */
  | 'money'
  | 'score'
  /** A multiplier such as 0,8 (an uncertainty range). */
  | 'factor'
  | 'commitments'
  | 'tags'
  | 'other';

export type FieldKind = 'id' | 'text' | 'number' | 'enum' | 'bool' | 'list' | 'object';

export interface FieldSpec<Z extends z.ZodType = z.ZodType> {
  kind: FieldKind;
  /** The column in the entity's table; null when the value lives in rows of its own (a list). */
  column: string | null;
  /** The value's schema, `.optional()` included when the field may be absent. */
  zod: Z;
  required: boolean;
  /** DESIGN §4's value when the field is absent on import; the SQL DEFAULT where there is one. */
  default?: unknown;
  /** A new row's value where it is not `default` (a new action is an idea). */
  initial?: unknown;
  range?: RangeKey;
  /** The allowed values of an `enum` field. */
  values?: readonly string[];
  /** What people call each value of an `enum` field. */
  valueLabels?: Readonly<Record<string, Words>>;
  /** Short, as a column header or Historik names it: "Investering". */
  label: Words;
  /** Definite, as a refusal starts: "Investeringen". */
  subject: Words;
  unit: FieldUnit;
  /** Money in the plan's display unit: a sum, or a sum per year. */
  money?: 'total' | 'perYear';
  /** Other names of the field's column in an imported file (compared by their header key). */
  aliases: readonly string[];
  /** How an xlsx/CSV cell of it is read and written. */
  cell: CellKind;
  /** Column width in the workbook, in characters. */
  width: number;
  /** Known values that get the program's own copy of the string (the engine compares pointers). */
  interned?: readonly string[];
  /** Text that may not be blank. */
  nonEmpty?: boolean;
  /** `null` is a value of its own in the domain (a financing entry without an action). */
  nullIsValue?: boolean;
  /**
   * The fields of an object kept in columns of the entity's own row (an action's uncertainty),
   * each with its column; the object is absent when all of them are NULL.
   */
  parts?: Readonly<Record<string, FieldSpec>>;
}

/** A field under construction: `.optional()` makes it absentable, `.with()` adds what is left. */
export interface Field<Z extends z.ZodType = z.ZodType> extends FieldSpec<Z> {
  optional(): Field<z.ZodOptional<Z>>;
  nullable(): Field<z.ZodNullable<Z>>;
  with(extra: Partial<FieldSpec>): Field<Z>;
}

export interface FieldWords {
  /** [sv, en] label. */
  label: [string, string];
  /** [sv, en] subject; when left out, the label is used as is. */
  subject?: [string, string];
  column?: string | null;
  aliases?: readonly string[];
  width?: number;
  default?: unknown;
  initial?: unknown;
}

function make<Z extends z.ZodType>(spec: FieldSpec<Z>): Field<Z> {
  return {
    ...spec,
    optional: () => make({ ...spec, zod: spec.zod.optional(), required: false }),
    nullable: () => make({ ...spec, zod: spec.zod.nullable(), required: false, nullIsValue: true }),
    with: (extra) => make({ ...spec, ...extra } as FieldSpec<Z>),
  };
}

function base(words: FieldWords, kind: FieldKind, unit: FieldUnit, cell: CellKind) {
  const [sv, en] = words.label;
  const [ssv, sen] = words.subject ?? words.label;
  return {
    kind,
    column: words.column === undefined ? null : words.column,
    required: true,
    default: words.default,
    initial: words.initial,
    label: { sv, en },
    subject: { sv: ssv, en: sen },
    unit,
    aliases: words.aliases ?? [],
    cell,
    width: words.width ?? 14,
  };
}

type ErrFn = (iss: { input?: unknown }) => string;
const missingOr =
  (subject: string, otherwise: ErrFn): ErrFn =>
  (iss) =>
    iss.input === undefined ? msg.missing(subject) : otherwise(iss);

/** A number in one of the ranges of shared/domain/ranges.ts. */
export function numberSchema(subject: string, range: RangeKey, unit: FieldUnit) {
  const spec = { subject, range, unit };
  return z.number({ error: missingOr(subject, (iss) => rangeProblem(spec, iss.input) ?? msg.notOneOf(subject, [])) }).superRefine((v, ctx) => {
    const p = rangeProblem(spec, v);
    if (p) ctx.addIssue({ code: 'custom', message: p });
  });
}

/** A text: line breaks as LF, no control characters but tab and LF (shared/domain/text.ts). */
export function textSchema(subject: string, opts: { nonEmpty?: boolean } = {}) {
  const s = z
    .string({ error: missingOr(subject, () => msg.notText(subject)) })
    .overwrite(normaliseLineBreaks)
    .max(TEXT_MAX_LENGTH, { error: msg.textTooLong(subject) })
    .superRefine((v, ctx) => {
      const bad = forbiddenCharacter(v);
      if (bad) ctx.addIssue({ code: 'custom', message: msg.forbiddenCharacter(subject, bad.code, bad.index + 1) });
    });
  return opts.nonEmpty ? s.refine((v) => v.trim().length > 0, { error: msg.emptyText(subject) }) : s;
}

export function idSchema(subject: string) {
  return z.string({ error: missingOr(subject, () => msg.badId(subject)) }).regex(ID_PATTERN, { error: msg.badId(subject) });
}

export function enumSchema<const T extends readonly [string, ...string[]]>(subject: string, values: T) {
  return z.enum(values, { error: missingOr(subject, () => msg.notOneOf(subject, values)) });
}

export function boolSchema(subject: string) {
  return z.boolean({ error: missingOr(subject, () => msg.notBoolean(subject)) });
}

export function listSchema<T extends z.ZodType>(subject: string, item: T, max?: number) {
  const a = z.array(item, { error: missingOr(subject, () => msg.notList(subject)) });
  return max === undefined ? a : a.max(max, { error: msg.tooMany(subject, max) });
}

export function objectSchema<S extends z.ZodRawShape>(subject: string, shape: S) {
  return z.strictObject(shape, { error: missingOr(subject, () => msg.notObject(subject)) });
}

const CELL_OF_RANGE: Partial<Record<RangeKey, CellKind>> = { year: 'year', moneySek: 'money', effectShare: 'share', reduction: 'share' };

/** The field builders, one per kind of value. */
export const f = {
  id: (w: FieldWords) => make({ ...base(w, 'id', '', 'id'), zod: idSchema(subjectOf(w)) }),
  /** An id of another entity's row (a sector, a source, an action). */
  ref: (w: FieldWords, cell: CellKind, interned?: readonly string[]) => make({ ...base(w, 'id', '', cell), zod: idSchema(subjectOf(w)), interned }),
  text: (w: FieldWords, opts: { nonEmpty?: boolean } = {}) =>
    make({ ...base(w, 'text', '', 'text'), zod: textSchema(subjectOf(w), opts), nonEmpty: opts.nonEmpty }),
  number: (w: FieldWords, range: RangeKey, unit: FieldUnit = '', cell?: CellKind) =>
    make({
      ...base(w, 'number', unit, cell ?? CELL_OF_RANGE[range] ?? (RANGES[range].integer ? 'whole' : 'tons')),
      zod: numberSchema(subjectOf(w), range, unit),
      range,
    }),
  year: (w: FieldWords) => f.number(w, 'year', 'år', 'year'),
  /** Whole kronor, shown and typed in the plan's unit (a sum, or a sum per year). */
  money: (w: FieldWords, per: 'total' | 'perYear' = 'total') => f.number(w, 'moneySek', per === 'perYear' ? 'kr/år' : 'kr', 'money').with({ money: per }),
  oneOf: <const T extends readonly [string, ...string[]]>(
    w: FieldWords,
    values: T,
    valueLabels: Readonly<Record<T[number], Words>>,
    cell: CellKind = 'other',
  ) => make({ ...base(w, 'enum', '', cell), zod: enumSchema(subjectOf(w), values), values, valueLabels, interned: values }),
  bool: (w: FieldWords) => make({ ...base(w, 'bool', '', 'other'), zod: boolSchema(subjectOf(w)) }),
  /** A list held in rows of its own (overrides, tags, links). */
  list: <Z extends z.ZodType>(w: FieldWords, zod: Z, cell: CellKind = 'other') => make({ ...base(w, 'list', '', cell), zod }),
  /** An object held in rows of its own (co-benefit scores). */
  object: <Z extends z.ZodType>(w: FieldWords, zod: Z) => make({ ...base(w, 'object', '', 'other'), zod }),
  /** An object whose parts are columns of the entity's own row, one field each (an action's uncertainty). */
  group: <P extends Record<string, FieldSpec>>(w: FieldWords, parts: P) =>
    make({ ...base(w, 'object', '', 'other'), zod: objectSchema(subjectOf(w), shapeOfParts(parts)), parts }),
};

function shapeOfParts<P extends Record<string, FieldSpec>>(parts: P): { [K in keyof P]: P[K]['zod'] } {
  const out: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(parts)) out[key] = spec.zod;
  return out as { [K in keyof P]: P[K]['zod'] };
}

function subjectOf(w: FieldWords): string {
  return (w.subject ?? w.label)[0];
}

/**
 * An object of action id → year (a scenario's `startYears`). Read entry by entry and made with
 * fromEntries, so that an id such as "__proto__" stays a plain key (z.record would drop it).
 * No entries means no moves: absent, as the store gives it back.
 */
export function yearsByIdSchema(subject: string, max: number) {
  const year = { subject: 'Startåret', range: 'year' as const, unit: 'år' as const };
  return z.unknown().transform((input, ctx): Record<string, number> => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      ctx.addIssue({ code: 'custom', message: input === undefined ? msg.missing(subject) : msg.notObject(subject) });
      return z.NEVER;
    }
    const entries = Object.entries(input);
    if (entries.length > max) ctx.addIssue({ code: 'custom', message: msg.tooMany(subject, max) });
    for (const [key, y] of entries) {
      if (!ID_PATTERN.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: msg.badId('Åtgärden') });
      const problem = rangeProblem(year, y);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
    return (entries.length > 0 ? Object.fromEntries(entries) : undefined) as Record<string, number>;
  });
}

/** A whole number in [min, max] that is not a plan field (paging, counts), with one message. */
export function wholeNumber(message: string, min: number, max: number) {
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}
