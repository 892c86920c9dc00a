// The text rules of every name, note and tag (shared/domain/text.ts through the zod `text()`
// primitive), zod's fallback messages in Swedish, and unknown fields echoed back short.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import { actionSchema } from '../../../shared/schema/entities';
import { text } from '../../../shared/schema/primitives';
import { problemsFromZod } from '../../../shared/schema/problems';

const problems = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : problemsFromZod(r.error);
};

describe('text()', () => {
  const notes = text('notes');

  it('keeps tab and LF, and stores CRLF and a lone CR as LF (what Excel pastes)', () => {
    expect(notes.parse('a\tb\nc')).toBe('a\tb\nc');
    expect(notes.parse('rad 1\r\nrad 2\rrad 3')).toBe('rad 1\nrad 2\nrad 3');
  });

  it('counts the length after CRLF became LF', () => {
    expect(notes.safeParse('\r\n'.repeat(10_000)).success).toBe(true);
    expect(notes.safeParse('x'.repeat(10_001)).success).toBe(false);
  });

  it.each([
    ['U+0001', '\u0001'],
    ['U+0000', '\u0000'],
    ['U+000B (vertical tab)', '\u000b'],
    ['U+001F', '\u001f'],
    ['a lone high surrogate', '\ud83d'],
    ['a lone low surrogate', '\ude00'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
  ])('refuses %s in Swedish, naming the character and where it is', (_label, ch) => {
    const p = problems(notes, `ok ${ch} ok`);
    expect(p).toHaveLength(1);
    expect(p[0].message).toMatch(/^Anteckningarna innehåller ett tecken som inte får finnas i en text \(U\+[0-9A-F]{4}, tecken 4\)/);
  });

  it('accepts a whole surrogate pair (an emoji), å, ä, ö, € and –', () => {
    expect(notes.parse('🌍 åäö € – …')).toBe('🌍 åäö € – …');
  });

  it('applies inside entities: an action name with a control character is refused', () => {
    const p = problems(actionSchema.shape.name, 'Elbussar\u0007');
    expect(p[0].message).toMatch(/^Namnet innehåller ett tecken/);
  });
});

describe("zod's own messages", () => {
  it('a call given an array instead of an object answers in Swedish', () => {
    const p = problems(contract['plan.update'].input, []);
    expect(p[0].message).toBe('Värdet måste vara ett objekt, inte en lista.');
    expect(p[0].message).not.toMatch(/expected|received/i);
  });

  it('an unknown field of megabytes is echoed back short, and only the first ten of many', () => {
    const huge = 'k'.repeat(5_000_000);
    const p = problems(contract['plan.update'].input, { changes: { [huge]: 1 } });
    expect(JSON.stringify(p).length).toBeLessThan(500);
    expect(p[0].message).toMatch(/^Okänt fält "k{60}…"\.$/);
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, 1]));
    const q = problems(contract['plan.update'].input, { changes: many });
    expect(q).toHaveLength(11);
    expect(q[10].message).toBe('Och 990 okända fält till.');
  });
});
