// The national emissions statistics as officers download them (SMHI's database as prepared by
// Klimatkollen): one row per municipality, a column `Kommun` with its name, bare-year columns
// with its total, and `YEAR_Sector` columns per main sector. This reads one municipality's row
// into baseline points per sector, checks that the sectors add up to the totals, and reports
// columns it does not know instead of dropping them. Pure.
import type { DefaultSectorId } from '../domain/ids';
import type { BaselinePoint } from '../domain/types';
import { formatNumber } from '../format/number';
import { parseNumber } from '../format/parse';
import { SECTOR_LABELS } from '../i18n/labels';
import { findMunicipality, type Municipality } from '../reference/municipalities';
import { cellText, isBlank, type Cell, type Table } from './cells';

/** The file's sector names (with its own spellings) → the plan's default sector ids. */
export const STATISTICS_SECTORS: Readonly<Record<string, DefaultSectorId>> = {
  Transporter: 'transport',
  'El och fjärrvärme': 'electricityHeat',
  'Industri (energi + processer)': 'industry',
  Arbetsmaskiner: 'machinery',
  'Egen uppärmning av bostäder och lokaler': 'heating',
  Jordbruk: 'agriculture',
  'Avfall (inkl.avlopp)': 'waste',
  'Produktanvändning (inkl. lösningsmedel)': 'productUse',
  'Utrikes transporter': 'internationalTransport',
};

/** Case and spaces do not matter ("inkl.avlopp" = "inkl. avlopp"). */
const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');
const SECTOR_BY_KEY = new Map<string, DefaultSectorId>([
  ...Object.entries(STATISTICS_SECTORS).map(([name, id]) => [squash(name), id] as const),
  // The correct spellings too, should a later release of the file fix them.
  ...Object.entries(SECTOR_LABELS).map(([id, l]) => [squash(l.sv), id as DefaultSectorId] as const),
]);

interface SectorColumn {
  index: number;
  year: number;
  name: string;
  sectorId: DefaultSectorId | null;
}

