// Åtgärder: the plan's actions as a spreadsheet (every field, the engine's figures for the
// chosen scenario, totals), with new, duplicate and delete, and the cost-per-year panel of the
// focused action. Every change goes through the API; the plan store applies its answer in
// place, so the computed columns and totals follow at once.
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Action } from '../../../shared/domain/types';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { ConfirmDialog } from '../../document/dialogs/ConfirmDialog';
import { useStatusValue } from '../../document/documentStore';
import { entityWriter } from '../../grid/writer';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { createStore } from '../../lib/store';
import { previewEdits, usePlan } from '../../plan/planStore';
import { chooseScenario, useScenarioId } from '../../plan/scenarioStore';
import { useCalc } from '../../plan/useCalc';
import { actionColumns, actionGroups } from './columns';
import { FocusedCostPanel } from './FocusedCostPanel';
import { actionRowId, useActionRows, type ActionRow } from './rows';
import './actions.css';

const writer = entityWriter<ActionRow>(actionRowId, {
  update: (id, changes) => client.call('actions.update', { id, changes }),
  patch: (rows, create) => client.call('actions.patch', { rows, create }),
  preview: (rows) => previewEdits('actions', rows),
});

/** `T-01` → `T-01-2` (or the next number free among `codes`). */
export function nextCode(code: string, codes: ReadonlySet<string>): string {
  if (code === '') return '';
  for (let n = 2; ; n++) if (!codes.has(`${code}-${n}`)) return `${code}-${n}`;
}

/** The values of a copy of `a`: everything but its id, its code numbered on. */
function copyOf(a: Action, codes: ReadonlySet<string>, suffix: string): Record<string, unknown> {
  const { id: _id, ...values } = a;
  const out: Record<string, unknown> = { ...values, code: nextCode(a.code, codes), name: `${a.name} ${suffix}` };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}

export function ActionsView() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const scenarioId = useScenarioId(plan);
  const calc = useCalc(plan, scenarioId);
  const rows = useActionRows(plan, calc);
  const grid = useRef<SheetGridHandle>(null);
  // The focused row lives in a store, not in this view's state: the focus moves on every Enter
  // and arrow key, and only the buttons (whether a row is focused) and the cost panel follow it.
  const [focus] = useState(() => createStore<string | null>(null));
  const hasFocus = useSyncExternalStore(focus.subscribe, () => focus.get() !== null);
  const [confirm, setConfirm] = useState<Action[] | null>(null);
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);

  // Every tag of the plan, gathered only when a tag editor opens (not on every edit).
  const planRef = useRef(plan);
  planRef.current = plan;
  const tags = useCallback(() => {
    const all = new Set<string>();
    for (const a of planRef.current?.actions ?? []) for (const tag of a.tags) all.add(tag);
    return [...all].sort((x, y) => x.localeCompare(y, 'sv'));
  }, []);

  const unit = plan?.plan.moneyUnit ?? 'tkr';
  const sectors = plan?.sectors;
  const columns = useMemo(
    () => actionColumns({ unit, locale, t, sectors: sectors ?? [], tags }),
    [unit, locale, t, sectors, tags],
  );
  const groups = useMemo(() => actionGroups(t), [t]);

  const selected = useCallback((): Action[] => {
    const ids = new Set(grid.current?.selectedRowIds() ?? []);
    return plan?.actions.filter((a) => ids.has(a.id)) ?? [];
  }, [plan]);

  async function add() {
    const created = await request('actions.create', { values: {} });
    if (created) grid.current?.focusCell(created.id, 'name');
  }

  async function duplicate() {
    const list = selected();
    if (!plan || list.length === 0) return;
    const codes = new Set(plan.actions.map((a) => a.code));
    const create = list.map((a) => {
      const values = copyOf(a, codes, t('actions.copySuffix'));
      codes.add(values.code as string);
      return { values };
    });
    // One new row: create; several: one patch, so that it is one undo step.
    const made = create.length === 1 ? await request('actions.create', create[0]) : (await request('actions.patch', { rows: [], create }))?.[0];
    if (made) grid.current?.focusCell(made.id, 'name');
  }

  async function remove(list: Action[]) {
    setConfirm(null);
    if (list.length === 1) await request('actions.delete', { id: list[0].id });
    else await request('actions.deleteMany', { ids: list.map((a) => a.id) });
  }

  return (
    <section className="view view--sheet actions-view">
      {plan && (
        <SheetGrid
          id="actions"
          label={t('actions.grid')}
          handle={grid}
          rows={rows}
          rowId={actionRowId}
          rowLabel={(r) => r.action.code || r.action.name}
          columns={columns}
          groups={groups}
          writer={writer}
          canAddRows
          noun={t('actions.noun')}
          quickFilter
          rowNumbers
          className="actions-grid"
          onFocusRow={focus.set}
          toolbar={
            <>
              <h1>{t('actions.title')}</h1>
              {scenarioId && (
                <label className="sheet-view__scenario">
                  {t('actions.scenario')}
                  <select value={scenarioId} onChange={(e) => chooseScenario(e.target.value)}>
                    {plan.scenarios.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button type="button" className="primary" disabled={readOnly} onClick={() => void add()}>
                {t('actions.add')}
              </button>
              <button type="button" disabled={readOnly || !hasFocus} onClick={() => void duplicate()}>
                {t('actions.duplicate')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={readOnly || !hasFocus}
                onClick={() => {
                  const list = selected();
                  if (list.length) setConfirm(list);
                }}
              >
                {t('actions.delete')}
              </button>
            </>
          }
        />
      )}
      {!plan && <h1>{t('actions.title')}</h1>}
      {plan && scenarioId && <FocusedCostPanel plan={plan} scenarioId={scenarioId} focus={focus} readOnly={readOnly} />}
      {confirm && (
        <ConfirmDialog
          title={confirm.length === 1 ? t('actions.deleteTitleOne') : t('actions.deleteTitleMany', { count: confirm.length })}
          onClose={() => setConfirm(null)}
          choices={[
            { label: t('actions.cancel'), onChoose: () => setConfirm(null), safe: true },
            { label: t('actions.deleteConfirm'), onChoose: () => void remove(confirm), primary: true },
          ]}
        >
          <ul className="confirm-list">
            {confirm.slice(0, 5).map((a) => (
              <li key={a.id}>{[a.code, a.name].filter(Boolean).join(' ')}</li>
            ))}
            {confirm.length > 5 && <li>{t('actions.deleteMore', { count: confirm.length - 5 })}</li>}
          </ul>
          <p>{t('actions.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
