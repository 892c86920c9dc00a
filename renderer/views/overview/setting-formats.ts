// How each kind of plan setting is shown in its field and read back from what was typed.
// Numbers go through the shared sv-SE parser; refusals of the range itself come from the API.
import { formatNumber, type Locale } from '../../../shared/format/number';
import { parseNumber, parsePercent } from '../../../shared/format/parse';
import { rangeProblemOfKey } from '../../../shared/fields';
import type { Translate } from '../../i18n/translate';
import type { Parsed } from '../../components/CommitField';

export interface FieldFormat<T> {
  format(value: T): string;
  parse(text: string): Parsed<T>;
}

/** Swedish: the same sentence the API would give; English: a plain request for a number. */
function notANumber(field: string, example: string, locale: Locale, t: Translate): Parsed<never> {
  return {
    ok: false,
    message: locale === 'sv' ? (rangeProblemOfKey(field, Number.NaN) ?? t('error.notANumber', { example })) : t('error.notANumber', { example }),
  };
}

export function yearFormat(field: string, locale: Locale, t: Translate): FieldFormat<number> {
  return {
    // Years are never grouped: 2025, not 2 025.
    format: (v) => String(v),
    parse: (text) => {
      const n = parseNumber(text, locale);
      return n === null ? notANumber(field, '2030', locale, t) : { ok: true, value: n };
    },
  };
}

/** A fraction shown and typed in per cent: 0.035 ↔ "3,5". */
export function percentFormat(field: string, locale: Locale, t: Translate): FieldFormat<number> {
  return {
    format: (v) => formatNumber(v * 100, locale, 4),
    parse: (text) => {
      const n = parsePercent(text, locale);
      return n === null ? notANumber(field, locale === 'sv' ? '3,5' : '3.5', locale, t) : { ok: true, value: n };
    },
  };
}

export function numberFormat(field: string, locale: Locale, t: Translate): FieldFormat<number> {
  return {
    format: (v) => formatNumber(v, locale, 2),
    parse: (text) => {
      const n = parseNumber(text, locale);
      return n === null ? notANumber(field, formatNumber(7000, locale), locale, t) : { ok: true, value: n };
    },
  };
}

export const textFormat: FieldFormat<string> = {
  format: (v) => v,
  parse: (text) => ({ ok: true, value: text }),
};

/** A whole number such as a delay in years; the API refuses decimals with its own sentence. */
export function wholeFormat(field: string, locale: Locale, t: Translate, example = '2'): FieldFormat<number> {
  return {
    format: (v) => formatNumber(v, locale, 0),
    parse: (text) => {
      const n = parseNumber(text, locale);
      return n === null ? notANumber(field, example, locale, t) : { ok: true, value: n };
    },
  };
}

/** A number with up to `digits` decimals (tonnes, factors). */
export function decimalFormat(field: string, locale: Locale, t: Translate, digits: number, example: string): FieldFormat<number> {
  return {
    format: (v) => formatNumber(v, locale, digits),
    parse: (text) => {
      const n = parseNumber(text, locale);
      return n === null ? notANumber(field, example, locale, t) : { ok: true, value: n };
    },
  };
}
