// The optimiser against a brute force over every choice, on random small plans (issue 18).
import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { optimise } from '../../../shared/optimise';
import { choiceCount, everyChoice, judge, smallCaseArb } from './small-plans';

const highs = await loadHighs();

/** A choice "meets" a constraint by the engine's rule (≤ 0); near-ties within this may go either way. */
const HAIR = 1e-3;

describe('optimiser against brute force', () => {
  it('finds the brute force optimum, and its choice meets every target and budget by calculate', () => {
    fc.assert(
      fc.property(smallCaseArb(), ({ plan, request }) => {
        fc.pre(choiceCount(plan) <= 800);
        const judged = everyChoice(plan).map((choice) => judge(plan, request, choice));
        // The best value among choices that surely meet everything, and among those that meet it within a hair.
        const best = (hair: number) => Math.min(...judged.filter((j) => j.worst <= hair).map((j) => j.value));
        const strict = best(0);
        const loose = best(HAIR);
        const answer = optimise(highs, plan, { ...request, timeLimitSeconds: 30 });
        if (answer.status === 'infeasible') {
          expect(strict).toBe(Infinity);
          expect(answer.reasons.length).toBeGreaterThan(0);
          return;
        }
        expect(answer.status).toBe('optimal');
        if (answer.status !== 'optimal') return;
        const tolerance = 1e-6 * Math.max(1, Math.abs(loose), Math.abs(strict)) + 1;
        expect(answer.value).toBeGreaterThanOrEqual(loose - tolerance);
        if (strict < Infinity) expect(answer.value).toBeLessThanOrEqual(strict + tolerance);
        // The answer's own choice, judged independently: it meets everything, and its value is the one reported.
        const mine = judge(plan, request, new Map(answer.chosen.map((c) => [c.actionId, c.startYear])));
        expect(mine.worst).toBeLessThanOrEqual(0);
        expect(Math.abs(mine.value - answer.value)).toBeLessThanOrEqual(tolerance);
        expect(answer.targets.every((t) => t.met && t.gap <= 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
