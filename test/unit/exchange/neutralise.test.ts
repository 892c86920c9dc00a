// Formula injection: every risky text gets an apostrophe in front on export, and reading undoes
// exactly that, for every text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, restore } from '../../../shared/exchange/neutralise';

describe('formula neutralising', () => {
  it('puts an apostrophe before = + - @, tab and carriage return, and nothing before other text', () => {
    for (const s of ['=HYPERLINK("http://x","klick")', '+46 90 16 10 00', '-20 % energi', '@SUM(A1)', '\tfoo', '\rbar']) {
      expect(neutralise(s)).toBe(`'${s}`);
    }
    for (const s of ['Elbussar', '', '1 234', 'a=b', ' =trimmed?']) expect(neutralise(s)).toBe(s);
  });

  it('doubles a leading apostrophe so that reading back is exact', () => {
    expect(neutralise("'citat'")).toBe("''citat'");
    expect(restore("''citat'")).toBe("'citat'");
    expect(restore("'abc")).toBe("'abc");
  });

  it('restore(neutralise(s)) is s for every text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ', 'å') }), (s) => {
        expect(restore(neutralise(s))).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(restore(neutralise(s))).toBe(s);
      }),
    );
  });
});
