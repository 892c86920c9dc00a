// The grid's paste, fill-down, clear and copy plans, its reading of Swedish clipboard text per
// column kind, and the mapping of Node's refusals back to cells: pure functions, no browser.
import { describe, expect, it } from 'vitest';
import { Unreadable, type SheetColumn } from '../../../renderer/grid/columns';
import { copyCells, headerLine, pasteMisfit, planClear, planFillDown, planPaste, type Sheet } from '../../../renderer/grid/edits';
import { firstMatch, moneyKind, multiKind, numberKind, percentKind, selectKind, textKind, yearKind, type Kind } from '../../../renderer/grid/kinds';
import { contains, cornerOf, edgeStep, extendTo, rectOf, single, step } from '../../../renderer/grid/selection';
import { nameKey } from '../../../shared/exchange/headers';
import { columnFor, entityWriter, groupByRow, parseProblemPath } from '../../../renderer/grid/writer';
import { parseTsv } from '../../../shared/format/tsv';

interface Row {
  id: string;
  name: string;
  capexSek: number;
  share?: number;
  status: string;
}

function col(id: keyof Row, kind: Kind, editable = true): SheetColumn<Row> {
  return {
    id,
    header: id,
    value: (r) => r[id],
    format: kind.format,
    edit: editable
      ? {
          editor: kind.editor,
          text: kind.text,
          parse: kind.parse,
          cleared: kind.cleared,
          paths: [id],
          write: (changes, value) => {
            changes[id] = value;
          },
        }
      : undefined,
  };
}

const STATUS = selectKind([
  { value: 'idea', label: 'Idé', aliases: ['Idea'] },
  { value: 'decided', label: 'Beslutad', aliases: ['Decided'] },
]);
const columns = [col('name', textKind()), col('capexSek', moneyKind('tkr', 'sv')), col('share', percentKind('sv', { optional: true })), col('status', STATUS)];
const rows: Row[] = [
  { id: 'a', name: 'A', capexSek: 1_000_000, status: 'idea' },
  { id: 'b', name: 'B', capexSek: 2_000_000, share: 0.1, status: 'idea' },
  { id: 'c', name: 'C', capexSek: 3_000_000, status: 'decided' },
];
const sheet: Sheet<Row> = { rowCount: rows.length, rowAt: (i) => rows[i], columns };
const rect = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('kinds read Swedish clipboard text', () => {
  it('money in the plan unit, with no-break and thin spaces, U+2212 minus and unit suffixes', () => {
    const m = moneyKind('tkr', 'sv');
    expect(m.parse('1\u00a0234,5')).toBe(1_234_500);
    expect(m.parse('1\u2009234,5')).toBe(1_234_500);
    expect(m.parse('2,5 mnkr')).toBe(2_500_000);
    expect(m.parse('500 kr')).toBe(500);
    expect(m.parse('\u221250')).toBe(-50_000);
    expect(m.parse('')).toBe(0);
    // A word is no amount: refused at the cell in the user's words, never sent to Node.
    expect(m.parse('tio')).toEqual(new Unreadable('tio', { kind: 'number', example: '1 234,5' }));
    // An amount in another unit than the column's is converted, and says what it became.
    expect(m.parse('12 000 kr')).toBe(12_000);
    expect(m.converted?.('12 000 kr')).toEqual({ from: '12 000 kr', to: '12 tkr' });
    expect(m.converted?.('12 000')).toBeUndefined();
    expect(m.converted?.('12 tkr')).toBeUndefined();
    // The edit text is exact, so Enter without a change stores nothing new.
    expect(m.text(1_234_567)).toBe('1\u00a0234,567');
    expect(m.format(1_234_567)).toBe('1\u00a0234,6');
  });

  it('per cent, years, plain numbers, lists', () => {
    expect(percentKind('sv').parse('12,5 %')).toBe(0.125);
    expect(percentKind('sv').text(0.125)).toBe('12,5');
    expect(yearKind('sv').format(2030)).toBe('2030');
    expect(yearKind('sv', { optional: true }).parse(' ')).toBeNull();
    expect(numberKind('sv').parse('3\u00a0000,5')).toBe(3000.5);
    expect(STATUS.parse('beslutad')).toBe('decided');
    expect(STATUS.parse('Decided')).toBe('decided');
    expect(STATUS.parse('Beviljad')).toEqual(new Unreadable('Beviljad', { kind: 'option', options: ['Idé', 'Beslutad'] }));
    // A letter typed in a list cell picks the first choice it starts.
    expect(firstMatch(STATUS.options!, 'b')?.value).toBe('decided');
    expect(firstMatch(STATUS.options!, 'dec')?.value).toBe('decided');
    expect(firstMatch(STATUS.options!, 'x')).toBeUndefined();
    const commitments = multiKind([{ value: 'finance', label: 'Finansiering', aliases: ['4'] }]);
    expect(commitments.parse('Finansiering; 4, okänd')).toEqual(['finance', 'finance', 'okänd']);
  });
});

