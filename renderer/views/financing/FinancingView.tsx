// Finansiering: the sources and the entries as spreadsheets (the same editing, paste, fill,
// undo and refusals as Åtgärder, through financingSources.* and financing.*), and the year
// matrix with the plan's funding gap from the engine.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { FinancingEntry, FinancingSource } from '../../../shared/domain/types';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { ConfirmDialog } from '../../document/dialogs/ConfirmDialog';
import { useStatusValue } from '../../document/documentStore';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import { entityWriter } from '../../grid/writer';
import { useI18n } from '../../i18n/I18nProvider';
import { previewEdits, usePlan } from '../../plan/planStore';
import { useScenarioId } from '../../plan/scenarioStore';
import { useCalc } from '../../plan/useCalc';
import { actionName, entryColumns, sourceColumns } from './columns';
import { YearMatrix } from './YearMatrix';
import './financing.css';

const byId = (r: { id: string }) => r.id;

const sourceWriter = entityWriter<FinancingSource>(byId, {
  update: (id, changes) => client.call('financingSources.update', { id, changes }),
  patch: (rows, create) => client.call('financingSources.patch', { rows, create }),
  preview: (rows) => previewEdits('financingSources', rows),
});

const entryWriter = entityWriter<FinancingEntry>(byId, {
  update: (id, changes) => client.call('financing.update', { id, changes }),
  patch: (rows, create) => client.call('financing.patch', { rows, create }),
  preview: (rows) => previewEdits('financing', rows),
});

type Confirm = { kind: 'sources' | 'entries'; ids: string[]; names: string[] };

