// An xlsx is a ZIP archive, and a hostile one can unpack to gigabytes from a few kilobytes (a
// "zip bomb") or lie about its sizes. Before exceljs (JSZip) sees a file, this reads the ZIP's
// central directory itself, refuses too many entries or too large declared sizes, and unpacks
// every entry with a hard cap on its output, so that a lying size is caught too.
import { inflateRawSync } from 'node:zlib';
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

const BOMB = 'Filen packas upp till orimligt mycket data (en så kallad zip-bomb) och läses inte in.';
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
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipRefused('Filen är ett zip-arkiv i ZIP64-format, som en Excel-arbetsbok av den här storleken aldrig är.');
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
 * Refuses an archive that unpacks to more than MAX_UNPACKED_BYTES, or whose entries unpack to
 * more than they declare. Returns the entries' names.
 */
export function checkZip(buf: Buffer): string[] {
  const entries = zipEntries(buf);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) throw new ZipRefused(BOMB);
  for (const e of entries) {
    const data = entryData(buf, e);
    if (e.method === 0) {
      if (e.size !== e.compressedSize) throw new ZipRefused(BROKEN);
    } else if (e.method === 8) {
      let size: number;
      try {
        // One byte more than declared: an entry that lies about its size fails here.
        size = inflateRawSync(data, { maxOutputLength: e.size + 1 }).length;
      } catch (err) {
        throw new ZipRefused((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? BOMB : BROKEN);
      }
      if (size !== e.size) throw new ZipRefused(size > e.size ? BOMB : BROKEN);
    } else {
      throw new ZipRefused(`Filen är packad med en metod (${e.method}) som Excel-arbetsböcker inte använder.`);
    }
  }
  return entries.map((e) => e.name);
}
