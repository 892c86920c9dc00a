// A new action's code (the next free one of its sector), a copy's code, likely typos, and dates
// typed as ÅÅÅÅ-MM-DD: pure rules of the views, tested on their own.
import { describe, expect, it } from 'vitest';
import { amountLooksWrong, effectFactorLooksWrong, effectYearLooksWrong, positiveMedian } from '../../../shared/domain/typos';
import type { Action } from '../../../shared/domain/types';
import { readDate } from '../../../renderer/i18n/dates';
import { copyCode, nextSectorCode } from '../../../renderer/views/actions/codes';

const action = (code: string, sectorId: string) => ({ code, sectorId }) as Action;

describe('action codes', () => {
  it('gives a new action the next free code of its sector, as wide as its neighbours', () => {
    const plan = [action('T-01', 'transport'), action('T-10', 'transport'), action('E-01', 'electricityHeat'), action('T-3', 'transport')];
    expect(nextSectorCode({ id: 'transport', name: 'Transporter' }, plan)).toBe('T-11');
    expect(nextSectorCode({ id: 'electricityHeat', name: 'El och fjärrvärme' }, plan)).toBe('E-02');
    // A sector without codes starts at its initial; a code taken elsewhere is skipped.
    expect(nextSectorCode({ id: 'port', name: 'Hamnen' }, plan)).toBe('H-01');
    expect(nextSectorCode({ id: 'port', name: 'Hamnen' }, [...plan, action('H-01', 'other')])).toBe('H-02');
    expect(copyCode('T-01', new Set(['T-01', 'T-01-2']))).toBe('T-01-3');
  });
});

describe('likely typos', () => {
  it('flags an effect factor above 2, an effect before the start, an amount a thousand times the median', () => {
    expect(effectFactorLooksWrong(2)).toBe(false);
    expect(effectFactorLooksWrong(2.5)).toBe(true);
    expect(effectYearLooksWrong(2024, 2025)).toBe(true);
    expect(effectYearLooksWrong(2025, 2025)).toBe(false);
    expect(effectYearLooksWrong(null, 2025)).toBe(false);
    expect(positiveMedian([0, 3, 1, 2])).toBe(2);
    expect(positiveMedian([0, 0])).toBe(0);
    expect(amountLooksWrong(2_000_000, 2_000)).toBe(true);
    expect(amountLooksWrong(1_999_999, 2_000)).toBe(false);
    expect(amountLooksWrong(5, 0)).toBe(false);
  });
});

describe('dates typed as ÅÅÅÅ-MM-DD', () => {
  it('reads the usual forms and refuses a date that does not exist', () => {
    expect(readDate('2025-03-14')).toBe('2025-03-14');
    expect(readDate(' 2025-3-4 ')).toBe('2025-03-04');
    expect(readDate('20250304')).toBe('2025-03-04');
    expect(readDate('2025-02-30')).toBeNull();
    expect(readDate('03/14/2025')).toBeNull();
  });
});
