// Reading one cell: Swedish number forms, units, labels in Swedish or English, lists, and the
// cells that are never read as values (formulas, errors).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/exchange/cells';
import { joinList, readValue, splitList, type ValueContext } from '../../../shared/exchange/values';
import type { ColumnKind } from '../../../shared/exchange/columns';

const ctx: ValueContext = {
  unit: 'tkr',
  sectors: [
    { id: 'transport', name: 'Transporter', isSink: false },
    { id: 'x1', name: 'Sjöfart', isSink: false },
  ],
  sources: [{ id: 'kk', name: 'Klimatklivet', kind: 'stateGrant' }],
};
const text = (v: string): Cell => ({ t: 's', v });
const value = (c: Cell, kind: ColumnKind) => {
  const r = readValue(c, kind, ctx);
  return r.ok ? r.value : `FEL: ${r.message}`;
};

describe('cell values', () => {
  it('reads Swedish numbers: spaces in groups, decimal comma, the minus sign', () => {
    expect(value(text('1 234,5'), 'tons')).toBe(1234.5);
    expect(value(text('1\u00a0234,5'), 'tons')).toBe(1234.5);
    expect(value(text('−2'), 'score')).toBe(-2);
    expect(value(text('2030'), 'year')).toBe(2030);
    expect(value({ t: 'n', v: 12.25 }, 'tons')).toBe(12.25);
  });

  it('reads per cent: a text with or without %, a number as per cent unless formatted as one', () => {
    expect(value(text('12,5 %'), 'share')).toBe(0.125);
    expect(value(text('12,5'), 'share')).toBe(0.125);
    expect(value({ t: 'n', v: 7 }, 'share')).toBe(0.07);
    expect(value({ t: 'n', v: 0.07, percent: true }, 'share')).toBe(0.07);
  });

  it('reads money in the file’s unit, a suffix in the cell winning, as whole kronor', () => {
    expect(value(text('1 234,5'), 'money')).toBe(1_234_500);
    expect(value({ t: 'n', v: 1234.567 }, 'money')).toBe(1_234_567);
    expect(value(text('2 mnkr'), 'money')).toBe(2_000_000);
    expect(value(text('500 kr'), 'money')).toBe(500);
  });

  it('says what is wrong with a cell that is not a number', () => {
    expect(value(text('12,3,4'), 'money')).toMatch(/^FEL: "12,3,4" är inte ett tal/);
    expect(value({ t: 'd', v: '2025-01-01' }, 'year')).toMatch(/datum/);
    expect(value({ t: 'f', formula: 'B2*2' }, 'money')).toMatch(/formel \(=B2\*2\)/);
    expect(value({ t: 'f', formula: 'HYPERLINK("x")' }, 'text')).toMatch(/formel/);
    expect(value({ t: 'e', v: '#N/A' }, 'tons')).toMatch(/#N\/A/);
  });

  it('reads fixed ids as the id, the Swedish or the English label, in any case', () => {
    expect(value(text('Beslutad'), 'status')).toBe('decided');
    expect(value(text('ONGOING'), 'status')).toBe('ongoing');
    expect(value(text('pågår'), 'status')).toBe('ongoing');
    expect(value(text('Kommunala bolag'), 'costBearer')).toBe('municipalCompany');
    expect(value(text('Andel av sektorn'), 'effectKind')).toBe('share');
    expect(value(text('Säkrad'), 'financingStatus')).toBe('secured');
    expect(value(text('Klar om ett tag'), 'status')).toMatch(/^FEL: Statusen "Klar om ett tag" finns inte; använd någon av: Idé, Föreslagen/);
  });

  it('finds sectors and sources by id, name or standard label, and names the plan’s when it cannot', () => {
    expect(value(text('transport'), 'sector')).toBe('transport');
    expect(value(text('sjöfart'), 'sector')).toBe('x1');
    expect(value(text('Transport'), 'sector')).toBe('transport');
    expect(value(text('Jordbruk'), 'sector')).toMatch(/Sektorn "Jordbruk" finns inte i planen; planens sektorer är: Transporter, Sjöfart/);
    expect(value(text('Klimatklivet'), 'source')).toBe('kk');
  });

  it('reads commitments by label or number, and tags as a list', () => {
    expect(value(text('Upphandling; 4'), 'commitments')).toEqual(['procurement', 'finance']);
    expect(value(text('a; "b; c"; d'), 'tags')).toEqual(['a', 'b; c', 'd']);
  });

  it('joinList and splitList are inverses for lists of non-empty tags', () => {
    const tag = fc.string({ unit: fc.constantFrom('a', ';', '"', ' ', 'ö'), minLength: 1 });
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), (tags) => {
        expect(splitList(joinList(tags))).toEqual(tags);
      }),
    );
  });
});
