// Action codes as a plan has them: a sector's prefix and a number (T-01, T-02 … E-01). A new
// action gets the next free number of its sector's prefix, as wide as its neighbours'; a copy
// gets the code it was copied from with a number after it (T-01-2). Pure.
import type { Action, Sector } from '../../../shared/domain/types';

const CODE = /^(.*?)(\d+)$/;

/** `T-01` → `T-01-2` (or the next number free among `codes`). */
export function copyCode(code: string, codes: ReadonlySet<string>): string {
  if (code === '') return '';
  for (let n = 2; ; n++) if (!codes.has(`${code}-${n}`)) return `${code}-${n}`;
}

/** The prefix most of a sector's codes use, and the widest number after it. */
function sectorPrefix(sectorId: string, actions: readonly Action[]): { prefix: string; digits: number; max: number } | null {
  const seen = new Map<string, { count: number; digits: number; max: number }>();
  for (const a of actions) {
    if (a.sectorId !== sectorId) continue;
    const m = CODE.exec(a.code.trim());
    if (!m) continue;
    const s = seen.get(m[1]) ?? { count: 0, digits: 0, max: 0 };
    seen.set(m[1], { count: s.count + 1, digits: Math.max(s.digits, m[2].length), max: Math.max(s.max, Number(m[2])) });
  }
  let best: { prefix: string; digits: number; max: number; count: number } | null = null;
  for (const [prefix, s] of seen) if (!best || s.count > best.count) best = { prefix, ...s };
  return best;
}

/**
 * The next free code of the sector: after T-01 … T-10, T-11. A sector without numbered codes
 * starts at its initial (Hamnen → H-01); a code taken elsewhere in the plan is skipped.
 */
export function nextSectorCode(sector: Pick<Sector, 'id' | 'name'>, actions: readonly Action[]): string {
  const taken = new Set(actions.map((a) => a.code.trim().toLocaleUpperCase('sv')));
  const known = sectorPrefix(sector.id, actions);
  const initial = sector.name.trim().charAt(0).toLocaleUpperCase('sv') || 'A';
  const prefix = known?.prefix ?? `${initial}-`;
  const digits = Math.max(2, known?.digits ?? 2);
  for (let n = (known?.max ?? 0) + 1; ; n++) {
    const code = `${prefix}${String(n).padStart(digits, '0')}`;
    if (!taken.has(code.toLocaleUpperCase('sv'))) return code;
  }
}
