// The workbook's technical sheet: what a person does not read but the app needs to make the
// whole plan again from its own workbook (settings, sectors with their ids, baseline points,
// targets, carbon budget, financing sources, commitment levels, scenarios, uncertainty defaults), as JSON split over
// cells (a cell holds at most 32 767 characters). Actions, cost overrides and financing entries
// are read from their readable sheets instead, so that edits made there count. Pure.
import type { Plan } from '../domain/types';
import { cellText, type Table } from './cells';

export const TECHNICAL_SHEET = 'Teknisk data';
export const WORKBOOK_FORMAT = 'klimat-xlsx';
export const WORKBOOK_FORMAT_VERSION = 1;
const CHUNK = 30_000;

export const TECHNICAL_KEYS = [
  'plan',
  'sectors',
  'baseline',
  'targets',
  'carbonBudget',
  'financingSources',
  'commitments',
  'scenarios',
  'uncertaintyDefaults',
] as const;
export type TechnicalKey = (typeof TECHNICAL_KEYS)[number];
export type TechnicalData = Partial<Record<TechnicalKey, unknown>>;

export const TECHNICAL_NOTE =
  'Det här bladet gör att arbetsboken kan läsas in i Klimatinvesteringsplan igen (import-xlsx). Ändra inte i det; ändra åtgärder och finansiering i deras egna blad.';

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length ? out : [''];
}

/** The sheet's rows: a note, the format, then one row per key with its JSON in chunks. */
export function technicalRows(plan: Plan): string[][] {
  const rows: string[][] = [[TECHNICAL_NOTE], ['format', WORKBOOK_FORMAT], ['version', String(WORKBOOK_FORMAT_VERSION)]];
  for (const key of TECHNICAL_KEYS) {
    const value = plan[key];
    if (value !== undefined) rows.push([key, ...chunks(JSON.stringify(value))]);
  }
  return rows;
}

export type TechnicalOutcome = { ok: true; data: TechnicalData } | { ok: false; message: string };

export function readTechnical(table: Table): TechnicalOutcome {
  const data: TechnicalData = {};
  let format = '';
  let version = '';
  for (const [i, row] of table.rows.entries()) {
    const key = cellText(row[0]).trim();
    const value = row.slice(1).map(cellText).join('');
    if (key === 'format') format = value;
    else if (key === 'version') version = value;
    else if ((TECHNICAL_KEYS as readonly string[]).includes(key)) {
      try {
        data[key as TechnicalKey] = JSON.parse(value);
      } catch {
        return { ok: false, message: `Bladet ${TECHNICAL_SHEET} är skadat (rad ${i + 1}, ${key}); exportera arbetsboken på nytt från appen.` };
      }
    }
  }
  if (format !== WORKBOOK_FORMAT) {
    return {
      ok: false,
      message: `Bladet ${TECHNICAL_SHEET} kommer inte från Klimatinvesteringsplan; bara arbetsböcker som appen har exporterat kan läsas in som en hel plan.`,
    };
  }
  if (version !== String(WORKBOOK_FORMAT_VERSION)) {
    return { ok: false, message: `Arbetsboken har version ${version || 'okänd'}; den här versionen av appen läser version ${WORKBOOK_FORMAT_VERSION}.` };
  }
  return { ok: true, data };
}
