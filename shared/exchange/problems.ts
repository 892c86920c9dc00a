// A problem found in an imported file, named by where a person finds it in the spreadsheet:
// sheet, row number and column letter (and the column's header).
import { columnLetter } from './cells';

export interface ImportProblem {
  /** The spreadsheet row (1-based); 0 for the file or sheet as a whole. */
  row: number;
  /** The column letter (`D`), or '' when the problem is the row's or the file's. */
  column: string;
  /** The column's header as the file writes it, or ''. */
  header: string;
  message: string;
  /** Set when a file has several sheets that are read (the whole-plan import). */
  sheet?: string;
}

export function problemAt(row: number, columnIndex: number | null, header: string, message: string): ImportProblem {
  return { row, column: columnIndex === null ? '' : columnLetter(columnIndex), header, message };
}

/** "Åtgärder, rad 5, kolumn D (Investering): …" – for the CLI and single-line messages. */
export function describeImportProblem(p: ImportProblem): string {
  const where: string[] = [];
  if (p.sheet) where.push(`bladet ${p.sheet}`);
  if (p.row > 0) where.push(`rad ${p.row}`);
  if (p.column) where.push(`kolumn ${p.column}${p.header ? ` (${p.header})` : ''}`);
  return where.length ? `${where.join(', ')}: ${p.message}` : p.message;
}

/** At most this many problems are listed; the count says how many there were in all. */
export const MAX_LISTED_PROBLEMS = 500;

/** Spreadsheet order: by row, then by column (A … Z, AA …); a row's own problems first. */
export function byPlace(a: ImportProblem, b: ImportProblem): number {
  return a.row - b.row || a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0);
}
