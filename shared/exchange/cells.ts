// One spreadsheet cell as the importers see it, whatever file it came from: the xlsx reader and
// the CSV reader both turn their cells into these, and every parsing rule works on them. Pure.

export type Cell =
  /** A number; `percent` when the cell is formatted as a percentage (the value is then a fraction). */
  | { t: 'n'; v: number; percent?: boolean }
  | { t: 's'; v: string }
  /** A formula: never evaluated and never read as a value (see values.ts). */
  | { t: 'f'; formula: string }
  | { t: 'd'; v: string }
  | { t: 'b'; v: boolean }
  /** An error value such as #N/A or #DIV/0!. */
  | { t: 'e'; v: string };

/** A sheet as rows of cells; `rows[i]` is spreadsheet row i + 1, and `null` is an empty cell. */
export interface Table {
  name: string;
  rows: (Cell | null)[][];
  /** Hidden sheets are offered last and never chosen by default. */
  hidden?: boolean;
}

export const textCell = (v: string): Cell | null => (v === '' ? null : { t: 's', v });

/** Whether a cell holds nothing a person typed (empty, or only spaces). */
export function isBlank(c: Cell | null | undefined): boolean {
  return !c || (c.t === 's' && c.v.trim() === '');
}

/** The cell as a person reads it, for headers, messages and the preview. */
export function cellText(c: Cell | null | undefined): string {
  if (!c) return '';
  switch (c.t) {
    case 'n':
      return String(c.v);
    case 's':
    case 'd':
    case 'e':
      return c.v;
    case 'b':
      return c.v ? 'SANT' : 'FALSKT';
    case 'f':
      return `=${c.formula}`;
  }
}

/** Column letters as the spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
