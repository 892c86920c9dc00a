// The open gate's limits hold on the write path too (issue 16 item 2): a plan at its cap of
// 200 000 actions (or 500 000 financing entries, or 100 tags on an action) refuses the write
// that would pass it, in Swedish, and changes nothing; what was accepted saves to a file that
// `validate` passes. The plan is brought to the cap with plain SQL on the working copy (the
// setup only), then the real calls run through the one dispatch.
import { describe, expect, it } from 'vitest';
import { ROW_CAPS } from '../../shared/domain/ranges';
import { cli } from '../support/processes';
import { ok, refused, sampleOpenedEachTest, SWEDISH } from '../support/documents';
import type { Sqlite } from '../../electron/document/db';

const doc = sampleOpenedEachTest('write-limits');
const db = (): Sqlite => doc.manager.session!.db;
const count = (table: string) => (db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Plain rows up to `target` in all, straight into the working copy (setup, not the code under test). */
function fillActions(target: number): void {
  const missing = target - count('actions');
  db()
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO actions (id, position, code, name, sector_id, owner, cost_bearer, status, start_year, effect_kind, effect_tons_per_year, notes)
       SELECT 'fyll-' || i, 1000000 + i, '', 'Åtgärd ' || i, 'transport', '', 'municipality', 'idea', 2025, 'absolute', 0, '' FROM n`,
    )
    .run(missing);
}

function fillFinancing(target: number, sourceId: string): void {
  db()
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO financing_entries (id, position, source_id, action_id, year, amount_sek, status)
       SELECT 'fin-' || i, 1000000 + i, ?, NULL, 2025, 1, 'potential' FROM n`,
    )
    .run(target - count('financing_entries'), sourceId);
}

async function saveAndValidate(): Promise<void> {
  const status = await ok(doc.manager, 'document.save');
  expect(status.dirty).toBe(false);
  const file = doc.manager.session!.filePath!;
  const v = await cli(['validate', file]);
  expect(v.stderr).toBe('');
  expect(v.stdout).toBe('OK\n');
}

describe('the row caps on the write path', () => {
  it(`actions: a patch past ${ROW_CAPS.actions} is refused whole; up to the cap it saves to a file the gate opens`, async () => {
    fillActions(ROW_CAPS.actions - 1);
    const err = await refused(doc.manager, 'actions.patch', { rows: [], create: [{ values: { name: 'En' } }, { values: { name: 'Två' } }] });
    expect(err.message).toBe('Planen får ha högst 200\u00a0000 åtgärder; ändringen skulle ge 200\u00a0001. Ingenting ändrades.');
    expect(err.message).toMatch(SWEDISH);
    expect(count('actions')).toBe(ROW_CAPS.actions - 1);

    await ok(doc.manager, 'actions.create', { values: { name: 'Den sista' } });
    expect(count('actions')).toBe(ROW_CAPS.actions);
    const again = await refused(doc.manager, 'actions.create', { values: { name: 'En för mycket' } });
    expect(again.message).toMatch(/högst 200\s000 åtgärder/);
    await saveAndValidate();
  }, 300_000);

  it(`financing: past ${ROW_CAPS.financing} entries is refused`, async () => {
    const [source] = await ok(doc.manager, 'financingSources.list');
    fillFinancing(ROW_CAPS.financing, source.id);
    const err = await refused(doc.manager, 'financing.create', { values: { sourceId: source.id, amountSek: 5 } });
    expect(err.message).toMatch(/^Planen får ha högst 500\s000 finansieringsposter; ändringen skulle ge 500\s001\./);
    expect(count('financing_entries')).toBe(ROW_CAPS.financing);
  }, 300_000);
});
