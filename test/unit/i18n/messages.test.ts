// The interface's strings come from many tables merged into one; a key used twice would make
// one view show another view's words without any error. And every view must be translated.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../renderer/i18n/areas';
import { en } from '../../../renderer/i18n/en';
import { common, sv } from '../../../renderer/i18n/sv';

describe('message tables', () => {
  it('never use the same key in two areas, nor in an area and the common table', () => {
    const owner = new Map<string, string>(Object.keys(common).map((k) => [k, 'common']));
    const clashes: string[] = [];
    for (const [area, table] of Object.entries(AREAS)) {
      for (const key of Object.keys(table.sv)) {
        const before = owner.get(key);
        if (before) clashes.push(`${key} (${before} and ${area})`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('have an English text for every Swedish one, and no empty text', () => {
    for (const table of Object.values(AREAS)) expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.sv).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('fill the same {slots} in both languages', () => {
    const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(sv).filter((k) => JSON.stringify(slots(sv[k as keyof typeof sv])) !== JSON.stringify(slots(en[k as keyof typeof en])));
    expect(differ).toEqual([]);
  });
});
