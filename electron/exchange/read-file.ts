// A picked file as tables: checked first (size, what it is, zip bomb), then read as a workbook
// or as CSV. Every refusal is a FileRefused with one Swedish sentence.
import type { Table } from '../../shared/exchange/cells';
import { checkImportFile, FileRefused, type ImportFileKind } from './file-kind';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export interface ImportedFile {
  fileName: string;
  kind: ImportFileKind;
  tables: Table[];
}

export async function readImportFile(bytes: Buffer, fileName: string): Promise<ImportedFile> {
  const kind = checkImportFile(bytes, fileName);
  if (kind === 'csv') return { fileName, kind, tables: [readCsv(bytes, fileName)] };
  try {
    return { fileName, kind, tables: await readXlsx(bytes) };
  } catch (e) {
    throw new FileRefused(`Excel-arbetsboken kunde inte läsas (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
  }
}
