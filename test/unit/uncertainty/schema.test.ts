// The JSON interchange with uncertainty (DESIGN §6, §9): optional everywhere, absent = the
// defaults; a value out of its range refused naming the field and the range.
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../../shared/schema/document';
import sample from '../../../assets/sample/umea-2480.json';

const withChanges = (action: Record<string, unknown>, top: Record<string, unknown> = {}) => {
  const doc = structuredClone(sample) as Record<string, unknown> & { actions: Record<string, unknown>[] };
  doc.actions[0] = { ...doc.actions[0], ...action };
  return { ...doc, ...top };
};

describe('uncertainty in the JSON interchange', () => {
  it('reads an action’s ranges and the plan’s defaults, and a plan without them as before', () => {
    const r = parsePlanDocument(withChanges({ uncertainty: { effectLow: 0.7, delayMaxYears: 2 } }, { uncertaintyDefaults: { idea: { probability: 0.3 } } }));
    expect(r.ok && r.plan.actions[0].uncertainty).toEqual({ effectLow: 0.7, delayMaxYears: 2 });
    expect(r.ok && r.plan.uncertaintyDefaults).toEqual({ idea: { probability: 0.3 } });
    const plain = parsePlanDocument(structuredClone(sample));
    expect(plain.ok && plain.plan.uncertaintyDefaults).toBeUndefined();
    expect(plain.ok && plain.plan.actions.every((a) => a.uncertainty === undefined)).toBe(true);
  });

  it.each([
    [{ uncertainty: { effectHigh: 0.5 } }, {}, 'actions[0].uncertainty.effectHigh', /Effektens högsta faktor måste vara ett tal mellan 1 och 10/],
    [{ uncertainty: { probability: -0.1 } }, {}, 'actions[0].uncertainty.probability', /Sannolikheten måste vara ett tal mellan 0\s%\soch 100\s%/],
    [{ uncertainty: { delayMaxYears: 1.5 } }, {}, 'actions[0].uncertainty.delayMaxYears', /heltal/],
    [{}, { uncertaintyDefaults: { cancelled: { probability: 0 } } }, 'uncertaintyDefaults.cancelled', /Okänt fält "cancelled"/],
    [{}, { uncertaintyDefaults: { idea: { costLow: 2 } } }, 'uncertaintyDefaults.idea.costLow', /Kostnadens lägsta faktor måste vara ett tal mellan 0 och 1/],
  ])('refuses %j %j at %s', (action, top, path, message) => {
    const r = parsePlanDocument(withChanges(action, top));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].path).toBe(path);
    expect(r.problems[0].message).toMatch(message);
  });
});
