// The generator the round-trip tests and the bench use: deterministic, valid, and varied enough
// to exercise every table of the store.
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../shared/domain/ids';
import { parsePlanDocument } from '../../../shared/schema/document';
import { largePlan, planDocument } from '../../support/large-plan';

describe('largePlan', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(largePlan(300, 7)).toEqual(largePlan(300, 7));
    expect(largePlan(300, 7)).not.toEqual(largePlan(300, 8));
  });

  it('passes the JSON import unchanged (valid, canonical, every default already present)', () => {
    const plan = largePlan(2_000, 3);
    const r = parsePlanDocument(JSON.parse(JSON.stringify(planDocument(plan))));
    if (!r.ok) expect.fail(JSON.stringify(r.problems.slice(0, 3)));
    expect(r.plan).toStrictEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('covers what the store has to carry', () => {
    const p = largePlan(2_000);
    const sinks = new Set(p.sectors.filter((s) => s.isSink).map((s) => s.id));
    expect(new Set(p.actions.map((a) => a.status))).toEqual(new Set(ACTION_STATUSES));
    expect(p.actions.some((a) => sinks.has(a.sectorId) && a.effectKind === 'absolute')).toBe(true);
    expect(p.actions.some((a) => a.effectKind === 'share')).toBe(true);
    expect(p.actions.filter((a) => a.effectKind === 'share').every((a) => !sinks.has(a.sectorId))).toBe(true);
    expect(p.actions.some((a) => a.costOverrides.length > 1)).toBe(true);
    expect(p.actions.some((a) => Object.keys(a.coBenefits).length > 0 && a.coBenefitSekPerYear > 0)).toBe(true);
    expect(p.actions.some((a) => a.commitments.length > 0 && a.tags.length > 0)).toBe(true);
    expect(p.actions.some((a) => a.description !== undefined && a.effectEndYear !== undefined && a.lifetimeYears !== undefined)).toBe(true);
    expect(p.sectors.some((s) => s.hidden && !s.isSink)).toBe(true);
    expect(p.baseline.some((b) => b.points.some((pt) => pt.tonsCo2e < 0))).toBe(true);
    expect(p.financing.some((f) => f.actionId === null)).toBe(true);
    expect(p.financing.some((f) => f.actionId !== null)).toBe(true);
    expect(new Set(p.targets.map((t) => t.kind))).toEqual(new Set(['reduction', 'absolute', 'netZero']));
    expect(p.carbonBudget).toBeDefined();
    expect(p.commitments.length).toBeGreaterThan(0);
    expect(p.scenarios.map((s) => s.id).slice(0, 2)).toEqual(['decided', 'all']);
    const third = p.scenarios[2];
    expect(third.include.length && third.exclude.length && third.delayYears).toBeTruthy();
  });

  it('makes 10 000 actions quickly enough for the bench to import it', () => {
    // Not a timing assertion: only that it finishes and has the size asked for.
    const p = largePlan(10_000);
    expect(p.actions).toHaveLength(10_000);
    expect(new Set(p.actions.map((a) => a.id)).size).toBe(10_000);
  });
});
