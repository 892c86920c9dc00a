// What a file the user picked really is, from its first bytes (never from its name alone), and
// the refusals for what cannot be read: too large, not a spreadsheet, a zip bomb. Each says in
// one Swedish sentence what the file is and what to do.
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/exchange/limits';
import { checkZip, ZipRefused } from './zip-guard';

export type ImportFileKind = 'xlsx' | 'csv';

/** A file that cannot be imported; the message is for the user. */
export class FileRefused extends Error {}

const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

function looksLikeText(b: Buffer): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return true;
  const head = b.subarray(0, 8192);
  return !head.includes(0);
}

function zipKind(names: string[]): string | null {
  const has = (p: string) => names.some((n) => n.startsWith(p));
  if (has('xl/') && names.includes('[Content_Types].xml')) return null;
  if (names.includes('mimetype') && has('content.xml')) {
    return 'Filen är ett OpenDocument-kalkylark (.ods); spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.';
  }
  if (has('word/')) return 'Filen är ett Word-dokument, inte en Excel-arbetsbok.';
  if (has('ppt/')) return 'Filen är en PowerPoint-presentation, inte en Excel-arbetsbok.';
  return 'Filen är ett zip-arkiv men ingen Excel-arbetsbok.';
}

/** Checks size and content; returns what the file is, or throws FileRefused. */
export function checkImportFile(bytes: Buffer, fileName: string): ImportFileKind {
  if (bytes.length > MAX_IMPORT_BYTES) throw new FileRefused(tooLargeMessage(bytes.length));
  if (bytes.length === 0) throw new FileRefused(`Filen ${fileName} är tom.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    let names: string[];
    try {
      names = checkZip(bytes);
    } catch (e) {
      if (e instanceof ZipRefused) throw new FileRefused(e.message);
      throw e;
    }
    const other = zipKind(names);
    if (other) throw new FileRefused(other);
    return 'xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new FileRefused('Filen är en äldre Excel-fil (.xls); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new FileRefused('Filen är en PDF, inte ett kalkylark; läs in en Excel-arbetsbok (.xlsx) eller en CSV-fil.');
  if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
    throw new FileRefused('Filen är en databas (t.ex. en .klimat-plan), inte ett kalkylark; öppna en plan med Öppna i stället.');
  }
  if (looksLikeText(bytes)) return 'csv';
  throw new FileRefused('Filen är varken en Excel-arbetsbok (.xlsx) eller en textfil (CSV).');
}
