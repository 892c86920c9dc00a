// Baseline points from a spreadsheet's clipboard: two columns (year, tonnes) down the rows, or
// two rows (years, tonnes) across the columns as emission statistics are often laid out. A
// header row or column that is not a year is skipped. Pure, so it is tested on its own.
import type { BaselinePoint } from '../../../shared/domain/types';
import type { Locale } from '../../../shared/format/number';
import { parseNumber } from '../../../shared/format/parse';

export type PasteResult = { ok: true; points: BaselinePoint[] } | { ok: false; row: number; cell: string };

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

export function pointsFromRows(rows: readonly (readonly string[])[], locale: Locale): PasteResult {
  let pairs = rows.filter((r) => !isBlank(r));
  // Years across: transpose two rows of many columns into many rows of two.
  if (pairs.length === 2 && pairs[0].length > 2) pairs = pairs[0].map((_, i) => [pairs[0][i] ?? '', pairs[1][i] ?? '']);
  const points: BaselinePoint[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [yearText = '', tonsText = ''] = pairs[i];
    const year = parseNumber(yearText, locale);
    // A header ("År", "Utsläpp") before the first point is skipped.
    if (year === null && points.length === 0 && i === 0) continue;
    if (year === null) return { ok: false, row: i + 1, cell: yearText };
    const tons = parseNumber(tonsText, locale);
    if (tons === null) return { ok: false, row: i + 1, cell: tonsText };
    points.push({ year, tonsCo2e: tons });
  }
  return { ok: true, points };
}

/** The existing points with the pasted ones added; a pasted year replaces the point of that year. */
export function mergePoints(existing: readonly BaselinePoint[], pasted: readonly BaselinePoint[]): BaselinePoint[] {
  const byYear = new Map(existing.map((p) => [p.year, p]));
  for (const p of pasted) byYear.set(p.year, p);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
