// A hybrid logical clock: wall-clock milliseconds plus a counter, so that changes made on
// machines with slightly different clocks, or faster than once a millisecond, still sort in
// causal order. Encoded as fixed-width text so that SQL's ORDER BY sorts it.

export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Moves the clock past a timestamp seen elsewhere (e.g. the newest change in an opened file). */
  observe(hlc: string | null | undefined): void {
    if (!hlc) return;
    const { wall, counter } = decodeHlc(hlc);
    if (wall > this.wall || (wall === this.wall && counter > this.counter)) {
      this.wall = wall;
      this.counter = counter;
    }
  }

  tick(): string {
    const pt = this.now();
    if (pt > this.wall) {
      this.wall = pt;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return encodeHlc(this.wall, this.counter);
  }
}

export function encodeHlc(wall: number, counter: number): string {
  return `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}`;
}

export function decodeHlc(hlc: string): { wall: number; counter: number } {
  const [w, c] = hlc.split('-');
  return { wall: Number(w) || 0, counter: Number(c) || 0 };
}

export function hlcToIso(hlc: string): string {
  return new Date(decodeHlc(hlc).wall).toISOString();
}
