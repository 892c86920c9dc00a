// How large a file the importers take. Node refuses larger ones before reading them; the page
// checks the same number before it sends a picked file, so a 200 MB file never travels.
import { ROW_CAPS } from '../domain/ranges';
import { formatNumber } from '../format/number';

/** The largest xlsx or CSV file an import reads (a 10 000-action workbook is about 2 MB). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** The longest base64 text of a file sent from the page (MAX_IMPORT_BYTES encoded). */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4;

/** What an xlsx may unpack to in all (its XML); more is a zip bomb or no plan of ours. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => formatNumber(n / (1024 * 1024), 'sv', n < 10 * 1024 * 1024 ? 1 : 0);
  return `Filen är ${mb(bytes)} MB; filer som läses in får vara högst ${mb(MAX_IMPORT_BYTES)} MB.`;
}

/** When the size is not known exactly (a sent file over the limit). */
export const TOO_LARGE = `Filen är för stor; filer som läses in får vara högst ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`;

/** Rows of data one sheet (or CSV file) may have: no import can take more (a plan holds at most ROW_CAPS.actions actions). */
export const MAX_DATA_ROWS = ROW_CAPS.actions;

/**
 * Rows one sheet may have, counted while it is read, empty ones included: the data and a few
 * headings above them. A sheet of millions of empty rows is refused after reading this many
 * instead of filling the memory.
 */
export const MAX_SHEET_ROWS = MAX_DATA_ROWS + 100;

/** Filled cells a whole workbook may have (a 200 000-action sheet of 15 columns is 3 million). */
export const MAX_CELLS = 4_000_000;

/** A sheet (`sheet` its name) or a CSV file (`sheet` null) with more than MAX_SHEET_ROWS rows. */
export function tooManyRowsMessage(sheet: string | null): string {
  const what = sheet === null ? 'Filen har' : 'Arbetsboken har';
  const where = sheet === null ? '' : ` (i bladet "${sheet.slice(0, 60)}")`;
  return `${what} fler än ${formatNumber(MAX_DATA_ROWS)} rader${where}; så många kan ingen import läsa. Ta bort tomma rader eller dela upp filen och försök igen.`;
}

/** Columns a row may have: Excel's own limit (XFD). */
export const MAX_COLUMNS = 16_384;

export const TOO_MANY_COLUMNS = `Filen har rader med fler än ${formatNumber(MAX_COLUMNS)} kolumner, vilket inget kalkylark har; den läses inte in.`;

export const TOO_MANY_CELLS = `Arbetsboken har fler än ${formatNumber(MAX_CELLS)} ifyllda celler; så många kan ingen import läsa. Dela upp den och försök igen.`;

export const OUT_OF_MEMORY = 'Filen är för stor för att läsas in (minnet räckte inte till). Dela upp den och försök igen.';
