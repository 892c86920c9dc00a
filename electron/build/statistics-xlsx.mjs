// What the generators of shared/reference/ from Klimatkollen's statistics spreadsheets
// (generate-municipalities.mjs, generate-population.mjs) have in common: the command line
// (`--check`, `--input <file.xlsx>`), reading a cell's plain value and text, finding the sheet
// with the expected header row, and writing the module or checking the committed one.
//
// Every helper that can fail takes the script's `fail` (from `failer`): it prints the message
// with the script's name and exits 1.

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A spreadsheet in ../shared/data, next to the repository. */
export function dataFile(name) {
  return path.resolve(REPO_ROOT, '..', 'shared', 'data', name);
}

/** `fail(message)` for the script `script`: the message on stderr, then exit 1. */
export function failer(script) {
  return (message) => {
    console.error(`${script}: ${message}`);
    process.exit(1);
  };
}

/** `--check` and `--input <file.xlsx>` (default `defaultInput`); anything else fails. */
export function parseArgs(argv, defaultInput, fail) {
  const args = { input: defaultInput, check: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') args.check = true;
    else if (argv[i] === '--input' && argv[i + 1]) args.input = path.resolve(argv[++i]);
    else fail(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** The plain value of a cell (rich text, formula results and hyperlinks flattened). */
export function cellValue(cell) {
  const v = cell?.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result ?? null;
    if ('text' in v) return v.text;
    return null;
  }
  return v;
}

export function text(v) {
  return typeof v === 'string' || typeof v === 'number' ? String(v).normalize('NFC').replace(/\s+/g, ' ').trim() : '';
}

/**
 * The first sheet of the workbook `input` for which `findLayout(sheet)` finds a layout, and
 * that layout. Fails when the file cannot be read, or with `missing` when no sheet has one.
 */
export async function findSheet(input, findLayout, fail, missing) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(input);
  } catch (err) {
    fail(`cannot read ${input}: ${err.message}`);
  }
  for (const sheet of wb.worksheets) {
    const layout = findLayout(sheet);
    if (layout) return { ws: sheet, layout };
  }
  fail(missing);
}

/**
 * Writes `content` to `output`, or with `check` fails unless the committed file already holds
 * exactly it. `count` says what the module holds ("290 municipalities") in the closing line.
 */
export async function writeOrCheck({ output, content, check, count, fail }) {
  const name = path.relative(REPO_ROOT, output);
  if (check) {
    let current = '';
    try {
      current = await readFile(output, 'utf8');
    } catch {
      fail(`${name} does not exist; run without --check`);
    }
    if (current !== content) fail(`${name} is out of date; run without --check`);
    console.log(`${name} is up to date (${count})`);
  } else {
    await writeFile(output, content, 'utf8');
    console.log(`wrote ${name} (${count})`);
  }
}
