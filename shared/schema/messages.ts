// The Swedish sentences that refuse a value. Built from the field table and the range table,
// so the grid, the API and the JSON import say the same thing about the same field.
import { FIELDS, type FieldKey, type FieldSpec } from '../domain/fields';
import { RANGES, TEXT_MAX_LENGTH, type NumberRange } from '../domain/ranges';
import { formatNumber, formatPercent } from '../format/number';

const YEAR = RANGES.year;

function bound(spec: FieldSpec, v: number): string {
  if (spec.unit === '%') return formatPercent(v, 'sv', 2);
  const n = formatNumber(v, 'sv', 6);
  return spec.unit && spec.unit !== 'år' ? `${n} ${spec.unit}` : n;
}

/** Why `v` is refused for the field, or `null` when it is valid. */
export function rangeProblem(field: FieldKey, v: unknown): string | null {
  const spec: FieldSpec = FIELDS[field];
  const r: NumberRange | undefined = spec.range ? RANGES[spec.range] : undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) return notANumber(spec, r);
  if (!r) return null;
  if (r === YEAR) {
    return Number.isInteger(v) && v >= r.min && v <= r.max ? null : `${spec.sv} måste vara ett år mellan ${r.min} och ${r.max}.`;
  }
  const kind = r.integer ? 'ett heltal' : 'ett tal';
  if (v < r.min || v > r.max) {
    if (r.max >= 1e9 && v < r.min) return `${spec.sv} måste vara ${kind} ≥ ${bound(spec, r.min)}.`;
    if (r.max >= 1e9 && v > r.max) return `${spec.sv} får vara högst ${bound(spec, r.max)}.`;
    return `${spec.sv} måste vara ${kind} mellan ${bound(spec, r.min)} och ${bound(spec, r.max)}.`;
  }
  if (r.integer && !Number.isInteger(v)) return `${spec.sv} måste vara ett heltal${spec.unit === 'kr' || spec.unit === 'kr/år' ? ' (hela kronor)' : ''}.`;
  return null;
}

function notANumber(spec: FieldSpec, r: NumberRange | undefined): string {
  if (r === YEAR) return `${spec.sv} måste vara ett år mellan ${YEAR.min} och ${YEAR.max}.`;
  return `${spec.sv} måste vara ${r?.integer ? 'ett heltal' : 'ett tal'}.`;
}

export const msg = {
  missing: (field: string) => `${label(field)} saknas.`,
  notText: (field: string) => `${label(field)} måste vara en text.`,
  textTooLong: (field: string) =>
    `${label(field)} får vara högst ${formatNumber(TEXT_MAX_LENGTH)} tecken lång.`,
  emptyText: (field: string) => `${label(field)} får inte vara tom.`,
  forbiddenCharacter: (field: string, code: string, position: number) =>
    `${label(field)} innehåller ett tecken som inte får finnas i en text (${code}, tecken ${formatNumber(position)}); ta bort det och försök igen.`,
  notOneOf: (field: string, allowed: readonly string[]) =>
    `${label(field)} måste vara en av: ${allowed.join(', ')}.`,
  notBoolean: (field: string) => `${label(field)} måste vara sant eller falskt (true/false).`,
  notList: (field: string) => `${label(field)} måste vara en lista.`,
  notObject: (field: string) => `${label(field)} måste vara ett objekt.`,
  badId: (field: string) =>
    `${label(field)} måste vara 1–64 tecken av A–Z, a–z, 0–9 och _ . : -`,
  unknownField: (key: string) => `Okänt fält "${key}".`,
  moreUnknownFields: (n: number) => `Och ${formatNumber(n)} okända fält till.`,
  tooMany: (field: string, max: number) => `${label(field)} får innehålla högst ${formatNumber(max)} rader.`,
};

export function label(field: string): string {
  return field in FIELDS ? FIELDS[field as FieldKey].sv : `Fältet "${field}"`;
}
