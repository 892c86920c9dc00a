// Generates shared/reference/municipalities.ts: Sweden's 290 municipalities (kommunkod, name, län).
//
// Source: ../shared/data/co2-total-municipalities-1990-2022.xlsx (SMHI via Klimatkollen, MIT),
// one sheet with a header row "Kommun" | "Kod" | "Län" | 1990 | 2000 | … Only the facts (code,
// name, län) are taken; no emission figures go into the module.
//
// Usage (from the repository root):
//   node electron/build/generate-municipalities.mjs            write the module
//   node electron/build/generate-municipalities.mjs --check    exit 1 if the committed module differs
//   node electron/build/generate-municipalities.mjs --input <file.xlsx>
//
// The script fails loudly (exit 1) unless it finds exactly 290 municipalities with unique
// four-digit codes and names, and a län that agrees with the code's first two digits.

import path from 'node:path';
import { REPO_ROOT, cellValue, dataFile, failer, findSheet, parseArgs, text, writeOrCheck } from './statistics-xlsx.mjs';

const fail = failer('generate-municipalities');
const DEFAULT_INPUT = dataFile('co2-total-municipalities-1990-2022.xlsx');
const OUTPUT = path.join(REPO_ROOT, 'shared', 'reference', 'municipalities.ts');
const EXPECTED_COUNT = 290;

/** Sweden's 21 län by länskod (the first two digits of a kommunkod). */
const COUNTIES = {
  '01': 'Stockholms län',
  '03': 'Uppsala län',
  '04': 'Södermanlands län',
  '05': 'Östergötlands län',
  '06': 'Jönköpings län',
  '07': 'Kronobergs län',
  '08': 'Kalmar län',
  '09': 'Gotlands län',
  10: 'Blekinge län',
  12: 'Skåne län',
  13: 'Hallands län',
  14: 'Västra Götalands län',
  17: 'Värmlands län',
  18: 'Örebro län',
  19: 'Västmanlands län',
  20: 'Dalarnas län',
  21: 'Gävleborgs län',
  22: 'Västernorrlands län',
  23: 'Jämtlands län',
  24: 'Västerbottens län',
  25: 'Norrbottens län',
};

/** Find the header row and the columns for name, code and (optionally) län. */
function findLayout(ws) {
  for (let r = 1; r <= Math.min(ws.rowCount, 20); r++) {
    const row = ws.getRow(r);
    const cols = {};
    for (let c = 1; c <= ws.columnCount; c++) {
      const h = text(cellValue(row.getCell(c))).toLowerCase();
      if (cols.name === undefined && (h === 'kommun' || h === 'kommunnamn' || h === 'namn')) cols.name = c;
      else if (cols.code === undefined && (h === 'kod' || h === 'kommunkod' || h === 'kommunkod (kkod)')) cols.code = c;
      else if (cols.county === undefined && (h === 'län' || h === 'lan' || h === 'länsnamn')) cols.county = c;
    }
    if (cols.name !== undefined && cols.code !== undefined) return { headerRow: r, ...cols };
  }
  return null;
}

function normalizeCode(v) {
  const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : text(v);
  if (!/^\d{3,4}$/.test(s)) return null;
  return s.padStart(4, '0');
}

