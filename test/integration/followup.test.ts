// The follow-up's data through the store (DESIGN §8): actuals, observed emissions, the
// commitments' follow-up and adopted versions — validated, in the change log in words, undoable,
// saved, and back through the open gate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StagedInfo } from '../../shared/exchange/outcomes';
import { describeChange } from '../../shared/merge/wording';
import { craftFrom } from '../support/craft';
import { managerIn, ok, refused, samplePlan, writeDocument } from '../support/documents';
import { finished, present } from '../support/calls';
import { REPO, removeTempDirs, tempDir, useTempDataDir } from '../support/env';

let dir: string;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('followup');
  writeDocument(dir, 'plan.klimat');
});
afterAll(removeTempDirs);

const T01 = samplePlan().actions.find((a) => a.code === 'T-01')!;
const T02 = samplePlan().actions.find((a) => a.code === 'T-02')!;
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

async function opened(name = 'plan.klimat') {
  const manager = managerIn(dir);
  await ok(manager, 'document.open', { name });
  return manager;
}

async function historyLines(manager: ReturnType<typeof managerIn>, n = 5): Promise<string[]> {
  const page = await ok(manager, 'history.list', { limit: n });
  return page.entries.map((e) =>
    nb(
      describeChange(
        { table: e.table, rowId: e.rowId, column: e.column, op: e.op, before: e.oldValue, after: e.newValue },
        { locale: 'sv', moneyUnit: 'tkr', names: page.names },
      ),
    ),
  );
}

describe('actuals', () => {
  it('are set per action and year, said in words in Historik, and undone in one step', async () => {
    const m = await opened();
    try {
      const r = await ok(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2025, changes: { capexSek: 12_000_000, note: 'Bokslut 2025' } }] });
      expect(r.set).toEqual([{ actionId: T01.id, year: 2025, capexSek: 12_000_000, note: 'Bokslut 2025' }]);
      expect(await historyLines(m, 1)).toEqual(['Utfall 2025 för T-01 Elbussar i stadstrafiken: investering 0 → 12 000 tkr']);
      await ok(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2025, changes: { capexSek: 14_000_000, opexSek: 300_000 } }] });
      expect(await historyLines(m, 2)).toEqual(
        expect.arrayContaining([
          'Utfall 2025 för T-01 Elbussar i stadstrafiken: investering 12 000 tkr → 14 000 tkr',
          'Utfall 2025 för T-01 Elbussar i stadstrafiken: driftkostnad 0 → 300 tkr',
        ]),
      );
      expect((await ok(m, 'plan.snapshot')).actuals).toEqual([{ actionId: T01.id, year: 2025, capexSek: 14_000_000, opexSek: 300_000, note: 'Bokslut 2025' }]);
      await ok(m, 'history.undo');
      expect(await ok(m, 'actuals.list')).toEqual([{ actionId: T01.id, year: 2025, capexSek: 12_000_000, note: 'Bokslut 2025' }]);
      // Every figure cleared: the actual goes.
      const cleared = await ok(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2025, changes: { capexSek: null } }] });
      expect(cleared).toEqual({ set: [], removed: [{ actionId: T01.id, year: 2025 }] });
      expect(await ok(m, 'actuals.list')).toEqual([]);
    } finally {
      m.close(true);
    }
  });

  it('refuses a year after this one, an unknown action, a negative amount and an actual with no figure, naming the field', async () => {
    const m = await opened();
    try {
      const next = new Date().getFullYear() + 1;
      const future = await refused(m, 'actuals.set', { rows: [{ actionId: T01.id, year: next, changes: { capexSek: 1 } }] });
      expect(future.path).toBe('rows[0].year');
      expect(future.message).toMatch(new RegExp(`Året \\(${next}\\) ligger efter innevarande år`));
      const unknown = await refused(m, 'actuals.set', { rows: [{ actionId: 'finns-inte', year: 2024, changes: { capexSek: 1 } }] });
      expect([unknown.path, unknown.message]).toEqual(['rows[0].actionId', 'Åtgärden "finns-inte" finns inte i planen.']);
      const negative = await refused(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2024, changes: { capexSek: -5 } }] });
      expect(negative.path).toBe('rows[0].changes.capexSek');
      expect(negative.message).toMatch(/^Investeringen måste vara ett heltal ≥ 0/);
      const empty = await refused(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2024, changes: { note: 'bara en kommentar' } }] });
      expect(empty.path).toBe('rows[0].changes');
      expect(empty.message).toMatch(/saknar siffror/);
      const off = await refused(m, 'actuals.set', { rows: [{ actionId: T01.id, year: 2019, changes: { capexSek: 1 } }] });
      expect(off.message).toMatch(/utanför planperioden 2020–2045/);
      expect(await ok(m, 'actuals.list')).toEqual([]);
    } finally {
      m.close(true);
    }
  });

  it('go with their action when it is deleted, and come back with it in one undo step', async () => {
    const m = await opened();
    try {
      await ok(m, 'actuals.set', { rows: [2024, 2025].map((year) => ({ actionId: T01.id, year, changes: { capexSek: 1_000_000 * (year - 2020) } })) });
      await ok(m, 'actions.delete', { id: T01.id });
      expect(await ok(m, 'actuals.list')).toEqual([]);
      await ok(m, 'history.undo');
      expect((await ok(m, 'actuals.list')).map((a) => a.year)).toEqual([2024, 2025]);
      expect((await ok(m, 'actions.get', { id: T01.id })).code).toBe('T-01');
    } finally {
      m.close(true);
    }
  });
});

