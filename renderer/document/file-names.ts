// Plan file names as the user types them: the extension is added when left out.
export const PLAN_EXTENSION = '.klimat';

export function withExtension(name: string): string {
  const n = name.trim();
  return n.toLowerCase().endsWith(PLAN_EXTENSION) ? n : n + PLAN_EXTENSION;
}

/** A file name to suggest for a plan: its title, without characters file systems refuse. */
export function suggestedName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return cleaned || 'klimatinvesteringsplan';
}

/** Windows and macOS file systems ignore case: `Plan.klimat` and `plan.klimat` are one file. */
export function sameFileName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}
