// Whole powers and the recovery factor from the four basic operations (power.ts), and that the
// engine uses no other: Math.pow, exp and log differ in the last bit between JavaScript engines
// (Node 20's V8 and Chromium's), the basic operations never do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capitalRecoveryFactor } from '../../../shared/calc/economics';
import { growthMinusOne, powInt } from '../../../shared/calc/power';
import { REPO } from '../../support/env';

describe('powInt', () => {
  it('is base^n to within a few units in the last place, for whole n of either sign', () => {
    for (const base of [0.5, 0.9, 0.99, 1, 1.0001, 1.035, 1.2, 2]) {
      for (let n = -110; n <= 110; n++) {
        const want = Math.pow(base, n);
        expect(Math.abs(powInt(base, n) - want)).toBeLessThanOrEqual(1e-14 * want);
      }
    }
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(1.5, 0)).toBe(1);
    expect(powInt(0, 3)).toBe(0);
    expect(powInt(0, 0)).toBe(1);
  });
});

describe('the capital recovery factor', () => {
  it('tends smoothly to 1/n as the rate goes to 0', () => {
    for (const n of [1, 10, 100]) {
      for (const d of [1e-300, 1e-16, 1e-12, 1e-10]) expect(capitalRecoveryFactor(d, n) * n).toBeCloseTo(1, 6);
      expect(capitalRecoveryFactor(0, n)).toBe(1 / n);
    }
  });

  it('keeps (1 + d)^n − 1 accurate for a tiny rate', () => {
    expect(growthMinusOne(1e-12, 50)[50]).toBeCloseTo(50e-12, 20);
  });
});

describe('the engine', () => {
  it('uses no Math function that may differ between JavaScript engines', () => {
    const dirs = ['shared/calc', 'shared/uncertainty'];
    const offending: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(join(REPO, dir))) {
        if (!file.endsWith('.ts') || file === 'power.ts') continue;
        const source = readFileSync(join(REPO, dir, file), 'utf8');
        for (const m of source.matchAll(/Math\.(pow|exp|expm1|log|log1p|log2|log10|sin|cos|tan|atan2?|asin|acos|sinh|cosh|tanh|cbrt|hypot)\b|[\w)\]] \*\* /g)) {
          offending.push(`${dir}/${file}: ${m[0]}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