describe('selection', () => {
  it('extends from its anchor and stays inside the grid', () => {
    const r = extendTo(single({ row: 2, col: 1 }), { row: 0, col: 3 });
    expect(rectOf(r)).toEqual({ top: 0, bottom: 2, left: 1, right: 3 });
    expect(contains(rectOf(r), 1, 2)).toBe(true);
    expect(contains(rectOf(r), 1, 0)).toBe(false);
    expect(step({ row: 0, col: 0 }, 'up', 3, 3)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 2, col: 2 }, 'right', 3, 3)).toEqual({ row: 2, col: 2 });
  });
});

describe('paste', () => {
  it('puts a block from the top-left cell on, parsing each cell by its column, and skips unchanged cells', () => {
    const plan = planPaste(parseTsv('1\u00a0234,5\t12,5 %\r\n2\u00a0000\t\r\n'), rect(0, 1), sheet, false);
    expect(plan.edits.map((e) => [e.row.id, e.column.id, e.value])).toEqual([
      ['a', 'capexSek', 1_234_500],
      ['a', 'share', 0.125],
      ['b', 'share', null],
    ]);
    expect(plan.extraRows).toBe(0);
  });

  it('fills a selected block with one copied cell, as Excel does', () => {
    const plan = planPaste([['9']], rect(0, 1, 2, 1), sheet, false);
    expect(plan.edits.map((e) => [e.row.id, e.value])).toEqual([
      ['a', 9000],
      ['b', 9000],
      ['c', 9000],
    ]);
  });

  it('counts rows past the end, and makes them new rows only when asked', () => {
    const tsv = parseTsv('X\t1\nW\t4');
    const without = planPaste(tsv, rect(2, 0), sheet, false);
    expect(without.extraRows).toBe(1);
    expect(without.newRows).toEqual([]);
    expect(without.edits.map((e) => [e.row.id, e.column.id])).toEqual([
      ['c', 'name'],
      ['c', 'capexSek'],
    ]);
    const withRows = planPaste(tsv, rect(2, 0), sheet, true);
    expect(withRows.newRows.map((r) => r.map((c) => [c.column.id, c.value]))).toEqual([
      [
        ['name', 'W'],
        ['capexSek', 4000],
      ],
    ]);
  });

  it('leaves an empty pasted cell alone where the field cannot be empty', () => {
    const plan = planPaste([['', '', '']], rect(0, 1, 0, 3), { ...sheet, columns: [columns[0], columns[1], columns[2], columns[3]] }, false);
    expect(plan.edits.map((e) => [e.column.id, e.value])).toEqual([['capexSek', 0]]);
    expect(plan.skipped).toBe(1);
  });

  it('skips cells of read-only columns and past the last column', () => {
    const readOnly: Sheet<Row> = { ...sheet, columns: [col('name', textKind()), col('capexSek', moneyKind('tkr', 'sv'), false)] };
    const plan = planPaste([['N', '5', 'extra']], rect(0, 0), readOnly, false);
    expect(plan.edits.map((e) => e.column.id)).toEqual(['name']);
    expect(plan.skipped).toBe(2);
  });
});

describe('fill down, clear, copy', () => {
  it('copies the top cell of each selected column down; one selected row takes the row above', () => {
    expect(planFillDown(rect(0, 1, 2, 1), sheet).map((e) => [e.row.id, e.value])).toEqual([
      ['b', 1_000_000],
      ['c', 1_000_000],
    ]);
    expect(planFillDown(rect(2, 3), sheet).map((e) => [e.row.id, e.value])).toEqual([['c', 'idea']]);
    expect(planFillDown(rect(1, 3), sheet)).toEqual([]);
    expect(planFillDown(rect(0, 1), sheet)).toEqual([]);
  });

  it('empties what can be emptied and leaves a list field that cannot', () => {
    expect(planClear(rect(1, 1, 1, 3), sheet).map((e) => [e.column.id, e.value])).toEqual([
      ['capexSek', 0],
      ['share', null],
    ]);
  });

  it('copies the exact edit text of numbers and the labels of lists', () => {
    expect(copyCells(rect(0, 0, 1, 3), sheet)).toEqual([
      ['A', '1\u00a0000', '', 'Idé'],
      ['B', '2\u00a0000', '10', 'Idé'],
    ]);
  });
});

