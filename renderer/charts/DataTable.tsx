// A chart's numbers as a table: the row headers and column headers of the model, numbers right
// aligned. The scroll box is focusable, so keyboard users can scroll a long table. The report
// prints the same head and rows in its own table (`TableModelBody`).
import type { TableModel } from './model';

interface Props {
  table: TableModel;
  caption: string;
  regionLabel: string;
}

export function DataTable({ table, caption, regionLabel }: Props) {
  return (
    <div className="chart__table table-scroll" role="region" aria-label={regionLabel} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableModelBody table={table} />
      </table>
    </div>
  );
}

/** The model's column headers and rows, for a <table> of the caller's (on screen or in the report). */
export function TableModelBody({ table }: { table: TableModel }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{table.rowHeader}</th>
          {table.columns.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={`${r.header}-${i}`}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, j) => (
              <td key={j} className="num">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}
