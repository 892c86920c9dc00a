import { describe, expect, it } from 'vitest';
import { calculate } from '../../../shared/calc';
import { NO_ACTION, financingSlots } from '../../../shared/calc/financing-links';
import type { FinancingEntry } from '../../../shared/domain/types';
import { makeAction, makePlan, makeScenario } from './fixtures';

function entry(id: string, actionId: string | null): FinancingEntry {
  return { id, actionId, sourceId: 'budget', year: 2020, amountSek: 10, status: 'secured' };
}

describe('financing links', () => {
  const a = makeAction({ id: 'a' });
  const b = makeAction({ id: 'b' });
  const c = makeAction({ id: 'c' });

  it("gives each entry its action's slot, and NO_ACTION to an entry without one", () => {
    const entries = [entry('f1', 'c'), entry('f2', null), entry('f3', 'a'), entry('f4', 'c')];
    expect(Array.from(financingSlots([a, b, c], entries))).toEqual([2, NO_ACTION, 0, 2]);
  });

  it('keeps the slots for a new actions list in which every named action stayed in place', () => {
    const entries = [entry('f1', 'b')];
    const first = financingSlots([a, b, c], entries);
    // An edit of one action: a new list and a new object, the same ids in the same slots.
    const edited = financingSlots([a, { ...b, capexSek: 1 }, c], entries);
    expect(edited).toBe(first);
    expect(Array.from(edited)).toEqual([1]);
  });

  it('links again when the actions moved or one was removed', () => {
    const entries = [entry('f1', 'c'), entry('f2', 'a')];
    expect(Array.from(financingSlots([a, b, c], entries))).toEqual([2, 0]);
    expect(Array.from(financingSlots([c, b, a], entries))).toEqual([0, 2]);
    expect(Array.from(financingSlots([b, c], entries))).toEqual([1, NO_ACTION]);
    // …and again once the action is back, although the list of entries is the same object.
    expect(Array.from(financingSlots([a, c], entries))).toEqual([1, 0]);
  });

  it('counts the money of an entry whose action moved, in every calculation of one financing list', () => {
    const financing = [entry('f1', 'a')];
    const scenario = makeScenario({ includeStatuses: ['decided'] });
    const inA = makeAction({ id: 'a', status: 'decided' });
    const outB = makeAction({ id: 'b', status: 'idea' });
    const secured = (actions: ReturnType<typeof makeAction>[]) =>
      calculate(makePlan({ actions, financing, scenarios: [scenario] }), scenario.id).financing.secured[0];
    expect(secured([inA, outB])).toBe(10);
    expect(secured([outB, inA])).toBe(10);
    expect(secured([outB, { ...inA, status: 'idea' }])).toBe(0);
    expect(secured([outB])).toBe(0);
  });
});
