// The services through the one dispatch every transport uses (DESIGN §2 "One API contract"):
// for each area a valid call changes the store and writes change-log rows, undo restores and
// redo re-applies it; a refused input answers {ok:false, error:{code:'invalid', message in
// Swedish, path naming the field}} and changes nothing. A patch with one bad row applies none
// and lists every bad cell.
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../shared/api/status';
import type { Plan } from '../../shared/domain/types';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { InputArg } from '../support/calls';
import { callRaw, ok, refused, sampleOpenedEachTest, SWEDISH } from '../support/documents';

const doc = sampleOpenedEachTest('services');

const snapshot = () => ok(doc.manager, 'plan.snapshot');
const logTotal = async () => (await ok(doc.manager, 'history.list', { limit: 1 })).total;
const actions = () => ok(doc.manager, 'actions.list');

/**
 * A valid call: it changes the plan, writes change-log rows (one batch, unsaved, in the tables
 * named), undo gives the plan before back and redo the plan after. Returns the call's value and
 * the plan after it.
 */
async function edit<N extends CallName>(name: N, input: CallInput<N>, tables: string[]): Promise<{ value: CallOutput<N>; after: Plan; log: ChangeEntry[] }> {
  const before = await snapshot();
  const n0 = await logTotal();
  const value = (await ok(doc.manager, name, ...([input] as InputArg<N>))) as CallOutput<N>;
  const after = await snapshot();
  expect(after, `${name} changed nothing`).not.toEqual(before);
  const n1 = await logTotal();
  expect(n1).toBeGreaterThan(n0);
  const { entries: log } = await ok(doc.manager, 'history.list', { limit: n1 - n0 });
  expect(new Set(log.map((e) => e.batchId)).size, 'one call, one batch').toBe(1);
  expect(log.every((e) => e.saveId === null && e.user !== '' && e.replica !== '')).toBe(true);
  expect([...new Set(log.map((e) => e.table))].sort()).toEqual([...tables].sort());
  expect((await ok(doc.manager, 'document.status')).dirty).toBe(true);

  const undone = await ok(doc.manager, 'history.undo');
  expect(undone.canRedo).toBe(true);
  expect(await snapshot()).toEqual(before);
  await ok(doc.manager, 'history.redo');
  expect(await snapshot()).toEqual(after);
  return { value, after, log };
}

/** A refused call: code invalid, a Swedish message, the offending field's path; nothing changed. */
async function refusal(name: string, input: unknown, path: string, message?: RegExp) {
  const before = await snapshot();
  const n0 = await logTotal();
  const err = await refused(doc.manager, name, input);
  expect(err.code).toBe('invalid');
  expect(err.path).toBe(path);
  expect(err.message).toMatch(SWEDISH);
  if (message) expect(err.message).toMatch(message);
  expect(await snapshot()).toEqual(before);
  expect(await logTotal()).toBe(n0);
  return err;
}

/** Refused for another reason than the input's shape (conflict, not found): nothing changed either. */
async function otherRefusal(name: string, input: unknown, code: string, message: RegExp) {
  const before = await snapshot();
  const n0 = await logTotal();
  const err = await refused(doc.manager, name, input);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
  expect(await snapshot()).toEqual(before);
  expect(await logTotal()).toBe(n0);
}

describe('plan', () => {
  it('update changes the settings, field by field in the log', async () => {
    const { value, after, log } = await edit('plan.update', { changes: { title: 'Ny titel', discountRate: 0.04 } }, ['plan']);
    expect(value).toMatchObject({ title: 'Ny titel', discountRate: 0.04 });
    expect(after.plan).toMatchObject({ title: 'Ny titel', discountRate: 0.04 });
    expect(log.map((e) => [e.column, e.newValue]).sort()).toEqual([
      ['discount_rate', 0.04],
      ['title', 'Ny titel'],
    ]);
  });

  it('refuses a value out of range, a start year after the end year, and an unknown field', async () => {
    await refusal('plan.update', { changes: { discountRate: 0.5 } }, 'changes.discountRate', /Diskonteringsräntan.*0\s%.*20\s%/);
    await refusal('plan.update', { changes: { startYear: 2050 } }, 'changes.endYear', /Slutåret \(2045\) måste vara senare än startåret \(2050\)/);
    await refusal('plan.update', { changes: { moneyUnit: 'euro' } }, 'changes.moneyUnit', /kr, tkr, mnkr/);
    await refusal('plan.update', { changes: { fargtema: 'grön' } }, 'changes.fargtema', /Okänt fält "fargtema"/);
  });
});

