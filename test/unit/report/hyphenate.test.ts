// Soft hyphens in Swedish words for the council report's narrow columns: compounds break at
// their joints and between syllables, never leaving one or two letters behind.
import { describe, expect, it } from 'vitest';
import { breakPoints, hyphenate, SHY } from '../../../shared/report/hyphenate';

const shown = (s: string) => s.replaceAll(SHY, '-');

describe('Swedish hyphenation', () => {
  it('breaks compounds at their joints, never one letter from an end', () => {
    expect(shown(hyphenate('miljonprogramsområden'))).toContain('grams-om');
    expect(shown(hyphenate('miljonprogramsområden'))).not.toMatch(/-n$|-en$/);
    expect(shown(hyphenate('Energirenovering'))).toContain('gi-re');
    for (const word of ['kostnadsbärare', 'hälsoskyddsnämnden', 'laddinfrastruktur', 'miljonprogramsområden']) {
      const at = breakPoints(word);
      expect(at.length, word).toBeGreaterThan(0);
      expect(Math.min(...at)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...at)).toBeLessThanOrEqual(word.length - 2);
    }
  });

  it('keeps the text: only soft hyphens are added, short words and numbers are left alone', () => {
    const text = 'Energirenovering av miljonprogramsområden, 320 000 tkr (T-01)';
    expect(hyphenate(text).replaceAll(SHY, '')).toBe(text);
    expect(hyphenate('Buss och 2030')).toBe('Buss och 2030');
    expect(shown(hyphenate('miljonprogramsområden'))).not.toMatch(/-\p{L}-/u);
  });
});
