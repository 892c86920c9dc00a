// Observed emissions as scope totals (DESIGN §8): observedGross(y) sums the non-sink sectors that
// have a point in y, observedNet(y) all of them; a year counts only when every sector that has any
// observed point has one in that year, else both are null.
import type { ObservedEmission, Sector } from '../domain/types';

export interface ObservedTotals {
  gross(year: number): number | null;
  net(year: number): number | null;
  /** Every year that counts, ascending. */
  years: number[];
}

export function observedTotals(observed: readonly ObservedEmission[] | undefined, sectors: readonly Sector[]): ObservedTotals {
  const sink = new Map(sectors.map((s) => [s.id, s.isSink]));
  const entries = (observed ?? []).filter((o) => o.points.length > 0);
  const years = new Map<number, { gross: number; net: number; sectors: number }>();
  for (const o of entries) {
    for (const p of o.points) {
      const t = years.get(p.year) ?? { gross: 0, net: 0, sectors: 0 };
      t.net += p.tonsCo2e;
      if (!sink.get(o.sectorId)) t.gross += p.tonsCo2e;
      t.sectors += 1;
      years.set(p.year, t);
    }
  }
  const complete = new Map([...years].filter(([, t]) => t.sectors === entries.length));
  return {
    gross: (y) => (complete.has(y) ? complete.get(y)!.gross + 0 : null),
    net: (y) => (complete.has(y) ? complete.get(y)!.net + 0 : null),
    years: [...complete.keys()].sort((a, b) => a - b),
  };
}