describe('sectors', () => {
  it('create, update and delete', async () => {
    const { after } = await edit('sectors.create', { id: 'sjofart', values: { name: 'Sjöfart' } }, ['sectors']);
    expect(after.sectors.at(-1)).toEqual({ id: 'sjofart', name: 'Sjöfart', isSink: false });
    const upd = await edit('sectors.update', { id: 'transport', changes: { name: 'Transporter och resor', hidden: true } }, ['sectors']);
    expect(upd.after.sectors[0]).toEqual({ id: 'transport', name: 'Transporter och resor', isSink: false, hidden: true });
    const del = await edit('sectors.delete', { id: 'sjofart' }, ['sectors']);
    expect(del.after.sectors.map((s) => s.id)).not.toContain('sjofart');
  });

  it('refuses an empty name, and a sink flag that no longer fits the baseline or the actions', async () => {
    await refusal('sectors.update', { id: 'transport', changes: { name: '  ' } }, 'changes.name', /Namnet får inte vara tom/);
    await refusal('sectors.update', { id: 'sinks', changes: { isSink: false } }, 'changes.isSink', /kolsänkemarkeringen.*negativt/);
    // Transport has share-kind actions: it cannot become a sink.
    await refusal('sectors.update', { id: 'transport', changes: { isSink: true } }, 'changes.isSink', /kolsänkemarkeringen.*andel/);
    await otherRefusal('sectors.delete', { id: 'transport' }, 'conflict', /används av \d+ åtgärder/);
  });
});

describe('baseline', () => {
  it('update, create and delete', async () => {
    const upd = await edit(
      'baseline.update',
      {
        sectorId: 'transport',
        changes: {
          annualChange: -0.025,
          points: [
            { year: 1990, tonsCo2e: 178084 },
            { year: 2022, tonsCo2e: 140000 },
          ],
        },
      },
      ['baselines', 'baseline_points'],
    );
    expect(upd.after.baseline[0]).toEqual({
      sectorId: 'transport',
      annualChange: -0.025,
      points: [
        { year: 1990, tonsCo2e: 178084 },
        { year: 2022, tonsCo2e: 140000 },
      ],
    });
    const crt = await edit('baseline.create', { sectorId: 'waste', values: { points: [{ year: 2020, tonsCo2e: 12000 }] } }, ['baselines', 'baseline_points']);
    expect(crt.after.baseline.at(-1)).toEqual({ sectorId: 'waste', points: [{ year: 2020, tonsCo2e: 12000 }], annualChange: 0 });
    const del = await edit('baseline.delete', { sectorId: 'waste' }, ['baselines', 'baseline_points']);
    expect(del.after.baseline.map((b) => b.sectorId)).not.toContain('waste');
  });

  it('refuses a negative point outside a sink, a year twice, and an annual change out of range', async () => {
    await refusal(
      'baseline.update',
      { sectorId: 'transport', changes: { points: [{ year: 2020, tonsCo2e: -5 }] } },
      'changes.points[0].tonsCo2e',
      /negativt i en kolsänka/,
    );
    await refusal(
      'baseline.update',
      {
        sectorId: 'transport',
        changes: {
          points: [
            { year: 2020, tonsCo2e: 5 },
            { year: 2020, tonsCo2e: 6 },
          ],
        },
      },
      'changes.points[1]',
      /Året 2020 har mer än en punkt/,
    );
    await refusal('baseline.update', { sectorId: 'transport', changes: { annualChange: 2 } }, 'changes.annualChange', /årliga förändringen/);
    await refusal('baseline.create', { sectorId: 'waste', values: { points: [{ year: 1989, tonsCo2e: 1 }] } }, 'values.points[0].year', /1990 och 2100/);
  });
});

