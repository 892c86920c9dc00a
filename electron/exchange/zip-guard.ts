// An xlsx is a ZIP archive, and a hostile one can unpack to gigabytes from a few kilobytes (a
// "zip bomb") or lie about its sizes. This reads the ZIP's central directory itself: before
// anything is unpacked it refuses too many entries, too large declared sizes and unknown
// methods; then every entry that is read is unpacked as a stream that stops the moment it
// gives more than it declared (or the whole archive more than MAX_UNPACKED_BYTES), so that
// neither a lying size nor a bomb ever sits in memory whole.
import { Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { MAX_UNPACKED_BYTES } from '../../shared/exchange/limits';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipRefused extends Error {}

export const BOMB = 'Filen packas upp till orimligt mycket data (en så kallad zip-bomb) och läses inte in.';
const BROKEN = 'Filen är inte en hel Excel-arbetsbok (zip-arkivet är skadat eller avkortat).';

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipRefused(BROKEN);
}

/** The entries of the archive's central directory. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new ZipRefused('Filen är ett zip-arkiv i ZIP64-format, som en Excel-arbetsbok av den här storleken aldrig är.');
  if (count > MAX_ENTRIES) throw new ZipRefused(BOMB);
  if (cdOffset + cdSize > end) throw new ZipRefused(BROKEN);
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipRefused(BROKEN);
    const nameLength = buf.readUInt16LE(p + 28);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipRefused(BROKEN);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) throw new ZipRefused(BROKEN);
  return buf.subarray(start, start + e.compressedSize);
}

/**
 * Refuses, without unpacking anything, an archive that declares more than MAX_UNPACKED_BYTES,
 * whose entries lie outside it, or that uses a method xlsx files never use. Returns the names.
 */
export function checkZip(buf: Buffer): string[] {
  const entries = zipEntries(buf);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) throw new ZipRefused(BOMB);
  for (const e of entries) {
    entryData(buf, e);
    if (e.method === 0 && e.size !== e.compressedSize) throw new ZipRefused(BROKEN);
    if (e.method !== 0 && e.method !== 8) throw new ZipRefused(`Filen är packad med en metod (${e.method}) som Excel-arbetsböcker inte använder.`);
  }
  return entries.map((e) => e.name);
}

/** How many bytes the entries of one archive have given so far, against MAX_UNPACKED_BYTES. */
export interface UnpackBudget {
  used: number;
}

/**
 * One entry unpacked as a stream of UTF-8 text (split characters are joined by the decoder);
 * it fails with ZipRefused as soon as it gives more than it declared or the budget is spent,
 * and at its end if it gave less.
 */
export function entryText(buf: Buffer, e: ZipEntry, budget: UnpackBudget): Readable {
  const data = entryData(buf, e);
  let given = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      given += chunk.length;
      budget.used += chunk.length;
      if (given > e.size || budget.used > MAX_UNPACKED_BYTES) done(new ZipRefused(BOMB));
      else done(null, chunk);
    },
    flush(done) {
      done(given === e.size ? null : new ZipRefused(BROKEN));
    },
  });
  const source = Readable.from([data], { objectMode: false });
  const unpacked = e.method === 0 ? source : source.pipe(createInflateRaw()).on('error', (err) => guard.destroy(zipError(err)));
  const out = unpacked.pipe(guard);
  out.setEncoding('utf8');
  return out;
}

function zipError(err: unknown): ZipRefused {
  return err instanceof ZipRefused ? err : new ZipRefused(BROKEN);
}
