// Changes in words, as History, the merge review and the CLI show them.
import { describe, expect, it } from 'vitest';
import { formatMoneyWithUnit, formatPercent } from '../../../shared/format/number';
import { describeChange, formatValue, type Wording } from '../../../shared/merge/wording';

const sv: Wording = {
  locale: 'sv',
  moneyUnit: 'tkr',
  names: {
    actions: { a1: 'T-01 Elbussar' },
    sectors: { s1: 'Egen sektor' },
    financing_sources: { k: 'Klimatklivet' },
    financing_entries: { f1: 'Klimatklivet 2025' },
    scenarios: { all: 'Alla åtgärder' },
  },
};
const en: Wording = { ...sv, locale: 'en' };

describe('describeChange', () => {
  it("says a field change with the thing, the field and both values in the plan's unit", () => {
    const c = { table: 'actions', rowId: 'a1', column: 'capex_sek', op: 'update' as const, before: 12_000_000, after: 15_000_000 };
    expect(describeChange(c, sv)).toBe(`Investering för T-01 Elbussar: ${formatMoneyWithUnit(12_000_000, 'tkr')} → ${formatMoneyWithUnit(15_000_000, 'tkr')}`);
    expect(describeChange(c, sv).replace(/\u00a0/g, ' ')).toBe('Investering för T-01 Elbussar: 12 000 tkr → 15 000 tkr');
    expect(describeChange(c, en)).toMatch(/^Investment of T-01 Elbussar: 12,000 tkr → 15,000 tkr$/);
  });

  it('names fixed ids, references and years as people read them', () => {
    expect(describeChange({ table: 'actions', rowId: 'a1', column: 'status', op: 'update', before: 'proposed', after: 'decided' }, sv)).toBe(
      'Status för T-01 Elbussar: Föreslagen → Beslutad',
    );
    expect(describeChange({ table: 'actions', rowId: 'a1', column: 'sector_id', op: 'update', before: 'transport', after: 's1' }, sv)).toBe(
      'Sektor för T-01 Elbussar: Transporter → Egen sektor',
    );
    expect(describeChange({ table: 'actions', rowId: 'a1', column: 'start_year', op: 'update', before: 2025, after: 2027 }, sv)).toBe(
      'Startår för T-01 Elbussar: 2025 → 2027',
    );
    expect(describeChange({ table: 'plan', rowId: 'plan', column: 'discount_rate', op: 'update', before: 0.035, after: 0.04 }, sv)).toBe(
      `Diskonteringsränta för planen: ${formatPercent(0.035, 'sv', 2)} → ${formatPercent(0.04, 'sv', 2)}`,
    );
    expect(describeChange({ table: 'financing_entries', rowId: 'f1', column: 'action_id', op: 'update', before: 'a1', after: null }, sv)).toBe(
      'Åtgärd för finansieringsposten Klimatklivet 2025: T-01 Elbussar → ingen åtgärd',
    );
    expect(describeChange({ table: 'cost_overrides', rowId: '["a1",2027]', column: 'capex_sek', op: 'update', before: null, after: 3_000_000 }, sv)).toMatch(
      /^Investering för T-01 Elbussar år 2027: – → 3\s000 tkr$/,
    );
  });

  it("says what was added or removed, for whole rows and for rows in an action's lists", () => {
    expect(describeChange({ table: 'actions', rowId: 'a1', column: '', op: 'delete', before: { id: 'a1' }, after: null }, sv)).toBe(
      'Tog bort åtgärden T-01 Elbussar',
    );
    expect(describeChange({ table: 'action_tags', rowId: '["a1","buss"]', column: '', op: 'insert', before: null, after: { tag: 'buss' } }, sv)).toBe(
      'Lade till taggen buss för T-01 Elbussar',
    );
    expect(describeChange({ table: 'co_benefit_scores', rowId: '["a1","health"]', column: '', op: 'insert', before: null, after: { score: 2 } }, sv)).toBe(
      'Lade till den multipla nyttan Hälsa (+2) för T-01 Elbussar',
    );
    expect(describeChange({ table: 'scenario_actions', rowId: '["all","include","a1"]', column: '', op: 'insert', before: null, after: {} }, sv)).toBe(
      'Lade till T-01 Elbussar bland de inkluderade i scenariot Alla åtgärder',
    );
    const moved = {
      table: 'scenario_start_years',
      rowId: '["all","a1"]',
      column: '',
      before: null,
      after: { scenario_id: 'all', action_id: 'a1', year: 2027, position: 0 },
    };
    expect(describeChange({ ...moved, op: 'insert' }, sv)).toBe('Lade till ett flyttat startår (2027) för T-01 Elbussar i scenariot Alla åtgärder');
    expect(describeChange({ ...moved, column: 'year', op: 'update', before: 2027, after: 2028 }, sv)).toBe(
      'Startår för T-01 Elbussar i scenariot Alla åtgärder: 2027 → 2028',
    );
    expect(describeChange({ table: 'actions', rowId: 'gone', column: '', op: 'insert', before: null, after: {} }, en)).toBe('Added action gone');
  });

  it('says how the plan came about and what a merge took in', () => {
    expect(describeChange({ table: 'document', rowId: 'plan', column: '', op: 'insert', before: null, after: { created: 'sample' } }, sv)).toBe(
      'Planen skapades från exempelplanen',
    );
    const merge = {
      table: 'merge',
      rowId: 'm',
      column: '',
      op: 'insert' as const,
      before: null,
      after: { file: 'kopia.klimat', taken: 3, conflicts: 2, chosenMine: 1, chosenTheirs: 1 },
    };
    expect(describeChange(merge, sv)).toBe('Sammanfogade med kopia.klimat: 3 ändringar togs in, 2 konflikter (1 min version, 1 deras)');
    expect(describeChange(merge, en)).toBe('Merged with kopia.klimat: 3 changes taken, 2 conflicts (1 mine, 1 theirs)');
  });
});