describe('targets and carbon budget', () => {
  it('targets: create, update, delete', async () => {
    const crt = await edit('targets.create', { id: 't2045', values: { name: 'Högst 20 000 ton', year: 2045, kind: 'absolute', tonsCo2e: 20000 } }, ['targets']);
    expect(crt.after.targets.at(-1)).toEqual({ id: 't2045', name: 'Högst 20 000 ton', year: 2045, scope: 'net', kind: 'absolute', tonsCo2e: 20000 });
    const upd = await edit('targets.update', { id: 't2030', changes: { reduction: 0.7 } }, ['targets']);
    expect(upd.after.targets[0].reduction).toBe(0.7);
    await edit('targets.delete', { id: 't2045' }, ['targets']);
  });

  it('targets: refuses a reduction target without its reduction, and a year out of range', async () => {
    await refusal('targets.create', { values: { name: 'Halvering', year: 2030, kind: 'reduction', referenceYear: 1990 } }, 'values.reduction', /minskning/);
    await refusal('targets.update', { id: 't2030', changes: { year: 2101 } }, 'changes.year', /Året måste vara ett år mellan 1990 och 2100/);
    await refusal('targets.update', { id: 't2030', changes: { reduction: 1.5 } }, 'changes.reduction', /Minskningen/);
  });

  it('carbon budget: set, replace, delete; refuses negative tonnes', async () => {
    const set = await edit('carbonBudget.set', { carbonBudget: { fromYear: 2025, tonsCo2e: 900_000, scope: 'net' } }, ['carbon_budget']);
    expect(set.after.carbonBudget).toEqual({ fromYear: 2025, tonsCo2e: 900_000, scope: 'net' });
    const del = await edit('carbonBudget.delete', {}, ['carbon_budget']);
    expect(del.after.carbonBudget).toBeUndefined();
    await refusal('carbonBudget.set', { carbonBudget: { fromYear: 2025, tonsCo2e: -1, scope: 'net' } }, 'carbonBudget.tonsCo2e', /Budgeten/);
    await refusal('carbonBudget.set', { carbonBudget: { fromYear: 2025, tonsCo2e: 1, scope: 'brutto' } }, 'carbonBudget.scope', /gross, net/);
  });
});

