// Chart colours pass WCAG AA on the chart surface, and series differ in more than colour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, CHART_MUTED_TEXT, CHART_TEXT, contrastRatio, ROLE_STYLES, SERIES_COLORS, seriesStyle } from '../../../renderer/charts/palette';

describe('chart palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('red', '#ffffff')).toThrow();
  });

  it('gives every series and role colour at least 4.5:1 on the chart background', () => {
    for (const c of [...SERIES_COLORS, ...Object.values(ROLE_STYLES).map((s) => s.color)]) {
      expect(contrastRatio(c, CHART_BACKGROUND), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(CHART_TEXT, CHART_BACKGROUND)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(CHART_MUTED_TEXT, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the first ten series apart by pattern, dash and colour, not colour alone', () => {
    const styles = Array.from({ length: 10 }, (_, i) => seriesStyle(i));
    expect(new Set(styles.map((s) => s.color)).size).toBe(10);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(10);
    expect(new Set(styles.map((s) => JSON.stringify(s.dash))).size).toBeGreaterThanOrEqual(8);
    expect(seriesStyle(10)).toEqual(seriesStyle(0));
    expect(seriesStyle(-1)).toEqual(seriesStyle(9));
  });

  it('keeps the MACC groups apart by pattern as well as colour', () => {
    expect(ROLE_STYLES.below.pattern).not.toBe(ROLE_STYLES.above.pattern);
  });
});

/** `.selector { background: #…; color: #… }` pairs of a stylesheet. */
function colourPairs(file: string): [string, string, string][] {
  const css = readFileSync(new URL(`../../../renderer/${file}`, import.meta.url), 'utf8');
  const out: [string, string, string][] = [];
  for (const m of css.matchAll(/([.\w-]+)\s*\{([^}]*)\}/g)) {
    const bg = /background:\s*(#[0-9a-f]{6})/i.exec(m[2]);
    const fg = /(?:^|[;\s])color:\s*(#[0-9a-f]{6})/i.exec(m[2]);
    if (bg && fg) out.push([m[1], bg[1], fg[1]]);
  }
  return out;
}

describe('coloured cells', () => {
  it('co-benefit score cells keep their number at 4.5:1 on every tint', () => {
    const pairs = colourPairs('views/commitments/commitments.css');
    expect(pairs.map(([sel]) => sel)).toEqual(expect.arrayContaining(['.score--m2', '.score--m1', '.score--p0', '.score--p1', '.score--p2']));
    for (const [sel, bg, fg] of pairs) expect(contrastRatio(bg, fg), sel).toBeGreaterThanOrEqual(4.5);
  });

  it('met cells of the sensitivity strip are readable', () => {
    const pairs = colourPairs('views/scenarios/scenarios.css');
    expect(pairs.length).toBeGreaterThan(0);
    for (const [sel, bg, fg] of pairs) expect(contrastRatio(bg, fg), sel).toBeGreaterThanOrEqual(4.5);
  });
});
