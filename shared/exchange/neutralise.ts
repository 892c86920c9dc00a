// Formula injection (CSV/"Excel injection"): a text that starts with = + - @, a tab or a carriage
// return may be run as a formula when a spreadsheet opens the file or when someone edits the
// cell, so an action named `=HYPERLINK(…)` could call out or run a command. Every text cell the
// app writes (xlsx and CSV) goes through `neutralise`, which puts an apostrophe in front, as
// OWASP recommends; spreadsheets then show and keep it as text. Reading a file undoes it with
// `restore`, so the app's own files read back exactly.
//
// A text that already starts with an apostrophe gets one more in front, so that the two
// functions are exact inverses on every text: `restore(neutralise(s)) === s`.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const QUOTE = "'";

function needsQuote(first: string | undefined): boolean {
  return first !== undefined && (TRIGGERS.has(first) || first === QUOTE);
}

export function neutralise(text: string): string {
  return needsQuote(text[0]) ? QUOTE + text : text;
}

/** Undoes `neutralise`: one leading apostrophe before a trigger or another apostrophe goes. */
export function restore(text: string): string {
  return text[0] === QUOTE && needsQuote(text[1]) ? text.slice(1) : text;
}