describe('actions', () => {
  it('create, update (its lists too) and delete', async () => {
    const crt = await edit('actions.create', { id: 'ny-1', values: { name: 'Laddstolpar', sectorId: 'transport', effectTonsPerYear: 120, tags: ['el'] } }, [
      'actions',
      'action_tags',
    ]);
    expect(crt.value).toMatchObject({ id: 'ny-1', name: 'Laddstolpar', status: 'idea', effectKind: 'absolute', effectTonsPerYear: 120, tags: ['el'] });
    expect(crt.after.actions.at(-1)).toEqual(crt.value);
    const upd = await edit(
      'actions.update',
      { id: 'ny-1', changes: { capexSek: 2_500_000, coBenefits: { health: 2 }, commitments: ['finance'], description: 'Längs E4' } },
      ['actions', 'co_benefit_scores', 'action_commitments'],
    );
    expect(upd.value).toMatchObject({ capexSek: 2_500_000, coBenefits: { health: 2 }, commitments: ['finance'], description: 'Längs E4' });
    // null clears an optional field
    const clr = await edit('actions.update', { id: 'ny-1', changes: { description: null } }, ['actions']);
    expect(clr.value.description).toBeUndefined();
    await edit('actions.delete', { id: 'ny-1' }, ['actions', 'action_tags', 'co_benefit_scores', 'action_commitments']);
  });

  it('delete keeps the financing of the action, without the action', async () => {
    const [a1] = await actions();
    const { after } = await edit('actions.delete', { id: a1.id }, [
      'actions',
      'action_tags',
      'action_commitments',
      'co_benefit_scores',
      'cost_overrides',
      'financing_entries',
    ]);
    expect(after.actions.map((a) => a.id)).not.toContain(a1.id);
    expect(after.financing.filter((f) => f.id === 'f01' || f.id === 'f02').map((f) => f.actionId)).toEqual([null, null]);
  });

  it('refuses bad values, naming the field', async () => {
    const [a1] = await actions();
    const sink = (await actions()).find((a) => a.sectorId === 'sinks')!;
    await refusal('actions.update', { id: a1.id, changes: { capexSek: -1 } }, 'changes.capexSek', /Investeringen måste vara ett heltal ≥ 0 kr/);
    await refusal('actions.update', { id: a1.id, changes: { capexSek: 1.5 } }, 'changes.capexSek', /hela kronor/);
    await refusal('actions.update', { id: a1.id, changes: { status: 'klar' } }, 'changes.status', /Statusen måste vara en av: idea, proposed/);
    await refusal('actions.update', { id: a1.id, changes: { sectorId: 'finns-inte' } }, 'changes.sectorId', /Sektorn "finns-inte" finns inte/);
    await refusal('actions.update', { id: a1.id, changes: { effectStartYear: 2030, effectEndYear: 2029 } }, 'changes.effectEndYear', /får inte vara före/);
    await refusal('actions.update', { id: sink.id, changes: { effectKind: 'share', effectShare: 0.1 } }, 'changes.effectShare', /kolsänka.*ton per år/);
    await refusal('actions.update', { id: a1.id, changes: { tags: ['a', 'a'] } }, 'changes.tags[1]', /Taggen "a" finns mer än en gång/);
    await refusal('actions.create', { values: { name: 'x', rampYears: 51 } }, 'values.rampYears', /Upptrappningstiden/);
    await otherRefusal('actions.update', { id: 'finns-inte', changes: { capexSek: 1 } }, 'notFound', /finns inte/);
  });

  it('patch: many fields of many rows in one batch, one undo step', async () => {
    const [a1, a2, a3] = await actions();
    const { after, log } = await edit(
      'actions.patch',
      {
        rows: [
          { id: a1.id, changes: { capexSek: 1 } },
          { id: a2.id, changes: { status: 'done', opexSekPerYear: 7 } },
          { id: a3.id, changes: { rampYears: 4 } },
        ],
      },
      ['actions'],
    );
    expect(log).toHaveLength(4);
    expect(after.actions.slice(0, 3).map((a) => [a.capexSek, a.status, a.opexSekPerYear, a.rampYears])).toEqual([
      [1, a1.status, a1.opexSekPerYear, a1.rampYears],
      [a2.capexSek, 'done', 7, a2.rampYears],
      [a3.capexSek, a3.status, a3.opexSekPerYear, 4],
    ]);
  });

  it('patch with bad cells applies none and lists every bad cell', async () => {
    const [a1, a2, a3] = await actions();
    const err = await refusal(
      'actions.patch',
      {
        rows: [
          { id: a1.id, changes: { capexSek: 5 } },
          { id: a2.id, changes: { status: 'klar' } },
          { id: a3.id, changes: { capexSek: -1, rampYears: 99 } },
        ],
      },
      'rows[1].changes.status',
    );
    expect((err.details as { problems: { path: string }[] }).problems.map((p) => p.path).sort()).toEqual([
      'rows[1].changes.status',
      'rows[2].changes.capexSek',
      'rows[2].changes.rampYears',
    ]);
  });

  it('patch with rows that break the rules (not the shapes) applies none and lists each', async () => {
    const list = await actions();
    const sink = list.find((a) => a.sectorId === 'sinks')!;
    const err = await refusal(
      'actions.patch',
      {
        rows: [
          { id: list[0].id, changes: { capexSek: 5 } },
          { id: 'finns-inte', changes: { capexSek: 5 } },
          { id: sink.id, changes: { effectKind: 'share', effectShare: 0.5 } },
          { id: list[1].id, changes: { sectorId: 'saknas' } },
        ],
      },
      'rows[1].id',
      /Åtgärden "finns-inte" finns inte i planen/,
    );
    expect((err.details as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      'rows[1].id',
      'rows[2].changes.effectShare',
      'rows[3].changes.sectorId',
    ]);
  });
});

describe('cost overrides', () => {
  it('create, update, delete', async () => {
    const [a1] = await actions();
    const crt = await edit('costOverrides.create', { actionId: a1.id, override: { year: 2040, capexSek: 1000 } }, ['cost_overrides']);
    expect(crt.after.actions[0].costOverrides.at(-1)).toEqual({ year: 2040, capexSek: 1000 });
    const upd = await edit('costOverrides.update', { actionId: a1.id, year: 2040, changes: { opexSek: 5, capexSek: null } }, ['cost_overrides']);
    expect(upd.after.actions[0].costOverrides.at(-1)).toEqual({ year: 2040, opexSek: 5 });
    const del = await edit('costOverrides.delete', { actionId: a1.id, year: 2040 }, ['cost_overrides']);
    expect(del.after.actions[0].costOverrides).toEqual(a1.costOverrides);
  });

  it('refuses a negative amount, an amount over 10^13, and a second override for a year', async () => {
    const [a1] = await actions();
    await refusal('costOverrides.create', { actionId: a1.id, override: { year: 2040, capexSek: -5 } }, 'override.capexSek', /Investeringen/);
    await refusal(
      'costOverrides.update',
      { actionId: a1.id, year: a1.costOverrides[0].year, changes: { opexSek: 1e14 } },
      'changes.opexSek',
      /Driftkostnaden får vara högst/,
    );
    await otherRefusal('costOverrides.create', { actionId: a1.id, override: { year: a1.costOverrides[0].year } }, 'conflict', /redan en kostnadsjustering/);
  });
});