export function FinancingView() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const scenarioId = useScenarioId(plan);
  const calc = useCalc(plan, scenarioId);
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);
  const sourcesGrid = useRef<SheetGridHandle>(null);
  const entriesGrid = useRef<SheetGridHandle>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [focusedSource, setFocusedSource] = useState<string | null>(null);
  const [focusedEntry, setFocusedEntry] = useState<string | null>(null);

  const unit = plan?.plan.moneyUnit ?? 'tkr';
  const sColumns = useMemo(() => sourceColumns(locale, unit), [locale, unit]);
  const sources = plan?.financingSources;
  const actions = plan?.actions;
  const eColumns = useMemo(
    () => entryColumns({ unit, locale, t, sources: sources ?? [], actions: actions ?? [] }),
    [unit, locale, t, sources, actions],
  );

  if (!plan) return <section className="view"><h1>{t('financing.title')}</h1></section>;
  const actionsById = new Map(plan.actions.map((a) => [a.id, a]));
  const sourceNames = new Map(plan.financingSources.map((s) => [s.id, s.name]));
  const scenarioName = plan.scenarios.find((s) => s.id === scenarioId)?.name ?? '';

  async function addSource() {
    const made = await request('financingSources.create', { values: {} });
    if (made) sourcesGrid.current?.focusCell(made.id, 'name');
  }

  async function addEntry() {
    const made = await request('financing.create', { values: {} });
    if (made) entriesGrid.current?.focusCell(made.id, 'amountSek');
  }

  async function duplicateEntries() {
    const ids = new Set(entriesGrid.current?.selectedRowIds() ?? []);
    const create = plan!.financing.filter((e) => ids.has(e.id)).map(({ id: _id, ...values }) => ({ values }));
    if (create.length === 0) return;
    const made = create.length === 1 ? await request('financing.create', create[0]) : (await request('financing.patch', { rows: [], create }))?.[0];
    if (made) entriesGrid.current?.focusCell(made.id, 'amountSek');
  }

  function askDelete(kind: Confirm['kind']) {
    const grid = kind === 'sources' ? sourcesGrid : entriesGrid;
    const ids = grid.current?.selectedRowIds() ?? [];
    if (ids.length === 0) return;
    const names = ids.map((id) => {
      if (kind === 'sources') return sourceNames.get(id) ?? id;
      const e = plan!.financing.find((x) => x.id === id);
      const a = e?.actionId ? actionsById.get(e.actionId) : undefined;
      return e ? [sourceNames.get(e.sourceId), e.year, a ? actionName(a) : ''].filter(Boolean).join(' · ') : id;
    });
    setConfirm({ kind, ids, names });
  }

  async function remove(c: Confirm) {
    setConfirm(null);
    const area = c.kind === 'sources' ? 'financingSources' : 'financing';
    if (c.ids.length === 1) await request(`${area}.delete`, { id: c.ids[0] });
    else await request(`${area}.deleteMany`, { ids: c.ids });
  }

  const buttons = (add: () => void, addLabel: string, kind: Confirm['kind'], focused: string | null, extra?: ReactNode) => (
    <>
      <button type="button" className="primary" disabled={readOnly} onClick={add}>
        {addLabel}
      </button>
      {extra}
      <button type="button" className="danger" disabled={readOnly || !focused} onClick={() => askDelete(kind)}>
        {t('financing.delete')}
      </button>
    </>
  );

  return (
    <section className="view view--sheet financing-view">
      <div className="sheet-view__head">
        <h1>{t('financing.title')}</h1>
        <p className="financing-view__keys">{t('grid.keys')}</p>
      </div>
      <div className="financing-grids">
        <div className="financing-sources">
          <SheetGrid
            id="financing-sources"
            label={t('financing.sources')}
            handle={sourcesGrid}
            rows={plan.financingSources}
            rowId={byId}
            rowLabel={(r: FinancingSource) => r.name}
            columns={sColumns}
            writer={sourceWriter}
            canAddRows
            rowNumbers
            noun={t('financing.sourcesNoun')}
            keysHint={false}
            onFocusRow={setFocusedSource}
            toolbar={
              <>
                <h2>{t('financing.sources')}</h2>
                {buttons(() => void addSource(), t('financing.addSource'), 'sources', focusedSource)}
              </>
            }
          />
        </div>
        <div className="financing-entries">
          <SheetGrid
            id="financing-entries"
            label={t('financing.entries')}
            handle={entriesGrid}
            rows={plan.financing}
            rowId={byId}
            rowLabel={(r: FinancingEntry) => sourceNames.get(r.sourceId) ?? r.sourceId}
            columns={eColumns}
            writer={entryWriter}
            canAddRows
            rowNumbers
            quickFilter
            noun={t('financing.entriesNoun')}
            keysHint={false}
            onFocusRow={setFocusedEntry}
            toolbar={
              <>
                <h2>{t('financing.entries')}</h2>
                {buttons(
                  () => void addEntry(),
                  t('financing.addEntry'),
                  'entries',
                  focusedEntry,
                  <button type="button" disabled={readOnly || !focusedEntry} onClick={() => void duplicateEntries()}>
                    {t('financing.duplicate')}
                  </button>,
                )}
              </>
            }
          />
        </div>
      </div>
      {calc && <YearMatrix plan={plan} calc={calc} scenarioName={scenarioName} />}
      {confirm && (
        <ConfirmDialog
          title={
            confirm.kind === 'sources'
              ? confirm.ids.length === 1
                ? t('financing.deleteSourceTitle')
                : t('financing.deleteSourcesTitle', { count: confirm.ids.length })
              : confirm.ids.length === 1
                ? t('financing.deleteEntryTitle')
                : t('financing.deleteEntriesTitle', { count: confirm.ids.length })
          }
          onClose={() => setConfirm(null)}
          choices={[
            { label: t('financing.cancel'), onChoose: () => setConfirm(null), safe: true },
            { label: t('financing.deleteConfirm'), onChoose: () => void remove(confirm), primary: true },
          ]}
        >
          <ul className="confirm-list">
            {confirm.names.slice(0, 5).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
            {confirm.names.length > 5 && <li>{t('financing.more', { count: confirm.names.length - 5 })}</li>}
          </ul>
          <p>{confirm.kind === 'sources' ? t('financing.deleteSourcesBody') : t('financing.deleteEntriesBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
