// Soft hyphens in Swedish words, by Liang's algorithm (the one TeX uses) over the Swedish
// patterns of hyphenation-sv.ts: "miljonprogramsområden" may then break as
// "miljonprograms-/områden" in a narrow column of the council report, never "…område/n".
// Chromium only hyphenates by itself with dictionaries it downloads, which the report's
// printers (CLI, browser host, offline Electron) cannot count on. Pure.
import { SV_PATTERNS } from './hyphenation-sv';

/** A soft hyphen: invisible unless the line breaks there. */
export const SHY = '\u00ad';
/** Letters kept together at a word's start and end (TeX's Swedish settings). */
const LEFT_MIN = 2;
const RIGHT_MIN = 2;
/** Shorter words are never broken. */
const MIN_WORD = 6;

let table: Map<string, number[]> | null = null;
let longest = 0;

/** Pattern letters → the numbers between them (".a4b" → ".ab" → [0,0,4,0]). */
function patterns(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  for (const p of SV_PATTERNS.split(' ')) {
    const letters = p.replace(/\d/g, '');
    const points: number[] = [0];
    for (const ch of p) {
      if (/\d/.test(ch)) points[points.length - 1] = Number(ch);
      else points.push(0);
    }
    table.set(letters, points);
    longest = Math.max(longest, letters.length);
  }
  return table;
}

/** The places (indices into `word`) where it may break. */
export function breakPoints(word: string): number[] {
  if (word.length < MIN_WORD) return [];
  const t = patterns();
  const w = `.${word.toLocaleLowerCase('sv')}.`;
  const points = new Array<number>(w.length + 1).fill(0);
  for (let i = 0; i < w.length; i++) {
    for (let j = i + 1; j <= Math.min(w.length, i + longest); j++) {
      const p = t.get(w.slice(i, j));
      if (!p) continue;
      for (let k = 0; k < p.length; k++) if (p[k] > points[i + k]) points[i + k] = p[k];
    }
  }
  const out: number[] = [];
  // points[i + 1] is the value before word[i] (the leading dot shifts it by one). A lone
  // letter between two breaks ("program-s-områden") keeps only the later break.
  for (let i = LEFT_MIN; i <= word.length - RIGHT_MIN; i++) {
    if (points[i + 1] % 2 !== 1) continue;
    if (out.length && i - out[out.length - 1] < 2) out.pop();
    out.push(i);
  }
  return out;
}

/** Every word of letters in `text` with soft hyphens where it may break. */
export function hyphenate(text: string): string {
  return text.replace(/[\p{L}]{6,}/gu, (word) => {
    const at = breakPoints(word);
    if (at.length === 0) return word;
    let out = '';
    let from = 0;
    for (const i of at) {
      out += word.slice(from, i) + SHY;
      from = i;
    }
    return out + word.slice(from);
  });
}
