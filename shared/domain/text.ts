// What a text of the plan may hold. Every name, note, tag and description passes through the
// zod `text()` primitive, which applies these rules, so the API, the JSON and table imports and
// the open gate refuse the same characters.
//
// - Line breaks are kept as LF: CRLF (what Excel puts on the clipboard and in CSV cells) and a
//   lone CR become LF, so a pasted cell is accepted and stored once, in one form.
// - Refused: the other C0 control characters (U+0000–U+001F except tab and LF), lone UTF-16
//   surrogates, and the non-characters U+FFFE/U+FFFF. None can be typed; all make the exported
//   xlsx ill-formed XML, and the controls bloat the change log sixfold (JSON's \u0001).

/** CRLF and lone CR as LF. */
export function normaliseLineBreaks(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character a text may not hold (its index and code point), or null. */
export function forbiddenCharacter(s: string): { index: number; code: string } | null {
  const m = FORBIDDEN.exec(s);
  if (!m) return null;
  return { index: m.index, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
