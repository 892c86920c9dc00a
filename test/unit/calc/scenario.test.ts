import { describe, expect, it } from 'vitest';
import { CalcError, calculate } from '../../../shared/calc';
import { findScenario, scenarioMembership } from '../../../shared/calc/scenario';
import { makePlan, makeScenario } from './fixtures';

describe('scenario lookup', () => {
  it('finds the scenario by id', () => {
    const plan = makePlan({ scenarios: [makeScenario({ id: 'a' }), makeScenario({ id: 'b' })] });
    expect(findScenario(plan, 'b').id).toBe('b');
  });

  it('throws a CalcError with a Swedish message for an unknown id', () => {
    const plan = makePlan();
    expect(() => calculate(plan, 'x')).toThrow(CalcError);
    expect(() => calculate(plan, 'x')).toThrow('Scenariot "x" finns inte i planen.');
  });
});

describe('scenario membership', () => {
  const isIn = scenarioMembership(makeScenario({ includeStatuses: ['decided'], include: ['idea-in'], exclude: ['decided-out', 'idea-in-out'] }));

  it('takes the actions whose status is listed', () => {
    expect(isIn('x', 'decided')).toBe(true);
    expect(isIn('y', 'idea')).toBe(false);
  });

  it('takes an explicitly included action whatever its status', () => {
    expect(isIn('idea-in', 'idea')).toBe(true);
  });

  it('leaves out an excluded action, even when its status or an include would take it', () => {
    expect(isIn('decided-out', 'decided')).toBe(false);
    const both = scenarioMembership(makeScenario({ include: ['a'], exclude: ['a'] }));
    expect(both('a', 'idea')).toBe(false);
  });
});
