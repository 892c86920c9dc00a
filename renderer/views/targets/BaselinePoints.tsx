// One sector's baseline points (year, tonnes) as a small sheet: typed, pasted, filled and
// cleared like every grid of the app (Tab-then-type replaces, refusals at the cell). Every
// change is one baseline call with the whole new list of points, so Node checks it (one point
// per year, negative only in a sink…) and one Ctrl+Z undoes it. A block pasted below the last
// point adds points.
import { useMemo, useRef } from 'react';
import type { BaselinePoint } from '../../../shared/domain/types';
import type { SheetColumn } from '../../grid/columns';
import type { CellEdit, NewRow } from '../../grid/edits';
import { kindColumn, numberKind, yearKind } from '../../grid/kinds';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import type { CellProblem, SheetWriter } from '../../grid/writer';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  points: readonly BaselinePoint[];
  sectorName: string;
  readOnly: boolean;
  /** Stores the new list of points; resolves to the reason it was refused, or null. */
  save(points: BaselinePoint[]): Promise<string | null>;
}

const rowId = (p: BaselinePoint) => String(p.year);

/** The points after the edits and the new rows; a new row needs a year and tonnes. */
function edited(points: readonly BaselinePoint[], edits: CellEdit<BaselinePoint>[], newRows: NewRow<BaselinePoint>[]): Record<string, unknown>[] {
  const out = points.map((p) => ({ ...p }) as Record<string, unknown>);
  for (const e of edits) {
    const i = points.indexOf(e.row);
    if (i >= 0) out[i][e.column.id] = e.value;
  }
  for (const cells of newRows) {
    const p: Record<string, unknown> = {};
    for (const c of cells) p[c.column.id] = c.value;
    out.push(p);
  }
  return out;
}

export function BaselinePoints({ points, sectorName, readOnly, save }: Props) {
  const { t, locale } = useI18n();
  const grid = useRef<SheetGridHandle>(null);
  const columns = useMemo(
    (): SheetColumn<BaselinePoint>[] => [
      kindColumn<BaselinePoint>('year', t('targets.baseline.year'), yearKind(locale), (p) => p.year, { width: 90 }),
      kindColumn<BaselinePoint>('tonsCo2e', t('targets.baseline.tons'), numberKind(locale, { digits: 2 }), (p) => p.tonsCo2e, { width: 150 }),
    ],
    [t, locale],
  );
  const writer = useMemo(
    (): SheetWriter<BaselinePoint> => ({
      async commit(edits, newRows) {
        const next = edited(points, edits, newRows);
        const incomplete = next.findIndex((p) => typeof p.year !== 'number' || typeof p.tonsCo2e !== 'number');
        if (incomplete >= 0) return [{ newRow: incomplete - points.length, message: t('targets.baseline.needBoth') }];
        const problem = await save((next as unknown as BaselinePoint[]).sort((a, b) => a.year - b.year));
        if (!problem) return [];
        // One cell typed: the refusal goes to it; a block: it is said once.
        const only = edits.length === 1 && newRows.length === 0 ? edits[0] : undefined;
        return [{ row: only?.row, column: only?.column, message: problem } satisfies CellProblem<BaselinePoint>];
      },
    }),
    [points, save, t],
  );

  return (
    <div className="baseline-points">
      <SheetGrid
        id="baseline-points"
        label={t('targets.baseline.caption', { name: sectorName })}
        handle={grid}
        rows={points}
        rowId={rowId}
        rowLabel={(p) => String(p.year)}
        columns={columns}
        writer={readOnly ? undefined : writer}
        canAddRows
        noun={t('targets.baseline.noun')}
        filters={false}
        keysHint={false}
        autoHeight
        className="sheet--compact"
        toolbar={
          <button
            type="button"
            className="danger"
            disabled={readOnly || points.length === 0}
            onClick={() => {
              const ids = new Set(grid.current?.selectedRowIds() ?? []);
              if (ids.size) void save(points.filter((p) => !ids.has(rowId(p))));
            }}
          >
            {t('targets.baseline.deleteSelected')}
          </button>
        }
      />
    </div>
  );
}
