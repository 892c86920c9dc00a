// Auto-matching a sheet's columns to the fields of an import: which row holds the headers,
// which field each column fills, which money unit the amounts are in, and whether the sheet
// holds actions or financing entries. The user may change every choice; this only proposes. Pure.
import type { MoneyUnit } from '../domain/ids';
import { cellText, isBlank, type Table } from './cells';
import { columnKeys, columnsOf, type ColumnDef, type ImportKind, type TableKind } from './columns';
import { headerKey, nameKey } from './headers';

/** How far down a header row is looked for (titles and notes may stand above it). */
const HEADER_SEARCH_ROWS = 20;

const keyIndex = new Map<TableKind, Map<string, string>>();

function keysOf(kind: TableKind): Map<string, string> {
  let m = keyIndex.get(kind);
  if (!m) {
    m = new Map();
    for (const def of columnsOf(kind)) for (const k of columnKeys(def)) if (!m.has(k)) m.set(k, def.field);
    keyIndex.set(kind, m);
  }
  return m;
}

/** The field a header names, or null. */
export function fieldOfHeader(header: string, kind: TableKind): string | null {
  return keysOf(kind).get(headerKey(header).key) ?? null;
}

/** The header texts of row `headerRow` (1-based), up to the last non-empty cell. */
export function headersOf(table: Table, headerRow: number): string[] {
  const row = table.rows[headerRow - 1] ?? [];
  let last = row.length - 1;
  while (last >= 0 && isBlank(row[last])) last -= 1;
  return row.slice(0, last + 1).map((c) => cellText(c).trim());
}

function matchCount(headers: string[], kind: TableKind): number {
  return new Set(headers.map((h) => fieldOfHeader(h, kind)).filter((f) => f !== null)).size;
}

/** The row (1-based) that names the most known columns; the first non-empty row if none does. */
export function findHeaderRow(table: Table, kind: TableKind): number {
  let best = 0;
  let bestCount = 0;
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const n = matchCount(headersOf(table, i + 1), kind);
    if (n > bestCount) {
      best = i + 1;
      bestCount = n;
    }
  }
  if (best) return best;
  const firstFilled = table.rows.findIndex((r) => r.some((c) => !isBlank(c)));
  return firstFilled < 0 ? 1 : firstFilled + 1;
}

/** For every header: the field it fills, or null. A field goes to its first column only. */
export function suggestMapping(headers: string[], kind: TableKind): (string | null)[] {
  const taken = new Set<string>();
  return headers.map((h) => {
    const f = fieldOfHeader(h, kind);
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

/** Actions, financing entries or actuals: by the sheet's name, else by which columns it has more of. */
export function guessKind(table: Table): ImportKind {
  const name = nameKey(table.name);
  if (/finansiering|financing/.test(name)) return 'financing';
  if (/utfall|uppföljning|actuals|outcome/.test(name)) return 'actuals';
  if (/åtgärd|action/.test(name)) return 'actions';
  const count = (kind: ImportKind) => matchCount(headersOf(table, findHeaderRow(table, kind)), kind);
  const actions = count('actions');
  const financing = count('financing');
  // An actuals sheet has a year and figures but neither a name nor a source: only then.
  const actuals = count('actuals');
  if (actuals > actions && actuals > financing) return 'actuals';
  return financing > actions ? 'financing' : 'actions';
}

/** The money unit the mapped money columns' headers name, if they agree; else `fallback`. */
export function suggestUnit(headers: string[], mapping: (string | null)[], kind: TableKind, fallback: MoneyUnit): MoneyUnit {
  const moneyFields = new Set(
    columnsOf(kind)
      .filter((d) => d.kind === 'money')
      .map((d) => d.field),
  );
  const units = new Set<MoneyUnit>();
  headers.forEach((h, i) => {
    const f = mapping[i];
    const unit = headerKey(h).moneyUnit;
    if (f && moneyFields.has(f) && unit) units.add(unit);
  });
  return units.size === 1 ? [...units][0] : fallback;
}

/** Required fields no column fills. */
export function missingRequired(mapping: (string | null)[], kind: TableKind): ColumnDef[] {
  const mapped = new Set(mapping.filter((f): f is string => f !== null));
  return columnsOf(kind).filter((d) => d.required && !mapped.has(d.field));
}
