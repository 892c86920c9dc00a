// The Swedish sentences that refuse a value. Built from the field registry's subjects and the
// range table, so the grid, the API and the JSON import say the same thing about the same field.
import { RANGES, TEXT_MAX_LENGTH, type NumberRange, type RangeKey } from '../domain/ranges';
import { formatNumber, formatPercent } from '../format/number';

export type FieldUnit = 'kr' | 'kr/år' | 't' | 't/år' | 'kr/t' | 'år' | '%' | '';

/** What a range refusal needs to know of its field. */
export interface RangeSpec {
  /** "Investeringen": starts the sentence. */
  subject: string;
  range?: RangeKey;
  unit?: FieldUnit;
}

const YEAR = RANGES.year;

function bound(spec: RangeSpec, v: number): string {
  if (spec.unit === '%') return formatPercent(v, 'sv', 2);
  const n = formatNumber(v, 'sv', 6);
  return spec.unit && spec.unit !== 'år' ? `${n} ${spec.unit}` : n;
}

/** Why `v` is refused for the field, or `null` when it is valid. */
export function rangeProblem(spec: RangeSpec, v: unknown): string | null {
  const r: NumberRange | undefined = spec.range ? RANGES[spec.range] : undefined;
  const s = spec.subject;
  if (typeof v !== 'number' || !Number.isFinite(v)) return notANumber(s, r);
  if (!r) return null;
  if (r === YEAR) {
    return Number.isInteger(v) && v >= r.min && v <= r.max ? null : `${s} måste vara ett år mellan ${r.min} och ${r.max}.`;
  }
  const kind = r.integer ? 'ett heltal' : 'ett tal';
  if (v < r.min || v > r.max) {
    if (r.max >= 1e9 && v < r.min) return `${s} måste vara ${kind} ≥ ${bound(spec, r.min)}.`;
    if (r.max >= 1e9 && v > r.max) return `${s} får vara högst ${bound(spec, r.max)}.`;
    return `${s} måste vara ${kind} mellan ${bound(spec, r.min)} och ${bound(spec, r.max)}.`;
  }
  if (r.integer && !Number.isInteger(v)) return `${s} måste vara ett heltal${spec.unit === 'kr' || spec.unit === 'kr/år' ? ' (hela kronor)' : ''}.`;
  return null;
}

function notANumber(subject: string, r: NumberRange | undefined): string {
  if (r === YEAR) return `${subject} måste vara ett år mellan ${YEAR.min} och ${YEAR.max}.`;
  return `${subject} måste vara ${r?.integer ? 'ett heltal' : 'ett tal'}.`;
}

/** Each takes the field's subject ("Investeringen", `Fältet "x"`). */
export const msg = {
  missing: (subject: string) => `${subject} saknas.`,
  notText: (subject: string) => `${subject} måste vara en text.`,
  textTooLong: (subject: string) => `${subject} får vara högst ${formatNumber(TEXT_MAX_LENGTH)} tecken lång.`,
  emptyText: (subject: string) => `${subject} får inte vara tom.`,
  notOneOf: (subject: string, allowed: readonly string[]) => `${subject} måste vara en av: ${allowed.join(', ')}.`,
  notBoolean: (subject: string) => `${subject} måste vara sant eller falskt (true/false).`,
  notList: (subject: string) => `${subject} måste vara en lista.`,
  notObject: (subject: string) => `${subject} måste vara ett objekt.`,
  badId: (subject: string) => `${subject} måste vara 1–64 tecken av A–Z, a–z, 0–9 och _ . : -`,
  unknownField: (key: string) => `Okänt fält "${key}".`,
  tooMany: (subject: string, max: number) => `${subject} får innehålla högst ${formatNumber(max)} rader.`,
};
