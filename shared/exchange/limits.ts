// How large a file the importers take. Node refuses larger ones before reading them; the page
// checks the same number before it sends a picked file, so a 200 MB file never travels.
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
