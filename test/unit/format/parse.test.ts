import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../shared/format/number';
import { parseNumber, parsePercent } from '../../../shared/format/parse';

const NBSP = '\u00A0';
const THIN = '\u2009';
const NARROW_NBSP = '\u202F';
const MINUS = '\u2212';

describe('parseNumber (Swedish)', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1234', 1234],
    ['1 234', 1234],
    ['1 234,5', 1234.5],
    [`1${NBSP}234${NBSP}567`, 1234567],
    [`1${THIN}234,25`, 1234.25],
    [`12${NARROW_NBSP}500`, 12500],
    ['3,5', 3.5],
    [',5', 0.5],
    ['-12', -12],
    [`${MINUS}1 234,5`, -1234.5],
    ['\u2013 7', -7],
    ['+8', 8],
    ['  2025  ', 2025],
    ['10 000 000 000 000', 1e13],
    ['1e6', 1e6],
    ['1,5E+03', 1500],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('reads a lone dot as a decimal mark, as pasted from English sources', () => {
    expect(parseNumber('3.5')).toBe(3.5);
  });

  it('never returns minus zero', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it.each([
    '',
    '   ',
    '-',
    'abc',
    '12abc',
    '1,2,3',
    '1.234,5',
    '1 23',
    '12 34',
    '1234 567',
    '5,',
    '5-',
    '--5',
    '1 000e3',
    '0x10',
    'Infinity',
    'NaN',
    '1e999',
    '٣',
  ])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('reads back whatever formatNumber writes in sv-SE', () => {
    for (const v of [0, 7, -7, 1234, 1234567.25, -98765.4321, 1e12, 0.035]) {
      expect(parseNumber(formatNumber(v, 'sv', 6))).toBeCloseTo(v, 6);
    }
  });
});

describe('parseNumber (English)', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1 234.5', 1234.5],
    ['-0.25', -0.25],
    ['12', 12],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text, 'en')).toBe(expected);
  });

  it.each(['1,23', '1.2.3', '3,5'])('refuses %j', (text) => {
    expect(parseNumber(text, 'en')).toBeNull();
  });

  it('reads back whatever formatNumber writes in English', () => {
    for (const v of [1234567.25, -98765.5]) {
      expect(parseNumber(formatNumber(v, 'en', 6), 'en')).toBeCloseTo(v, 6);
    }
  });
});

describe('parsePercent', () => {
  it('turns per cent into a fraction, with or without the sign', () => {
    expect(parsePercent('3,5')).toBe(0.035);
    expect(parsePercent('3,5 %')).toBe(0.035);
    expect(parsePercent(`12,5${NBSP}%`)).toBe(0.125);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(1);
    expect(parsePercent(`${MINUS}1`)).toBe(-0.01);
  });

  it('reads back what formatPercent writes', () => {
    expect(parsePercent(formatPercent(0.125))).toBe(0.125);
  });

  it('refuses what is not a number', () => {
    expect(parsePercent('%')).toBeNull();
    expect(parsePercent('tre')).toBeNull();
  });
});