export interface StatisticsLayout {
  headerRow: number;
  municipalityColumn: number;
  totals: { index: number; year: number }[];
  sectors: SectorColumn[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const YEAR_COLUMN = /^(\d{4})_(.+)$/;

function yearOf(c: Cell | null): number | null {
  if (!c) return null;
  const text = cellText(c).trim();
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** Finds the header row (the one with `Kommun`) and reads what every column holds. */
export function statisticsLayout(table: Table): Outcome<StatisticsLayout> {
  const headerIndex = table.rows.slice(0, 20).findIndex((r) => r.some((c) => squash(cellText(c)) === 'kommun'));
  if (headerIndex < 0) {
    return { ok: false, message: `Bladet ${table.name} har ingen kolumn "Kommun"; det ser inte ut som utsläppsstatistiken per kommun och sektor.` };
  }
  const header = table.rows[headerIndex];
  const layout: StatisticsLayout = { headerRow: headerIndex + 1, municipalityColumn: -1, totals: [], sectors: [] };
  header.forEach((c, index) => {
    const text = cellText(c).trim();
    if (squash(text) === 'kommun') layout.municipalityColumn = index;
    else if (yearOf(c) !== null) layout.totals.push({ index, year: yearOf(c)! });
    else {
      const m = YEAR_COLUMN.exec(text);
      if (m) layout.sectors.push({ index, year: Number(m[1]), name: m[2].trim(), sectorId: SECTOR_BY_KEY.get(squash(m[2])) ?? null });
    }
  });
  if (layout.sectors.length === 0) {
    return { ok: false, message: `Bladet ${table.name} har inga kolumner av formen år_sektor (t.ex. 2019_Transporter).` };
  }
  return { ok: true, value: layout };
}

/** The municipalities the file has rows for, in its order. */
export function statisticsMunicipalities(table: Table, layout: StatisticsLayout): Municipality[] {
  const out: Municipality[] = [];
  for (let i = layout.headerRow; i < table.rows.length; i++) {
    const m = findMunicipality(cellText(table.rows[i]?.[layout.municipalityColumn]));
    if (m) out.push(m);
  }
  return out;
}

export interface StatisticsSector {
  sectorId: DefaultSectorId;
  /** The sector's name as the file writes it. */
  fileName: string;
  points: BaselinePoint[];
}

export interface StatisticsTotal {
  year: number;
  total: number;
  sum: number;
  ok: boolean;
}

export interface StatisticsBaseline {
  municipality: Municipality;
  row: number;
  sectors: StatisticsSector[];
  totals: StatisticsTotal[];
  /** Things the user should see before applying: sums that differ, unknown columns, gaps. */
  warnings: string[];
}

function valueOf(c: Cell | null | undefined, where: string): Outcome<number | null> {
  if (isBlank(c)) return { ok: true, value: null };
  const cell = c!;
  if (cell.t === 'n') return { ok: true, value: cell.v };
  if (cell.t === 's') {
    const n = parseNumber(cell.v);
    if (n !== null) return { ok: true, value: n };
  }
  if (cell.t === 'f') return { ok: false, message: `${where} innehåller en formel (=${cell.formula}); spara filen med värden i stället för formler.` };
  return { ok: false, message: `${where} innehåller "${cellText(cell)}", som inte är ett tal.` };
}

const tons = (v: number) => `${formatNumber(v, 'sv', 1)} t`;

/** One municipality's points per sector, named by kommunkod or name. */
export function statisticsBaseline(table: Table, municipality: string): Outcome<StatisticsBaseline> {
  const laid = statisticsLayout(table);
  if (!laid.ok) return laid;
  const layout = laid.value;
  const wanted = findMunicipality(municipality);
  if (!wanted) return { ok: false, message: `"${municipality}" är ingen av Sveriges 290 kommuner; ange kommunens namn eller fyrsiffriga kommunkod.` };
  let rowIndex = -1;
  for (let i = layout.headerRow; i < table.rows.length && rowIndex < 0; i++) {
    if (findMunicipality(cellText(table.rows[i]?.[layout.municipalityColumn]))?.code === wanted.code) rowIndex = i;
  }
  if (rowIndex < 0) return { ok: false, message: `Filen har ingen rad för ${wanted.name} (${wanted.code}).` };
  const row = table.rows[rowIndex];
  const rowNumber = rowIndex + 1;
  const warnings: string[] = [];

  const bySector = new Map<DefaultSectorId, StatisticsSector>();
  const unknown = new Map<string, number[]>();
  const sums = new Map<number, { sum: number; columns: number }>();
  for (const col of layout.sectors) {
    const v = valueOf(row[col.index], `Cellen för ${col.name} ${col.year} (rad ${rowNumber})`);
    if (!v.ok) return v;
    if (!col.sectorId) {
      unknown.set(col.name, [...(unknown.get(col.name) ?? []), col.year]);
      continue;
    }
    if (v.value === null) {
      warnings.push(`Värde saknas för ${col.name} ${col.year}; det året får ingen punkt.`);
      continue;
    }
    const s = bySector.get(col.sectorId) ?? { sectorId: col.sectorId, fileName: col.name, points: [] };
    s.points.push({ year: col.year, tonsCo2e: v.value });
    bySector.set(col.sectorId, s);
    const sum = sums.get(col.year) ?? { sum: 0, columns: 0 };
    sums.set(col.year, { sum: sum.sum + v.value, columns: sum.columns + 1 });
  }
  for (const [name, years] of unknown) {
    warnings.push(
      `Sektorn "${name}" (kolumnerna ${years
        .map((y) => `${y}_${name}`)
        .slice(0, 3)
        .join(', ')}${years.length > 3 ? ' …' : ''}) känns inte igen och läses inte in.`,
    );
  }

  const totals: StatisticsTotal[] = [];
  for (const t of layout.totals) {
    const v = valueOf(row[t.index], `Totalen för ${t.year} (rad ${rowNumber})`);
    if (!v.ok) return v;
    if (v.value === null) continue;
    const s = sums.get(t.year) ?? { sum: 0, columns: 0 };
    // Within rounding: half a tonne per summed cell, or a millionth of the total.
    const tolerance = Math.max(0.5, 0.5 * s.columns, 1e-6 * Math.abs(v.value));
    const ok = Math.abs(s.sum - v.value) <= tolerance;
    totals.push({ year: t.year, total: v.value, sum: s.sum, ok });
    if (!ok) {
      warnings.push(`${t.year}: sektorerna summerar till ${tons(s.sum)}, men filens total är ${tons(v.value)} (skillnad ${tons(s.sum - v.value)}).`);
    }
  }
  const sectors = [...bySector.values()].map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.year - b.year) }));
  return { ok: true, value: { municipality: wanted, row: rowNumber, sectors, totals, warnings } };
}
