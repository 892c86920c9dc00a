// CSV bytes to text, as Swedish spreadsheets save them: UTF-8 with or without a byte-order
// mark, UTF-16 ("Unicode text" from Excel), or Windows-1252 (Excel's "CSV (semikolonavgränsad)"
// on a Swedish Windows). Windows-1252 goes through iconv-lite's real table: a Node built
// without full ICU decodes "windows-1252" as Latin-1, and € – … ’ (0x80–0x9F) become C1
// control characters.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: the one other encoding Swedish Excel writes CSV in.
    return 'windows-1252';
  }
}

/** The text of the file, without a byte-order mark. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  if (encoding === 'windows-1252') return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding };
  // TextDecoder drops a BOM by default (ignoreBOM: false).
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