describe("observed emissions and the commitments' follow-up", () => {
  it('are set, checked and read back', async () => {
    const m = await opened();
    try {
      await ok(m, 'observed.set', {
        sectorId: 'transport',
        points: [
          { year: 2021, tonsCo2e: 170_000 },
          { year: 2022, tonsCo2e: 160_000 },
        ],
      });
      const bad = await refused(m, 'observed.set', { sectorId: 'transport', points: [{ year: 2022, tonsCo2e: -1 }] });
      expect(bad.message).toMatch(/negativt i en kolsänka/);
      expect((await ok(m, 'plan.snapshot')).observedEmissions).toEqual([
        {
          sectorId: 'transport',
          points: [
            { year: 2021, tonsCo2e: 170_000 },
            { year: 2022, tonsCo2e: 160_000 },
          ],
        },
      ]);
      const c = await ok(m, 'commitments.update', {
        id: 'finance',
        changes: { progress: 'ongoing', responsible: 'Kommunstyrelsen', progressNote: 'Budgetprocessen 2026 har klimatkrav.' },
      });
      expect(c).toEqual({
        id: 'finance',
        level: 'transform',
        progress: 'ongoing',
        responsible: 'Kommunstyrelsen',
        progressNote: 'Budgetprocessen 2026 har klimatkrav.',
      });
      expect(await historyLines(m, 3)).toContain('Genomförande för åtagandet Finansiering och investering: – → Pågår');
      const none = await refused(m, 'commitments.update', { id: 'communication', changes: { progress: 'done' } });
      expect(none.message).toMatch(/Välj först en nivå/);
    } finally {
      m.close(true);
    }
  });
});

describe('adopted versions', () => {
  it('freeze the plan: a later edit leaves the version as it was; name and reference may be corrected; it survives save and open', async () => {
    const m = await opened();
    let id: string;
    const before = await ok(m, 'plan.snapshot');
    try {
      const v = await ok(m, 'versions.create', {
        name: 'Antagen av KF 2026-06-15',
        adoptedOn: '2026-06-15',
        decisionRef: 'KS 2026/112',
        scenarioId: 'decided',
      });
      id = v.id;
      expect(await historyLines(m, 1)).toEqual(['Fastställde versionen Antagen av KF 2026-06-15']);
      await ok(m, 'actions.update', { id: T01.id, changes: { capexSek: 250_000_000 } });
      const got = await ok(m, 'versions.get', { id });
      const { format: _f, formatVersion: _v, ...frozen } = got.plan;
      expect(frozen).toEqual(before);
      expect(frozen.actions.find((a) => a.id === T01.id)!.capexSek).toBe(T01.capexSek);
      await ok(m, 'versions.update', { id, changes: { name: 'Antagen av KF 2026-06-16', decisionRef: null } });
      expect(await ok(m, 'versions.list')).toEqual([{ id, name: 'Antagen av KF 2026-06-16', adoptedOn: '2026-06-15', scenarioId: 'decided' }]);
      const bad = await refused(m, 'versions.create', { name: 'X', adoptedOn: '2026-02-30', scenarioId: 'decided' });
      expect(bad.message).toBe('Beslutsdatumet finns inte i kalendern.');
      await ok(m, 'document.saveAs', { name: 'versioned.klimat' });
    } finally {
      m.close(true);
    }
    const again = await opened('versioned.klimat');
    try {
      const got = await ok(again, 'versions.get', { id: id! });
      expect(got.plan.actions.find((a) => a.id === T01.id)!.capexSek).toBe(T01.capexSek);
      await ok(again, 'versions.delete', { id: id! });
      expect(await ok(again, 'versions.list')).toEqual([]);
      await ok(again, 'history.undo');
      expect((await ok(again, 'versions.list')).map((v) => v.id)).toEqual([id!]);
    } finally {
      again.close(true);
    }
  });

  it('a version whose frozen rows break a rule is refused by the open gate, naming the version', async () => {
    const bad = join(dir, 'tampered.klimat');
    craftFrom(join(dir, 'versioned.klimat'), bad, (db) => {
      const row = db.prepare("SELECT row_id, data FROM version_rows WHERE tbl = 'actions' LIMIT 1").get() as { row_id: string; data: string };
      const data = JSON.parse(row.data) as Record<string, unknown>;
      db.prepare("UPDATE version_rows SET data = ? WHERE tbl = 'actions' AND row_id = ?").run(JSON.stringify({ ...data, capex_sek: -1 }), row.row_id);
    });
    const m = managerIn(dir);
    try {
      const e = await refused(m, 'document.open', { name: 'tampered.klimat' });
      expect(e.message).toMatch(/versions \(Antagen av KF 2026-06-16\): Versionen kan inte läsas: en rad i tabellen actions godtas inte/);
    } finally {
      m.close(true);
    }
  });
});

