// `t(key, values)`: one string of the table with its `{name}` slots filled in.
import type { Locale } from '../../shared/format/number';
import { en } from './en';
import { sv, type MessageKey, type Messages } from './sv';

const TABLES: Record<Locale, Messages> = { sv, en };

export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

export function translator(locale: Locale): Translate {
  const table = TABLES[locale];
  return (key, values) => {
    const text = table[key] ?? sv[key];
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