describe('formatValue', () => {
  it('shows flags, percentages, scores and empty values', () => {
    expect(formatValue('sectors', 'is_sink', 1, sv)).toBe('ja');
    expect(formatValue('actions', 'effect_share', 0.125, sv)).toBe(formatPercent(0.125, 'sv', 2));
    expect(formatValue('co_benefit_scores', 'score', -1, sv)).toBe('−1');
    expect(formatValue('actions', 'lifetime_years', 15, en)).toBe('15 years');
    expect(formatValue('actions', 'description', null, sv)).toBe('–');
    expect(formatValue('actions', 'notes', 'x'.repeat(200), sv)).toHaveLength(80);
  });
});

describe('the follow-up in words (DESIGN §8)', () => {
  const nb = (s: string) => s.replace(/\u00a0/g, ' ');
  it('says an actual as "Utfall <år> för <åtgärd>: <figure> <före> → <efter>"', () => {
    const added = {
      table: 'actuals',
      rowId: '["a1",2025]',
      column: '',
      op: 'insert' as const,
      before: null,
      after: { action_id: 'a1', year: 2025, capex_sek: 12_000_000, opex_sek: null },
    };
    expect(nb(describeChange(added, sv))).toBe('Utfall 2025 för T-01 Elbussar: investering 0 → 12 000 tkr');
    const changed = { table: 'actuals', rowId: '["a1",2025]', column: 'capex_sek', op: 'update' as const, before: 12_000_000, after: 14_000_000 };
    expect(nb(describeChange(changed, sv))).toBe('Utfall 2025 för T-01 Elbussar: investering 12 000 tkr → 14 000 tkr');
    const cleared = { table: 'actuals', rowId: '["a1",2025]', column: 'effect_tons_co2e', op: 'update' as const, before: 1200, after: null };
    expect(nb(describeChange(cleared, sv))).toBe('Utfall 2025 för T-01 Elbussar: effekt 1 200 t → ej rapporterat');
    expect(describeChange({ table: 'actuals', rowId: '["a1",2025]', column: '', op: 'delete', before: { year: 2025 }, after: null }, sv)).toBe(
      'Tog bort utfallet 2025 för T-01 Elbussar',
    );
    expect(nb(describeChange(added, en))).toBe('Actual 2025 of T-01 Elbussar: investment 0 → 12,000 tkr');
  });

  it("says versions, observed emissions and the commitments' follow-up", () => {
    expect(describeChange({ table: 'versions', rowId: 'v1', column: '', op: 'insert', before: null, after: { name: 'Antagen av KF 2026-06-15' } }, sv)).toBe(
      'Fastställde versionen Antagen av KF 2026-06-15',
    );
    expect(
      describeChange(
        { table: 'versions', rowId: 'v1', column: 'decision_ref', op: 'update', before: null, after: 'KS 2026/112' },
        { ...sv, names: { versions: { v1: 'Antagen' } } },
      ),
    ).toBe('Diarienummer för versionen Antagen: – → KS 2026/112');
    expect(describeChange({ table: 'observed_points', rowId: '["transport",2022]', column: 'tons_co2e', op: 'update', before: 100, after: 120 }, sv)).toBe(
      'Observerat utsläpp för Transporter år 2022: 100 t → 120 t',
    );
    expect(describeChange({ table: 'commitments', rowId: 'finance', column: 'progress', op: 'update', before: null, after: 'ongoing' }, sv)).toBe(
      'Genomförande för åtagandet Finansiering och investering: – → Pågår',
    );
  });
});
