// A sheet as the workbook builders describe it and the xlsx writer renders it: columns with a
// width and a number format, rows of values. Numbers stay numbers; every text goes through the
// formula neutralising in the writer, so no builder can forget it.
import type { MoneyUnit } from '../../shared/domain/ids';

export type Value = string | number | null;

export interface Styled {
  v: Value;
  /** An Excel number format for this cell (else the column's). */
  fmt?: string;
  bold?: boolean;
}

export type OutCell = Value | Styled;

export interface SheetColumn {
  width: number;
  fmt?: string;
}

export interface SheetModel {
  name: string;
  hidden?: boolean;
  columns: SheetColumn[];
  rows: OutCell[][];
  /** The header row (1-based): bold, frozen, and with filters when `filter`. */
  header?: number;
  filter?: boolean;
  /** Rows (1-based) shown bold: titles, section headings, totals. */
  boldRows?: number[];
}

/** Excel number formats; Excel shows them with the reader's own separators ("1 234", "12,5 %"). */
export const FMT = {
  int: '#,##0',
  tons: '#,##0',
  percent: '0.0%',
  factor: '0.00',
  year: '0',
  text: '@',
} as const;

/** Money in the plan's unit: whole numbers, with a decimal in mnkr (where 1 is a million). */
export function moneyFormat(unit: MoneyUnit): string {
  return unit === 'mnkr' ? '#,##0.0' : '#,##0';
}

export const bold = (v: Value, fmt?: string): Styled => ({ v, bold: true, fmt });

/** The date as the user's calendar shows it (2025-05-01), not UTC's. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
