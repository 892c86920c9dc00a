// Step 1 of the open gate (DESIGN §3): look at the file without SQLite. A regular file of a
// sane size, the SQLite header, our application_id; anything else is named as what it is.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { APPLICATION_ID } from './db';
import { readFailure } from './io-errors';
import { RefusedFile } from './refused';

/** Far above any real plan (100 000 actions are ~100 MB) and far below what would hurt. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export function preflight(path: string): void {
  const name = basename(path);
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new RefusedFile(readFailure(path, e));
  }
  if (st.isDirectory()) throw new RefusedFile(`${name} är en mapp, inte en klimatplan.`);
  if (!st.isFile()) throw new RefusedFile(`${name} är ingen vanlig fil och kan inte vara en klimatplan.`);
  if (st.size === 0) throw new RefusedFile(`Filen ${name} är tom (0 byte) och är ingen klimatplan.`);
  if (st.size > MAX_FILE_BYTES) throw new RefusedFile(`Filen ${name} är för stor (${Math.round(st.size / 1024 ** 3)} GB) för att vara en klimatplan.`);
  let h: Buffer;
  try {
    h = head(path, 100);
  } catch (e) {
    throw new RefusedFile(readFailure(path, e));
  }
  if (!h.subarray(0, 16).equals(SQLITE_HEADER)) throw new RefusedFile(describeForeign(name, h));
  if (h.length < 100) throw new RefusedFile(`Filen ${name} är avkortad (ofullständig) och kan inte öppnas.`);
  if (h.readUInt32BE(68) !== APPLICATION_ID) {
    throw new RefusedFile(`Filen ${name} är en SQLite-databas från ett annat program, inte en klimatplan.`);
  }
  const expected = declaredSize(h);
  if (expected !== null && st.size < expected) {
    throw new RefusedFile(`Filen ${name} är avkortad (ofullständig): den borde vara ${expected} byte men är ${st.size}.`);
  }
}

/** The size the header declares, when the header's page count is valid (SQLite file format §1.3). */
function declaredSize(h: Buffer): number | null {
  const raw = h.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = h.readUInt32BE(28);
  const valid = h.readUInt32BE(24) === h.readUInt32BE(92);
  return valid && pages > 0 && pageSize >= 512 ? pages * pageSize : null;
}

function describeForeign(name: string, h: Buffer): string {
  const start = h.toString('latin1', 0, 8);
  if (start.startsWith('PK\x03\x04')) {
    return `Filen ${name} är en ZIP-fil (till exempel ett Excel- eller Word-dokument), inte en klimatplan.`;
  }
  if (start.startsWith('%PDF')) return `Filen ${name} är en PDF-fil, inte en klimatplan.`;
  if (start.startsWith('SQLite')) return `Filen ${name} är avkortad (ofullständig) och kan inte öppnas.`;
  const text = h.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(text)) return `Filen ${name} är en JSON-fil. Importera den med "Importera JSON" i stället för att öppna den.`;
  if (isText(h)) return `Filen ${name} är en textfil, inte en klimatplan.`;
  return `Filen ${name} har ett okänt format och är ingen klimatplan.`;
}

function isText(h: Buffer): boolean {
  for (const b of h) if (b < 9 || (b > 13 && b < 32)) return false;
  return true;
}
