// Generates shared/reference/population.ts: the population of each of Sweden's 290
// municipalities on 31 December 2023, for the roll-up's emissions per inhabitant (DESIGN §11).
//
// Source: ../shared/data/population-municipalities-2023.xlsx (SCB table BE0101 via Klimatkollen,
// MIT): one sheet with a title, a header row whose first cells are "Kommun" | "Kommunnamn" |
// "Folkmängd", then the country ("Riket", no code), each län (two-digit code) followed by its
// municipalities (four-digit kommunkod), and notes below. Only the kommunkod and the population
// are taken; the municipality rows are told from the län rows by their four-digit code.
//
// Usage (from the repository root):
//   node electron/build/generate-population.mjs            write the module
//   node electron/build/generate-population.mjs --check    exit 1 if the committed module differs
//   node electron/build/generate-population.mjs --input <file.xlsx>
//
// The script fails loudly (exit 1) unless it finds exactly the 290 municipalities of
// shared/reference/municipalities.ts, by code and name, each with a whole, positive population,
// and unless the municipalities of each län add up to the län's own row.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, cellValue, dataFile, failer, findSheet, parseArgs, text, writeOrCheck } from './statistics-xlsx.mjs';

const fail = failer('generate-population');
const DEFAULT_INPUT = dataFile('population-municipalities-2023.xlsx');
const OUTPUT = path.join(REPO_ROOT, 'shared', 'reference', 'population.ts');
const MUNICIPALITIES = path.join(REPO_ROOT, 'shared', 'reference', 'municipalities.ts');
const YEAR = 2023;

/** The header row and the columns of code, name and population. */
function findLayout(ws) {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const row = ws.getRow(r);
    const cols = {};
    for (let c = 1; c <= ws.columnCount; c++) {
      const h = text(cellValue(row.getCell(c))).toLowerCase();
      if (cols.code === undefined && (h === 'kommun' || h === 'kod' || h === 'kommunkod')) cols.code = c;
      else if (cols.name === undefined && (h === 'kommunnamn' || h === 'namn')) cols.name = c;
      else if (cols.population === undefined && h === 'folkmängd') cols.population = c;
    }
    if (cols.code !== undefined && cols.name !== undefined && cols.population !== undefined) return { headerRow: r, ...cols };
  }
  return null;
}

/** The codes and names of shared/reference/municipalities.ts, read as text (it is TypeScript). */
async function knownMunicipalities() {
  const source = await readFile(MUNICIPALITIES, 'utf8');
  const known = new Map();
  for (const m of source.matchAll(/\{ code: '(\d{4})', name: '((?:[^'\\]|\\.)*)'/g)) known.set(m[1], m[2].replace(/\\(.)/g, '$1'));
  if (known.size !== 290) fail(`${path.relative(REPO_ROOT, MUNICIPALITIES)} lists ${known.size} municipalities, expected 290`);
  return known;
}

async function readPopulation(input, known) {
  const { ws, layout } = await findSheet(input, findLayout, fail, `no sheet in ${input} has a header row with "Kommun", "Kommunnamn" and "Folkmängd"`);

  const population = new Map();
  const counties = new Map();
  const errors = [];
  let county = null;
  for (let r = layout.headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const code = text(cellValue(row.getCell(layout.code)));
    const name = text(cellValue(row.getCell(layout.name)));
    const value = cellValue(row.getCell(layout.population));
    if (!/^\d{2}(\d{2})?$/.test(code)) continue; // the country, sub-headings and notes
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      errors.push(`row ${r}: ${code} ${name} has no whole, positive population ("${text(value)}")`);
      continue;
    }
    if (code.length === 2) {
      county = { code, total: value, sum: 0 };
      counties.set(code, county);
      continue;
    }
    if (population.has(code)) errors.push(`row ${r}: kommunkod ${code} occurs twice`);
    const expected = known.get(code);
    if (expected === undefined) errors.push(`row ${r}: kommunkod ${code} (${name}) is not one of the 290 municipalities`);
    else if (expected.toLowerCase() !== name.toLowerCase())
      errors.push(`row ${r}: kommunkod ${code} is "${name}" here but "${expected}" in the municipality list`);
    if (!county || county.code !== code.slice(0, 2)) errors.push(`row ${r}: ${code} ${name} is not under its län ${code.slice(0, 2)}`);
    else county.sum += value;
    population.set(code, value);
  }
  for (const code of known.keys()) if (!population.has(code)) errors.push(`kommunkod ${code} (${known.get(code)}) has no population in the file`);
  for (const c of counties.values()) if (c.sum !== c.total) errors.push(`län ${c.code}: its municipalities add up to ${c.sum}, the län's row says ${c.total}`);
  if (errors.length > 0) fail(`${input}:\n  ${errors.join('\n  ')}`);
  return [...population.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function render(entries) {
  const rows = entries.map(([code, n]) => `  ['${code}', ${n}],`);
  return `// GENERATED by electron/build/generate-population.mjs — do not edit by hand.
// Source: ../shared/data/population-municipalities-2023.xlsx (SCB table BE0101 via Klimatkollen,
// MIT); only kommunkod and population are taken. Regenerate with
//   node electron/build/generate-population.mjs
// Pure data and one lookup: no Node, no DOM, no imports.

/** The year the figures describe: the population on 31 December of it. */
export const POPULATION_YEAR = ${YEAR};

/** Inhabitants of each of Sweden's ${entries.length} municipalities on 31 December ${YEAR}, by kommunkod. */
const POPULATION: ReadonlyMap<string, number> = new Map([
${rows.join('\n')}
]);

/** The municipality's population (${YEAR}) by its four-digit kommunkod, or null for an unknown code. */
export function populationOf(code: string): number | null {
  return POPULATION.get(code.trim()) ?? null;
}
`;
}

const args = parseArgs(process.argv.slice(2), DEFAULT_INPUT, fail);
const entries = await readPopulation(args.input, await knownMunicipalities());
const output = render(entries);
await writeOrCheck({ output: OUTPUT, content: output, check: args.check, count: `${entries.length} municipalities`, fail });
