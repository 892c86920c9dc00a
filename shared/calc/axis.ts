// The plan's time axis. Every series the engine returns has one slot per axis year, and
// anything dated outside the axis is ignored (DESIGN §5).

export interface Axis {
  readonly startYear: number;
  readonly endYear: number;
  /** Number of years, both ends included. */
  readonly length: number;
}

export function makeAxis(startYear: number, endYear: number): Axis {
  return { startYear, endYear, length: Math.max(0, endYear - startYear + 1) };
}

export function axisYears(axis: Axis): number[] {
  const years = new Array<number>(axis.length);
  for (let i = 0; i < axis.length; i++) years[i] = axis.startYear + i;
  return years;
}

/** The slot of `year`, or -1 when the year lies off the axis. */
export function yearIndex(axis: Axis, year: number): number {
  const i = year - axis.startYear;
  return i >= 0 && i < axis.length ? i : -1;
}

/**
 * A typed series as the plain, JSON-ready array the result carries. Adding 0 turns a -0
 * (e.g. from 0 × a negative baseline) into 0, so that results compare and print cleanly.
 */
export function toNumbers(series: Float64Array): number[] {
  return runToNumbers(series, 0, series.length);
}

/** toNumbers for a series known to be 0 outside the slots [from, to): only those are copied. */
export function runToNumbers(series: Float64Array, from: number, to: number): number[] {
  const out = zeroSeries(series.length);
  for (let i = from; i < to; i++) out[i] = series[i] + 0;
  return out;
}

/** A fresh plain array of `length` zeros, ready to hold doubles. */
export function zeroSeries(length: number): number[] {
  return zerosOfLength(length).slice();
}

// Cloning an array that already holds doubles is the cheapest way to make one: a fresh
// `new Array(n)` first holds small integers and is copied again on the first double stored.
// A result holds one series per action, so this is worth a cache of one array.
let zeros: number[] = [];

function zerosOfLength(length: number): number[] {
  if (zeros.length !== length) {
    zeros = [];
    for (let i = 0; i < length; i++) zeros.push(0.5);
    zeros.fill(0);
  }
  return zeros;
}

/** target += addend, slot by slot. */
export function addInto(target: Float64Array, addend: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] += addend[i];
}