async function readMunicipalities(input) {
  const { ws, layout } = await findSheet(input, findLayout, fail, `no sheet in ${input} has a header row with "Kommun" and "Kod"`);

  const list = [];
  const errors = [];
  for (let r = layout.headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const rawName = cellValue(row.getCell(layout.name));
    const rawCode = cellValue(row.getCell(layout.code));
    if ((rawName === null || text(rawName) === '') && (rawCode === null || text(rawCode) === '')) continue;
    const name = text(rawName);
    const code = normalizeCode(rawCode);
    if (!name) errors.push(`row ${r}: no name`);
    if (!code) {
      errors.push(`row ${r}: "${text(rawCode)}" is not a four-digit kommunkod`);
      continue;
    }
    const derived = COUNTIES[code.slice(0, 2)];
    if (!derived) {
      errors.push(`row ${r}: kommunkod ${code} has no known län code ${code.slice(0, 2)}`);
      continue;
    }
    let county = derived;
    if (layout.county !== undefined) {
      const fromFile = text(cellValue(row.getCell(layout.county)));
      // The file may hold the full name, a short name ("Västerbotten") or the länskod.
      if (fromFile && fromFile !== derived) {
        const short = derived.replace(/s? län$/, '').toLowerCase();
        const ok = fromFile === code.slice(0, 2) || fromFile.toLowerCase() === short || fromFile.toLowerCase() === derived.replace(/ län$/, '').toLowerCase();
        if (!ok) errors.push(`row ${r}: ${code} ${name} is in "${fromFile}" in the file, but its code says ${derived}`);
      }
    }
    list.push({ code, name, county });
  }

  const seenCodes = new Map();
  const seenNames = new Map();
  for (const m of list) {
    if (seenCodes.has(m.code)) errors.push(`kommunkod ${m.code} occurs twice (${seenCodes.get(m.code)}, ${m.name})`);
    seenCodes.set(m.code, m.name);
    const key = m.name.toLowerCase();
    if (seenNames.has(key)) errors.push(`name ${m.name} occurs twice (${seenNames.get(key)}, ${m.code})`);
    seenNames.set(key, m.code);
    if (/\bkommun\b/i.test(m.name)) errors.push(`name "${m.name}" (${m.code}) carries "kommun"; expected the bare name`);
  }
  if (errors.length > 0) fail(`${input}:\n  ${errors.join('\n  ')}`);
  if (list.length !== EXPECTED_COUNT) {
    fail(`found ${list.length} municipalities in ${input} (sheet "${ws.name}"), expected exactly ${EXPECTED_COUNT}`);
  }
  return list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function quote(s) {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function render(list) {
  const rows = list.map((m) => `  { code: ${quote(m.code)}, name: ${quote(m.name)}, county: ${quote(m.county)} },`);
  return `// GENERATED by electron/build/generate-municipalities.mjs — do not edit by hand.
// Source: ../shared/data/co2-total-municipalities-1990-2022.xlsx (SMHI via Klimatkollen, MIT);
// only kommunkod, name and län are taken. Regenerate with
//   node electron/build/generate-municipalities.mjs
// Pure data and two small lookups: no Node, no DOM, no imports.

export interface Municipality {
  /** The four-digit kommunkod, with its leading zero, e.g. "0180", "2480". */
  code: string;
  /** The municipality's name without "kommun", e.g. "Umeå". */
  name: string;
  /** The län it belongs to, e.g. "Västerbottens län". */
  county: string;
}

/** Sweden's ${list.length} municipalities, sorted by kommunkod. */
export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(
  (
    [
${rows.map((r) => `    ${r}`).join('\n')}
    ] as Municipality[]
  ).map((m) => Object.freeze(m)),
);

const BY_CODE: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

function nameKey(s: string): string {
  return s.normalize('NFC').replace(/\\s+/g, ' ').trim().toLowerCase();
}

const BY_NAME: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [nameKey(m.name), m]));

/** The municipality with this four-digit kommunkod, or undefined. */
export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code.trim());
}

/**
 * The municipality named or coded by \`nameOrCode\`: a kommunkod ("2480", or "180" for "0180"
 * when a spreadsheet dropped the leading zero), or a name in any letter case and in NFC or NFD,
 * with or without a trailing "kommun"/"stad" ("Umeå kommun", "Östersunds kommun", "Malmö stad",
 * "Region Gotland").
 */
export function findMunicipality(nameOrCode: string): Municipality | undefined {
  const s = nameKey(nameOrCode);
  if (/^\\d{3,4}$/.test(s)) return BY_CODE.get(s.padStart(4, '0'));
  if (s === '') return undefined;
  const candidates = [s];
  const bare = s.replace(/^region /, '').replace(/ (kommun|stad)$/, '');
  candidates.push(bare);
  // Genitive before "kommun"/"stad": "Östersunds kommun" → "Östersund".
  if (bare !== s && bare.endsWith('s')) candidates.push(bare.slice(0, -1));
  for (const c of candidates) {
    const m = BY_NAME.get(c);
    if (m) return m;
  }
  return undefined;
}
`;
}

const args = parseArgs(process.argv.slice(2), DEFAULT_INPUT, fail);
const list = await readMunicipalities(args.input);
const output = render(list);
await writeOrCheck({ output: OUTPUT, content: output, check: args.check, count: `${list.length} municipalities`, fail });
