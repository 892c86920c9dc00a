// Numbers on chart axes, in tooltips and tables: sv-SE grouping and decimal comma, units.
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatTick, formatValue, inUnit, unitLabel, withUnit } from '../../../renderer/charts/format';
import { sv } from './fixtures';

describe('chart number formats', () => {
  it('groups thousands the Swedish way and uses a decimal comma', () => {
    expect(formatValue(1234567.4, { kind: 'tons' }, 'sv')).toBe(sv(1234567));
    expect(formatValue(1234567.4, { kind: 'tons' }, 'sv')).toMatch(/^1\s234\s567$/);
    expect(formatValue(12.25, { kind: 'money', unit: 'tkr' }, 'sv')).toBe('12,3');
    expect(formatValue(12.256, { kind: 'money', unit: 'mnkr' }, 'sv')).toBe('12,26');
    expect(formatValue(-1975.9, { kind: 'krPerTon' }, 'sv')).toBe(`−${sv(1976)}`);
    expect(formatTick(0.5, 'sv')).toBe('0,5');
    expect(formatTick(2500000, 'en')).toBe('2,500,000');
  });

  it('chooses decimals by unit', () => {
    expect(decimalsOf({ kind: 'money', unit: 'kr' })).toBe(0);
    expect(decimalsOf({ kind: 'money', unit: 'tkr' })).toBe(1);
    expect(decimalsOf({ kind: 'money', unit: 'mnkr' })).toBe(2);
    expect(decimalsOf({ kind: 'tons' })).toBe(0);
  });

  it('names the units on axes in both languages', () => {
    expect(unitLabel({ kind: 'tons' }, 'sv')).toBe('t CO2e');
    expect(unitLabel({ kind: 'money', unit: 'mnkr' }, 'sv')).toBe('mnkr');
    expect(unitLabel({ kind: 'money', unit: 'mnkr' }, 'en')).toBe('MSEK');
    expect(withUnit('Utsläpp', { kind: 'tons' }, 'sv')).toBe('Utsläpp (t CO2e)');
    expect(inUnit(12_500_000, 'tkr')).toBe(12_500);
    expect(inUnit(12_500_000, 'mnkr')).toBe(12.5);
  });
});
