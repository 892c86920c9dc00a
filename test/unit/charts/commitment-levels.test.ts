// What each level asks, per commitment: complete in both languages, and in our own words (no
// run of six words taken over from the joint-commitments document).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_IDS, COMMITMENT_LEVELS } from '../../../shared/domain/ids';
import { COMMITMENT_LEVELS_ASK, LEVEL_MEANING } from '../../../shared/reference/commitment-levels';

const SOURCE = new URL('../../../../shared/reference/gemensamma-ataganden-2025-2026.txt', import.meta.url);
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-zåäöé0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

describe('commitment levels reference', () => {
  it('covers every commitment and level, Swedish and English alike', () => {
    expect(Object.keys(COMMITMENT_LEVELS_ASK)).toEqual([...COMMITMENT_IDS]);
    for (const id of COMMITMENT_IDS) {
      const ref = COMMITMENT_LEVELS_ASK[id];
      expect(ref.aim.sv && ref.aim.en).toBeTruthy();
      for (const level of COMMITMENT_LEVELS) {
        const { sv, en } = ref.levels[level];
        expect(sv.length, `${id}/${level}`).toBeGreaterThan(0);
        expect(en.length, `${id}/${level}`).toBe(sv.length);
      }
    }
    for (const level of COMMITMENT_LEVELS) expect(LEVEL_MEANING[level].sv).toMatch(/^Nivå [123]:/);
  });

  it('summarises in its own words', () => {
    const source = ` ${words(readFileSync(SOURCE, 'utf8')).join(' ')} `;
    for (const id of COMMITMENT_IDS) {
      for (const level of COMMITMENT_LEVELS) {
        for (const line of COMMITMENT_LEVELS_ASK[id].levels[level].sv) {
          const w = words(line);
          for (let i = 0; i + 6 <= w.length; i++) {
            const run = w.slice(i, i + 6).join(' ');
            expect(source.includes(` ${run} `), `${id}/${level}: "${run}"`).toBe(false);
          }
        }
      }
    }
  });
});
