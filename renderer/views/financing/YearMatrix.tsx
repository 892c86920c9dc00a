// The year matrix: financing sources as rows and the plan's years as columns, for one status or
// all, with the plan's totals per status, the cost of the included actions and the funding gap
// (DESIGN §5, from the engine) pinned beneath. Read-only; a block can be copied to Excel.
import { useMemo, useState } from 'react';
import type { CalcResult } from '../../../shared/calc';
import { entriesFinancing } from '../../../shared/calc/financing';
import { makeAxis } from '../../../shared/calc/axis';
import { FINANCING_STATUSES, type FinancingStatus } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/types';
import { FINANCING_STATUS_LABELS, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import type { SheetColumn } from '../../grid/columns';
import { moneyKind } from '../../grid/kinds';
import { SheetGrid } from '../../grid/SheetGrid';
import { useI18n } from '../../i18n/I18nProvider';

interface MatrixRow {
  id: string;
  label: string;
  values: readonly number[];
}

type Shown = FinancingStatus | 'all';

/**
 * Each source's money per year for one status, counted as the engine counts it (entries of
 * actions left out of the scenario do not count): the engine's own financing series run on
 * that status's entries.
 */
function sourceRows(plan: Plan, calc: CalcResult, shown: Shown): MatrixRow[] {
  if (shown === 'all') return plan.financingSources.map((s) => ({ id: s.id, label: s.name, values: calc.financing.bySource[s.id] ?? [] }));
  const axis = makeAxis(plan.plan.startYear, plan.plan.endYear);
  const entries = plan.financing.filter((e) => e.status === shown);
  const series = entriesFinancing(plan, entries, calc.actions, axis);
  return plan.financingSources.map((s) => ({ id: s.id, label: s.name, values: Array.from(series.bySource.get(s.id) ?? []) }));
}

export function YearMatrix({ plan, calc, scenarioName }: { plan: Plan; calc: CalcResult; scenarioName: string }) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<Shown>('all');
  const unit = plan.plan.moneyUnit;
  const u = MONEY_UNIT_LABELS[unit][locale];

  const rows = useMemo(() => sourceRows(plan, calc, shown), [plan, calc, shown]);
  const bottom = useMemo((): MatrixRow[] => {
    const f = calc.financing;
    return [
      { id: 'secured', label: t('financing.row.secured'), values: f.secured },
      { id: 'applied', label: t('financing.row.applied'), values: f.applied },
      { id: 'potential', label: t('financing.row.potential'), values: f.potential },
      { id: 'cost', label: t('financing.row.cost'), values: f.cost },
      { id: 'gap', label: t('financing.row.gap'), values: f.gap },
    ];
  }, [calc, t]);

  const columns = useMemo((): SheetColumn<MatrixRow>[] => {
    const money = moneyKind(unit, locale);
    return [
      { id: 'label', header: t('financing.row.source'), pinned: true, width: 280, value: (r) => r.label, format: (v) => String(v ?? '') },
      ...calc.years.map((year, i): SheetColumn<MatrixRow> => ({
        id: `y${year}`,
        header: String(year),
        numeric: true,
        width: 112,
        value: (r) => r.values[i] ?? 0,
        format: money.format,
        copy: money.text,
      })),
    ];
  }, [calc.years, unit, locale, t]);

  return (
    <div className="financing-matrix">
      <SheetGrid
        id="financing-matrix"
        label={t('financing.matrixGrid')}
        rows={rows}
        rowId={(r) => r.id}
        columns={columns}
        bottomRows={bottom}
        noun={t('financing.matrixNoun')}
        filters={false}
        autoHeight
        className="sheet--compact"
        toolbar={
          <>
            <h2>{t('financing.matrix', { unit: u })}</h2>
            <label className="sheet-view__scenario">
              {t('financing.matrixStatus')}
              <select value={shown} onChange={(e) => setShown(e.target.value as Shown)}>
                <option value="all">{t('financing.matrixAll')}</option>
                {FINANCING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {FINANCING_STATUS_LABELS[s][locale]}
                  </option>
                ))}
              </select>
            </label>
          </>
        }
      />
      <p className="financing-matrix__hint">{t('financing.matrixHint', { scenario: scenarioName })}</p>
    </div>
  );
}