describe('writer', () => {
  it('maps Node problem paths back to rows and columns', () => {
    expect(parseProblemPath('rows[3].changes.capexSek')).toEqual({ kind: 'row', index: 3, field: 'capexSek' });
    expect(parseProblemPath('create[1].values.coBenefits.health')).toEqual({ kind: 'new', index: 1, field: 'coBenefits.health' });
    expect(parseProblemPath('changes.status')).toEqual({ kind: 'row', index: 0, field: 'status' });
    expect(columnFor(columns, 'status')?.id).toBe('status');
    // A problem in a field the edit did not touch is shown at the cell that was edited.
    expect(columnFor([columns[1]], 'effectShare')?.id).toBe('capexSek');
  });

  it('sends one row as update, several as one patch, and puts each refusal on its cell', async () => {
    const calls: [string, unknown][] = [];
    const w = entityWriter<Row>((r) => r.id, {
      update: async (id, changes) => {
        calls.push(['update', { id, changes }]);
        return { ok: true, value: null };
      },
      patch: async (rowsIn, create) => {
        calls.push(['patch', { rows: rowsIn, create }]);
        return {
          ok: false,
          error: {
            code: 'invalid',
            message: 'first',
            path: 'rows[1].changes.capexSek',
            details: { problems: [{ path: 'rows[1].changes.capexSek', message: 'Investeringen måste vara ett heltal ≥ 0 kr.' }] },
          },
        };
      },
    });
    expect(await w.commit([{ row: rows[0], column: columns[1], value: 5 }], [])).toEqual([]);
    expect(calls[0]).toEqual(['update', { id: 'a', changes: { capexSek: 5 } }]);
    const problems = await w.commit(
      [
        { row: rows[0], column: columns[0], value: 'N' },
        { row: rows[1], column: columns[1], value: -5 },
      ],
      [],
    );
    expect(calls[1]).toEqual([
      'patch',
      {
        rows: [
          { id: 'a', changes: { name: 'N' } },
          { id: 'b', changes: { capexSek: -5 } },
        ],
        create: [],
      },
    ]);
    expect(problems).toEqual([{ row: rows[1], column: columns[1], message: 'Investeringen måste vara ett heltal ≥ 0 kr.' }]);
    expect(
      groupByRow([
        { row: rows[0], column: columns[0], value: 'X' },
        { row: rows[0], column: columns[1], value: 1 },
      ]),
    ).toHaveLength(1);
  });
});

describe('the spreadsheet keys and a pasted block that does not fit', () => {
  it('Ctrl+arrows go to the edge of the data, Ctrl+Home/End to the corners', () => {
    // A column of 6 cells: filled, filled, blank, blank, filled, filled.
    const filled = (p: { row: number }) => [true, true, false, false, true, true][p.row];
    const down = (row: number) => edgeStep({ row, col: 0 }, 'down', 6, 1, filled).row;
    expect(down(0)).toBe(1); // along the run to its last cell
    expect(down(1)).toBe(4); // over the blanks to the next filled cell
    expect(down(4)).toBe(5);
    expect(down(5)).toBe(5); // the edge
    expect(edgeStep({ row: 5, col: 0 }, 'up', 6, 1, filled).row).toBe(4);
    expect(edgeStep({ row: 2, col: 0 }, 'down', 6, 1, () => false).row).toBe(5);
    expect(cornerOf(false, 6, 3)).toEqual({ row: 0, col: 0 });
    expect(cornerOf(true, 6, 3)).toEqual({ row: 5, col: 2 });
  });

  it('tells a block with a header row, words in number columns or too many columns from one that fits', () => {
    const at = rect(0, 0);
    expect(pasteMisfit([['X', '1 000', '5 %']], at, sheet, nameKey)).toBeNull();
    expect(
      pasteMisfit(
        [
          ['X', '1 000'],
          ['Y', '2 000'],
        ],
        at,
        sheet,
        nameKey,
      ),
    ).toBeNull();
    expect(
      pasteMisfit(
        [
          ['name', 'capexSek (tkr)'],
          ['Y', '2 000'],
        ],
        at,
        sheet,
        nameKey,
      ),
    ).toBe('header');
    // Words where the amounts go: another column order.
    expect(
      pasteMisfit(
        [
          ['X', 'Transporter'],
          ['Y', 'Energi'],
        ],
        at,
        sheet,
        nameKey,
      ),
    ).toBe('columns');
    expect(pasteMisfit([['X', '1', '2', 'idea', 'extra']], at, sheet, nameKey)).toBe('columns');
    // One cell, or one bad cell in a row, is an ordinary paste (refused at its cell if need be).
    expect(pasteMisfit([['tio']], rect(0, 1), sheet, nameKey)).toBeNull();
    expect(pasteMisfit([['X', 'tio']], at, sheet, nameKey)).toBeNull();
    expect(headerLine(sheet, 1, 2)).toBe('capexSek\tshare');
  });
});
