// One action's costs per year (investment, operation, savings) with the years as columns: the
// computed values, and the overrides (DESIGN §5) editable in place, shown distinctly, cleared
// with Delete. The action's own years: the scenario's delay and cost factor are left out, so
// that a typed value is exactly the override that is stored. Every change is one
// `actions.update` of the action's list of overrides (one undo step, also for a pasted block).
import { useMemo } from 'react';
import { actionSeries, createCalcContext } from '../../../shared/calc';
import type { Action, CostOverride, Plan } from '../../../shared/domain/types';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import type { SheetColumn } from '../../grid/columns';
import { moneyKind } from '../../grid/kinds';
import { SheetGrid } from '../../grid/SheetGrid';
import { parseProblemPath, problemsOf, type CellProblem, type SheetWriter } from '../../grid/writer';
import { useI18n } from '../../i18n/I18nProvider';

type Component = 'capexSek' | 'opexSek' | 'savingsSek';

interface CostRow {
  key: Component | 'net';
  label: string;
  values: readonly number[];
  /** The value without an override, per year. */
  base: readonly number[];
  overridden: readonly boolean[];
}

const COMPONENTS: Component[] = ['capexSek', 'opexSek', 'savingsSek'];
const yearOf = (colId: string) => Number(colId.slice(1));

function sameList(a: readonly CostOverride[], b: readonly CostOverride[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The overrides after the edits: a value sets a component of its year, null removes it. */
function editedOverrides(current: readonly CostOverride[], edits: { year: number; key: Component; value: unknown }[]): CostOverride[] {
  const list = current.map((o) => ({ ...o }));
  for (const { year, key, value } of edits) {
    let o = list.find((x) => x.year === year);
    if (value === null || value === undefined) {
      if (o) delete o[key];
      continue;
    }
    if (!o) list.push((o = { year }));
    // Text that is no amount goes to Node as it is and is refused there with its message.
    (o as Record<string, unknown>)[key] = value;
  }
  return list.filter((o) => COMPONENTS.some((k) => o[k] !== undefined)).sort((x, y) => x.year - y.year);
}

function costWriter(action: Action, years: readonly number[], rows: readonly CostRow[], columns: readonly SheetColumn<CostRow>[]): SheetWriter<CostRow> {
  // The list as last sent: a second edit typed before Node has answered the first (7, Tab, 8)
  // builds on it, not on the action as it was, or the first edit would be sent away again.
  let latest: readonly CostOverride[] = action.costOverrides;
  return {
    async commit(edits) {
      const changes = edits.map((e) => ({ year: yearOf(e.column.id), key: e.row.key as Component, value: e.value }));
      const before = latest;
      const list = editedOverrides(before, changes);
      if (sameList(list, before)) return [];
      latest = list;
      const result = await client.call('actions.update', { id: action.id, changes: { costOverrides: list } });
      if (!result.ok && latest === list) latest = before;
      if (result.ok) return [];
      if (result.error.code !== 'invalid') return [{ message: result.error.message }];
      return problemsOf(result.error).map(({ path, message }): CellProblem<CostRow> => {
        const m = /^costOverrides\[(\d+)\]\.?(\w*)/.exec(parseProblemPath(path).field);
        const o = m ? list[Number(m[1])] : undefined;
        const row = rows.find((r) => r.key === m?.[2]) ?? edits[0]?.row;
        const column = o && years.includes(o.year) ? columns.find((c) => c.id === `y${o.year}`) : edits[0]?.column;
        return { row, column, message };
      });
    },
  };
}

interface Props {
  plan: Plan;
  scenarioId: string;
  action: Action;
}

export function CostPanel({ plan, scenarioId, action }: Props) {
  const { t, locale } = useI18n();
  const unit = plan.plan.moneyUnit;
  const { startYear, endYear } = plan.plan;

  // The action's own schedule: the scenario's delay and factors are set aside.
  const ctx = useMemo(() => {
    const c = createCalcContext(plan, scenarioId);
    return { ...c, scenario: { ...c.scenario, delayYears: 0, effectFactor: 1, costFactor: 1 } };
  }, [plan, scenarioId]);

  const years = useMemo(() => Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i), [startYear, endYear]);

  const rows = useMemo((): CostRow[] => {
    const actual = actionSeries(ctx, action);
    const base = actionSeries(ctx, { ...action, costOverrides: [] });
    const label = { capexSek: t('actions.panel.capex'), opexSek: t('actions.panel.opex'), savingsSek: t('actions.panel.savings') };
    const series = { capexSek: 'capex', opexSek: 'opex', savingsSek: 'savings' } as const;
    return COMPONENTS.map((key) => ({
      key,
      label: label[key],
      values: Array.from(actual[series[key]]),
      base: Array.from(base[series[key]]),
      overridden: years.map((y) => action.costOverrides.some((o) => o.year === y && o[key] !== undefined)),
    }));
  }, [ctx, action, years, t]);

  const net = useMemo((): CostRow[] => {
    const values = years.map((_, i) => rows[0].values[i] + rows[1].values[i] - rows[2].values[i]);
    return [{ key: 'net', label: t('actions.panel.net'), values, base: values, overridden: years.map(() => false) }];
  }, [rows, years, t]);

  const columns = useMemo((): SheetColumn<CostRow>[] => {
    const money = moneyKind(unit, locale, { optional: true });
    return [
      {
        id: 'component',
        header: t('actions.panel.component', { unit: MONEY_UNIT_LABELS[unit][locale] }),
        pinned: true,
        width: 150,
        value: (r) => r.label,
        format: (v) => String(v ?? ''),
      },
      ...years.map((year, i): SheetColumn<CostRow> => ({
        id: `y${year}`,
        header: String(year),
        numeric: true,
        width: 92,
        value: (r) => r.values[i],
        format: money.format,
        cellClass: (r) => (r.overridden[i] ? 'sheet-cell--override' : undefined),
        tooltip: (r) => (r.overridden[i] ? t('actions.panel.computed', { value: `${money.format(r.base[i])} ${MONEY_UNIT_LABELS[unit][locale]}` }) : undefined),
        edit: {
          editor: 'text',
          text: money.text,
          parse: money.parse,
          cleared: null,
          paths: [],
          write: () => undefined,
          editable: (r) => r.key !== 'net',
        },
      })),
    ];
  }, [years, unit, locale, t]);

  const writer = useMemo(() => costWriter(action, years, rows, columns), [action, years, rows, columns]);
  const name = [action.code, action.name].filter(Boolean).join(' ');

  return (
    <section className="cost-panel__body" aria-label={t('actions.panel.for', { action: name })}>
      <SheetGrid
        id="actions-costs"
        label={t('actions.panel.grid')}
        rows={rows}
        rowId={(r) => r.key}
        rowLabel={(r) => r.label}
        columns={columns}
        writer={writer}
        bottomRows={net}
        noun={t('actions.panel.noun')}
        className="sheet--compact"
        filters={false}
        autoHeight
      />
    </section>
  );
}