describe('financing sources and entries', () => {
  it('sources: create, update, delete; a source in use cannot be deleted', async () => {
    await edit('financingSources.create', { id: 'eu', values: { name: 'EU-fonden', kind: 'euFund' } }, ['financing_sources']);
    const upd = await edit('financingSources.update', { id: 'eu', changes: { name: 'Regionala utvecklingsfonden' } }, ['financing_sources']);
    expect(upd.after.financingSources.at(-1)).toEqual({ id: 'eu', name: 'Regionala utvecklingsfonden', kind: 'euFund' });
    await edit('financingSources.delete', { id: 'eu' }, ['financing_sources']);
    await otherRefusal('financingSources.delete', { id: 'kommunbudget' }, 'conflict', /finansieringsposter/);
    await refusal('financingSources.create', { values: { name: 'Gåva', kind: 'gift' } }, 'values.kind', /municipalBudget/);
  });

  it('entries: create (with and without an action), update, delete', async () => {
    const [a1] = await actions();
    const crt = await edit(
      'financing.create',
      { id: 'f-ny', values: { sourceId: 'klimatklivet', actionId: null, year: 2030, amountSek: 1000, status: 'applied' } },
      ['financing_entries'],
    );
    expect(crt.after.financing.at(-1)).toEqual({ id: 'f-ny', actionId: null, sourceId: 'klimatklivet', year: 2030, amountSek: 1000, status: 'applied' });
    const upd = await edit('financing.update', { id: 'f-ny', changes: { actionId: a1.id, amountSek: 2000 } }, ['financing_entries']);
    expect(upd.after.financing.at(-1)).toMatchObject({ actionId: a1.id, amountSek: 2000 });
    // null unties an entry from its action (it stays, as money not tied to one action)
    const unlink = await edit('financing.update', { id: 'f-ny', changes: { actionId: null } }, ['financing_entries']);
    expect(unlink.after.financing.at(-1)).toMatchObject({ id: 'f-ny', actionId: null, amountSek: 2000 });
    await edit('financing.delete', { id: 'f-ny' }, ['financing_entries']);
  });

  it('entries: refuses "" as action, an action or source that does not exist, and part kronor', async () => {
    await refusal('financing.update', { id: 'f01', changes: { actionId: '' } }, 'changes.actionId', /Åtgärden måste vara 1–64 tecken/);
    await refusal('financing.update', { id: 'f01', changes: { actionId: 'finns-inte' } }, 'changes.actionId', /Åtgärden "finns-inte" finns inte/);
    await refusal('financing.update', { id: 'f01', changes: { sourceId: 'finns-inte' } }, 'changes.sourceId', /Finansieringskällan "finns-inte"/);
    await refusal('financing.update', { id: 'f01', changes: { amountSek: 0.5 } }, 'changes.amountSek', /Beloppet måste vara ett heltal \(hela kronor\)/);
    await refusal('financing.update', { id: 'f01', changes: { status: 'lovad' } }, 'changes.status', /secured, applied, potential/);
  });
});

describe('commitments', () => {
  it('set a level, change it, remove it', async () => {
    const set = await edit('commitments.set', { id: 'communication', level: 'initiate' }, ['commitments']);
    expect(set.after.commitments.at(-1)).toEqual({ id: 'communication', level: 'initiate' });
    const chg = await edit('commitments.set', { id: 'governance', level: 'transform' }, ['commitments']);
    expect(chg.after.commitments[0]).toEqual({ id: 'governance', level: 'transform' });
    const del = await edit('commitments.set', { id: 'governance', level: null }, ['commitments']);
    expect(del.after.commitments.map((c) => c.id)).not.toContain('governance');
  });

  it('refuses an unknown level or commitment', async () => {
    await refusal('commitments.set', { id: 'governance', level: 'max' }, 'level', /initiate, establish, transform/);
    await refusal('commitments.set', { id: 'fika', level: 'initiate' }, 'id', /governance/);
  });
});

