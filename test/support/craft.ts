// Crafting damaged and hostile .klimat files from a good one, with better-sqlite3 directly
// (the store's own code would refuse to write them).
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

/** Opens a crafting connection: defensive mode off so sqlite_schema may be written. */
export function craftDb(path: string): Database.Database {
  const db = new Database(path);
  db.unsafeMode(true);
  return db;
}

/** Copies `good` to `bad` and runs `fn` on a connection to the copy. */
export function craftFrom(good: string, bad: string, fn: (db: Database.Database) => void): void {
  copyFileSync(good, bad);
  const db = craftDb(bad);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

/** `quick_check` of a file on a throw-away connection: 'ok', the first problem, or the error. */
export function quickCheck(path: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 ? rows[0].quick_check : rows.map((r) => r.quick_check).join('; ');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}

/** Page size and the b-tree pages (by 1-based number) of a database file, from its bytes. */
export function btreePages(path: string): { pageSize: number; pages: number[] } {
  const buf = readFileSync(path);
  const raw = buf.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages: number[] = [];
  for (let p = 2; p <= buf.length / pageSize; p++) {
    const type = buf[(p - 1) * pageSize];
    if (type === 0x02 || type === 0x05 || type === 0x0a || type === 0x0d) pages.push(p);
  }
  return { pageSize, pages };
}

/**
 * Overwrites the b-tree page header of a page in the middle of the file with garbage (the page
 * type becomes invalid and the cell count absurd): SQLite's quick_check must see it.
 */
export function flipBtreePageHeader(path: string): number {
  const buf = readFileSync(path);
  const { pageSize, pages } = btreePages(path);
  const page = pages[Math.floor(pages.length / 2)];
  const at = (page - 1) * pageSize;
  for (let i = 0; i < 8; i++) buf[at + i] ^= 0xa5;
  writeFileSync(path, buf);
  return page;
}

/**
 * A minimal valid ZIP archive (one stored file), written by hand: local file header, central
 * directory, end record (PKWARE APPNOTE 4.3).
 */
export function minimalZip(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name, 'utf8');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4); // version needed
  local.writeUInt16LE(0, 6); // flags
  local.writeUInt16LE(0, 8); // stored
  local.writeUInt32LE(0, 10); // time, date
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(0, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 30); // extra, comment lengths
  central.writeUInt32LE(0, 34); // disk, internal attributes
  central.writeUInt32LE(0, 38); // external attributes
  central.writeUInt32LE(0, 42); // offset of the local header
  const localPart = Buffer.concat([local, fileName, content]);
  const centralPart = Buffer.concat([central, fileName]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
