import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTOR_IDS } from '../../../shared/domain/ids';
import { knownId, normalizeAction, normalizePlan } from '../../../shared/domain/normalize';
import { largePlan } from '../../support/large-plan';

describe('normalizeAction', () => {
  const plan = largePlan(300);

  it('changes nothing that JSON shows: exports and the wire format stay as they were', () => {
    expect(JSON.stringify(normalizePlan(plan))).toBe(JSON.stringify(plan));
  });

  it('gives every action, and every cost override, one set of keys in one order', () => {
    const actions = normalizePlan(plan).actions;
    const actionKeys = new Set(actions.map((a) => Object.keys(a).join()));
    expect(actionKeys.size).toBe(1);
    const overrides = actions.flatMap((a) => a.costOverrides);
    expect(overrides.length).toBeGreaterThan(0);
    expect(new Set(overrides.map((o) => Object.keys(o).join()))).toEqual(new Set(['year,capexSek,opexSek,savingsSek']));
  });

  it('shares one frozen empty list among the actions without overrides, so none can change another', () => {
    const without = normalizePlan(plan).actions.filter((a) => a.costOverrides.length === 0);
    expect(without.length).toBeGreaterThan(1);
    expect(new Set(without.map((a) => a.costOverrides)).size).toBe(1);
    expect(Object.isFrozen(without[0].costOverrides)).toBe(true);
    expect(() => without[0].costOverrides.push({ year: 2030, capexSek: 1 })).toThrow(TypeError);
  });

  it('leaves the overrides it was given untouched', () => {
    const action = plan.actions.find((a) => a.costOverrides.length > 0)!;
    const before = JSON.stringify(action.costOverrides);
    const normalized = normalizeAction(action);
    expect(normalized.costOverrides).not.toBe(action.costOverrides);
    expect(JSON.stringify(action.costOverrides)).toBe(before);
  });
});

describe('knownId', () => {
  it('gives a known id back equal, and an unknown one (a sector the user added) unchanged', () => {
    const parsed = JSON.parse('["electricityHeat", "internationalTransport", "egen-sektor"]') as string[];
    expect(parsed.map((id) => knownId(DEFAULT_SECTOR_IDS, id))).toEqual(['electricityHeat', 'internationalTransport', 'egen-sektor']);
  });
});
