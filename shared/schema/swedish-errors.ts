// zod's own messages in Swedish, for the issues our schemas do not word themselves: mostly the
// top level of a call's input ("expected object, received array"). Every field schema built by
// primitives.ts says its own sentence; this is the fallback, so no English reaches the user.
import { z } from 'zod';

const TYPES: Record<string, string> = {
  object: 'ett objekt',
  array: 'en lista',
  string: 'en text',
  number: 'ett tal',
  int: 'ett heltal',
  bigint: 'ett heltal',
  boolean: 'sant eller falskt (true/false)',
  null: 'null',
  undefined: 'inget värde',
  nan: 'NaN',
  date: 'ett datum',
  function: 'en funktion',
  symbol: 'en symbol',
  map: 'en tabell',
  set: 'en mängd',
};

const typeName = (t: string) => TYPES[t] ?? 'ett okänt värde';

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

export const swedishIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Ett värde saknas.' : `Värdet måste vara ${typeName(issue.expected)}, inte ${typeName(received(issue.input))}.`;
    case 'invalid_value':
      return `Värdet måste vara ett av: ${issue.values.map((v: unknown) => JSON.stringify(v)).join(', ')}.`;
    case 'too_big':
      return `Värdet är för stort (högst ${String(issue.maximum)}${issue.origin === 'string' ? ' tecken' : issue.origin === 'array' ? ' rader' : ''}).`;
    case 'too_small':
      return `Värdet är för litet (minst ${String(issue.minimum)}${issue.origin === 'string' ? ' tecken' : issue.origin === 'array' ? ' rader' : ''}).`;
    case 'invalid_format':
      return 'Värdet har fel format.';
    case 'not_multiple_of':
      return `Värdet måste vara en multipel av ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'Okända fält.';
    case 'invalid_key':
      return 'Ett fältnamn är ogiltigt.';
    case 'invalid_union':
      return 'Värdet har fel form.';
    case 'invalid_element':
      return 'Ett värde i listan är ogiltigt.';
    default:
      return 'Värdet är ogiltigt.';
  }
};

z.config({ localeError: swedishIssue });
