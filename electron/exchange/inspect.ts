// What the page is shown about a staged file: each sheet, which kind of rows it seems to hold,
// and the proposed mapping of its columns for either kind.
import type { MoneyUnit } from '../../shared/domain/ids';
import { cellText, isBlank, type Table } from '../../shared/exchange/cells';
import { IMPORT_KINDS, type ImportKind } from '../../shared/exchange/columns';
import { findHeaderRow, guessKind, headersOf, suggestMapping, suggestUnit } from '../../shared/exchange/match';
import type { SheetInfo, SheetSuggestion, StagedInfo } from '../../shared/exchange/outcomes';
import type { StagedFile } from './staging';

const SAMPLE_ROWS = 3;

function suggestion(table: Table, kind: ImportKind, planUnit: MoneyUnit): SheetSuggestion {
  const headerRow = findHeaderRow(table, kind);
  const headers = headersOf(table, headerRow);
  const columns = suggestMapping(headers, kind);
  const samples: string[][] = [];
  for (let i = headerRow; i < table.rows.length && samples.length < SAMPLE_ROWS; i++) {
    const row = table.rows[i];
    if (row?.some((c) => !isBlank(c))) samples.push(headers.map((_, j) => cellText(row[j]).slice(0, 80)));
  }
  return { headerRow, headers, columns, unit: suggestUnit(headers, columns, kind, planUnit), samples };
}

function sheetInfo(table: Table, planUnit: MoneyUnit): SheetInfo {
  const kind = guessKind(table);
  const suggestions = Object.fromEntries(IMPORT_KINDS.map((k) => [k, suggestion(table, k, planUnit)])) as Record<ImportKind, SheetSuggestion>;
  return {
    name: table.name,
    hidden: !!table.hidden,
    rows: table.rows.filter((r) => r.some((c) => !isBlank(c))).length,
    kind,
    matches: suggestions[kind].columns.filter((c) => c !== null).length,
    suggestions,
  };
}

export function describeStaged(file: StagedFile, planUnit: MoneyUnit): StagedInfo {
  // Visible sheets first: a hidden one (like the workbook's technical sheet) is never the default.
  const tables = [...file.tables.filter((t) => !t.hidden), ...file.tables.filter((t) => t.hidden)];
  return { fileId: file.id, fileName: file.fileName, format: file.kind, sheets: tables.map((t) => sheetInfo(t, planUnit)) };
}

/** The sheet an import reads; a name the file does not have is refused by the caller. */
export function sheetOf(file: StagedFile, name: string): Table | undefined {
  return file.tables.find((t) => t.name === name);
}
