// Åtgärder: the plan's actions as a spreadsheet (every field, the engine's figures for the
// chosen scenario, totals), with new, duplicate and delete, and the cost-per-year panel of the
// focused action. Every change goes through the API; the plan store applies its answer in
// place, so the computed columns and totals follow at once.
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Action } from '../../../shared/domain/types';
import { client } from '../../api/client';
import { useStatusValue } from '../../document/document-store';
import { entityWriter } from '../../grid/writer';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { createStore } from '../../lib/store';
import { previewEdits, usePlan } from '../../plan/plan-store';
import { chooseScenario, useScenarioId } from '../../plan/scenario-store';
import { useCalc } from '../../plan/useCalc';
import { useReveal } from '../../undo/reveal';
import { PasteImportDialog } from '../export/PasteImportDialog';
import { useMisfitPaste, useRowCommands } from '../useRowCommands';
import { copyCode, nextSectorCode } from './codes';
import { actionColumns, actionGroups } from './columns';
import { FocusedCostPanel } from './FocusedCostPanel';
import { actionRowId, useActionRows, type ActionRow } from './rows';
import './actions.css';

const writer = entityWriter<ActionRow>(actionRowId, {
  update: (id, changes) => client.call('actions.update', { id, changes }),
  patch: (rows, create) => client.call('actions.patch', { rows, create }),
  preview: (rows) => previewEdits('actions', rows),
});

/** The values of a copy of `a`: everything but its id, its code numbered on. */
function copyOf(a: Action, codes: ReadonlySet<string>, suffix: string): Record<string, unknown> {
  const { id: _id, ...values } = a;
  const out: Record<string, unknown> = { ...values, code: copyCode(a.code, codes), name: `${a.name} ${suffix}` };
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
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);

  // Every tag of the plan, gathered only when a tag editor opens (not on every edit).
  const planRef = useRef(plan);
  planRef.current = plan;
  const tags = useCallback(() => {
    const all = new Set<string>();
    for (const a of planRef.current?.actions ?? []) for (const tag of a.tags) all.add(tag);
    return [...all].sort((x, y) => x.localeCompare(y, 'sv'));
  }, []);

  const actions = useCallback(() => planRef.current?.actions ?? [], []);
  const unit = plan?.plan.moneyUnit ?? 'tkr';
  const sectors = plan?.sectors;
  const uncertaintyDefaults = plan?.uncertaintyDefaults;
  const columns = useMemo(
    () => actionColumns({ unit, locale, t, sectors: sectors ?? [], tags, actions, uncertaintyDefaults }),
    [unit, locale, t, sectors, tags, actions, uncertaintyDefaults],
  );
  const groups = useMemo(() => actionGroups(t), [t]);

  const commands = useRowCommands<Action>({
    area: 'actions',
    grid,
    rows: plan?.actions ?? [],
    // A new action is in the sector of the row the focus is on, with that sector's next code.
    newValues: (near) => {
      const p = planRef.current;
      const sector = p?.sectors.find((x) => x.id === near?.sectorId) ?? p?.sectors.find((x) => !x.hidden);
      return sector && p ? { sectorId: sector.id, code: nextSectorCode(sector, p.actions) } : {};
    },
    copyValues: (a, copies) =>
      copyOf(a, new Set([...(planRef.current?.actions ?? []).map((x) => x.code), ...copies.map((c) => String(c.code))]), t('actions.copySuffix')),
    focusCol: 'name',
    name: (a) => [a.code, a.name].filter(Boolean).join(' '),
    texts: {
      titleOne: t('actions.deleteTitleOne'),
      titleMany: (count) => t('actions.deleteTitleMany', { count }),
      body: t('actions.deleteBody'),
      more: (count) => t('actions.deleteMore', { count }),
      cancel: t('actions.cancel'),
      confirm: t('actions.deleteConfirm'),
    },
  });
  const misfit = useMisfitPaste();
  useReveal(
    'actions',
    grid,
    useCallback((id: string) => !!planRef.current?.actions.some((a) => a.id === id), []),
  );

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
          onAddRow={(colId) => void commands.add(colId)}
          onMisfitPaste={misfit.open}
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
              <button type="button" className="primary" disabled={readOnly} onClick={() => void commands.add()}>
                {t('actions.add')}
              </button>
              <button type="button" disabled={readOnly || !hasFocus} onClick={() => void commands.duplicate()}>
                {t('actions.duplicate')}
              </button>
              <button type="button" className="danger" disabled={readOnly || !hasFocus} onClick={commands.askDelete}>
                {t('actions.delete')}
              </button>
            </>
          }
        />
      )}
      {!plan && <h1>{t('actions.title')}</h1>}
      {plan && scenarioId && <FocusedCostPanel plan={plan} scenarioId={scenarioId} focus={focus} readOnly={readOnly} />}
      {commands.dialog}
      {misfit.tsv !== null && (
        <PasteImportDialog
          tsv={misfit.tsv}
          kind="actions"
          onClose={misfit.close}
          onDone={(text) => {
            misfit.close();
            grid.current?.say(text);
          }}
        />
      )}
    </section>
  );
}