describe('scenarios', () => {
  it('create, update (include/exclude), delete', async () => {
    const [a1, a2] = await actions();
    const crt = await edit('scenarios.create', { id: 'snabb', values: { name: 'Snabbare', include: [a1.id], delayYears: 0, effectFactor: 1.2 } }, [
      'scenarios',
      'scenario_statuses',
      'scenario_actions',
    ]);
    expect(crt.after.scenarios.at(-1)).toEqual({
      id: 'snabb',
      name: 'Snabbare',
      includeStatuses: ['decided', 'ongoing', 'done'],
      include: [a1.id],
      exclude: [],
      delayYears: 0,
      effectFactor: 1.2,
      costFactor: 1,
    });
    const upd = await edit('scenarios.update', { id: 'snabb', changes: { exclude: [a2.id], delayYears: 3 } }, ['scenarios', 'scenario_actions']);
    expect(upd.after.scenarios.at(-1)).toMatchObject({ include: [a1.id], exclude: [a2.id], delayYears: 3 });
    await edit('scenarios.delete', { id: 'snabb' }, ['scenarios', 'scenario_statuses', 'scenario_actions']);
  });

  it('refuses an action that does not exist, a delay over 20 years and a factor over 10', async () => {
    await refusal('scenarios.update', { id: 'decided', changes: { include: ['finns-inte'] } }, 'changes.include[0]', /Åtgärden "finns-inte" finns inte/);
    await refusal('scenarios.update', { id: 'decided', changes: { delayYears: 21 } }, 'changes.delayYears', /Förseningen/);
    await refusal('scenarios.update', { id: 'decided', changes: { effectFactor: 11 } }, 'changes.effectFactor', /Effektfaktorn/);
    await refusal('scenarios.update', { id: 'decided', changes: { includeStatuses: ['done', 'done'] } }, 'changes.includeStatuses[1]', /finns mer än en gång/);
  });
});

describe('history, undo and redo', () => {
  it('lists the changes newest first; undo and redo step through batches; a new edit clears redo', async () => {
    const start = await snapshot();
    const logsAtStart = await logTotal();
    let status = await ok(doc.manager, 'document.status');
    expect(status).toMatchObject({ dirty: false, canUndo: false, canRedo: false });
    await ok(doc.manager, 'plan.update', { changes: { title: 'Ett' } });
    await ok(doc.manager, 'plan.update', { changes: { title: 'Två' } });
    const { entries } = await ok(doc.manager, 'history.list', { limit: 2 });
    expect(entries.map((e) => [e.table, e.column, e.oldValue, e.newValue])).toEqual([
      ['plan', 'title', 'Ett', 'Två'],
      ['plan', 'title', start.plan.title, 'Ett'],
    ]);
    const byRow = await ok(doc.manager, 'history.list', { rowId: 'plan' });
    expect(byRow.total).toBeGreaterThanOrEqual(2);

    status = await ok(doc.manager, 'history.undo');
    expect(status).toMatchObject({ title: 'Ett', canUndo: true, canRedo: true });
    status = await ok(doc.manager, 'history.undo');
    expect(status).toMatchObject({ title: start.plan.title, canUndo: false, canRedo: true });
    expect(await snapshot()).toEqual(start);
    // Nothing more to undo: a no-op, not an error.
    expect((await ok(doc.manager, 'history.undo')).title).toBe(start.plan.title);
    status = await ok(doc.manager, 'history.redo');
    expect(status).toMatchObject({ title: 'Ett', canRedo: true });
    await ok(doc.manager, 'plan.update', { changes: { title: 'Tre' } });
    status = await ok(doc.manager, 'document.status');
    expect(status).toMatchObject({ title: 'Tre', canUndo: true, canRedo: false });
    // Undo and redo are themselves in the history: 3 edits + 2 undos + 1 redo, one row each.
    expect((await ok(doc.manager, 'history.list', { limit: 1 })).total - logsAtStart).toBe(6);
  });

  it('an unknown call and a malformed input are answered, not thrown', async () => {
    const r = await callRaw(doc.manager, 'plan.delete', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unknownCall', message: 'Anropet "plan.delete" finns inte.' } });
    // (history.list's paging limits carry zod's English default message; only code and path are checked.)
    const err = await refused(doc.manager, 'history.list', { limit: 0 });
    expect(err).toMatchObject({ code: 'invalid', path: 'limit' });
  });
});