describe("actuals from a finance system's export (the table import)", () => {
  const stage = async (m: ReturnType<typeof managerIn>, name: string, text: string) =>
    present(await ok(m, 'exchange.stage', { from: 'upload', name, base64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64'), purpose: 'table' }));
  const settingsOf = (staged: StagedInfo, mode: 'add' | 'upsert' = 'upsert') => {
    const sheet = staged.sheets[0];
    const s = sheet.suggestions.actuals;
    return { fileId: staged.fileId, sheet: sheet.name, kind: 'actuals' as const, headerRow: s.headerRow, columns: s.columns, unit: s.unit, mode };
  };

  it('maps the columns by action code and year, previews, and applies in one undo step', async () => {
    const m = await opened();
    try {
      const staged = await stage(m, 'utfall.csv', readFileSync(join(REPO, 'test/fixtures/exchange/actuals-finance.csv'), 'utf8'));
      expect(staged.sheets[0].kind).toBe('actuals');
      const settings = settingsOf(staged);
      expect(settings.columns).toEqual(['actionCode', 'year', 'capexSek', 'opexSek', 'note']);
      expect(settings.unit).toBe('tkr');
      const preview = finished(await ok(m, 'exchange.preview', settings));
      expect(preview.problems).toEqual([]);
      expect(preview.counts).toEqual({ add: 3, update: 0, unchanged: 0 });
      expect(preview.rows.map((r) => [r.code, r.name])).toEqual([
        ['T-01', 'Elbussar i stadstrafiken, 2024'],
        ['T-01', 'Elbussar i stadstrafiken, 2025'],
        ['T-02', `${T02.name}, 2025`],
      ]);
      expect(await ok(m, 'actuals.list')).toEqual([]);
      await ok(m, 'exchange.apply', settings);
      expect(await ok(m, 'actuals.list')).toEqual([
        { actionId: T01.id, year: 2024, capexSek: 41_500_000, note: 'Bokslut' },
        { actionId: T01.id, year: 2025, capexSek: 12_000_000, opexSek: 250_000 },
        { actionId: T02.id, year: 2025, capexSek: 1_234_500, note: 'Delfaktura' },
      ]);
      await ok(m, 'history.undo');
      expect(await ok(m, 'actuals.list')).toEqual([]);
    } finally {
      m.close(true);
    }
  });

  it('refuses the whole file, by row and column, for an unknown code, a year after this one and a negative amount', async () => {
    const m = await opened();
    try {
      const next = new Date().getFullYear() + 1;
      const staged = await stage(m, 'fel.csv', `Åtgärd (kod);År;Investering (tkr)\nX-99;2024;10\nT-01;${next};10\nT-02;2024;-5\nT-02;2023;\n`);
      const settings = settingsOf(staged);
      const preview = finished(await ok(m, 'exchange.preview', settings));
      expect(preview.problems.map((p) => [p.row, p.header, p.message])).toEqual([
        [2, 'Åtgärd (kod)', 'Ingen åtgärd i planen har koden "X-99".'],
        [3, 'År', `Året (${next}) ligger efter innevarande år (${next - 1}); utfall kan bara anges för år som har börjat.`],
        [4, 'Investering (tkr)', expect.stringMatching(/^Investeringen måste vara ett heltal ≥ 0/) as unknown as string],
        [5, '', 'Utfallet för 2023 saknar siffror: ange investering, driftkostnad, besparing eller effekt.'],
      ]);
      const e = await refused(m, 'exchange.apply', settings);
      expect(e.message).toMatch(/^Inget lästes in/);
      expect(await ok(m, 'actuals.list')).toEqual([]);
    } finally {
      m.close(true);
    }
  });
});
