// Finansiering: the sources and the entries as spreadsheets (the same editing, paste, fill,
// undo and refusals as Åtgärder, through financingSources.* and financing.*), and the year
// matrix with the plan's funding gap from the engine.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FinancingEntry, FinancingSource } from '../../../shared/domain/types';
import { client } from '../../api/client';
import { useStatusValue } from '../../document/document-store';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import { entityWriter } from '../../grid/writer';
import { useI18n } from '../../i18n/I18nProvider';
import { previewEdits, usePlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { useCalc } from '../../plan/useCalc';
import { useReveal } from '../../undo/reveal';
import { PasteImportDialog } from '../export/PasteImportDialog';
import { useMisfitPaste, useRowCommands, type RowCommandTexts } from '../useRowCommands';
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

/** A copy of a row: everything but its id. */
const copyOf = <T extends { id: string }>({ id: _id, ...values }: T): Record<string, unknown> => values;

export function FinancingView() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const scenarioId = useScenarioId(plan);
  const calc = useCalc(plan, scenarioId);
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);
  const sourcesGrid = useRef<SheetGridHandle>(null);
  const entriesGrid = useRef<SheetGridHandle>(null);
  const [focusedSource, setFocusedSource] = useState<string | null>(null);
  const [focusedEntry, setFocusedEntry] = useState<string | null>(null);
  const sourceNames = new Map(plan?.financingSources.map((s) => [s.id, s.name]) ?? []);
  const actionsById = new Map(plan?.actions.map((a) => [a.id, a]) ?? []);
  const texts = (kind: 'Source' | 'Entry'): RowCommandTexts => ({
    titleOne: t(`financing.delete${kind}Title`),
    titleMany: (count) => t(kind === 'Source' ? 'financing.deleteSourcesTitle' : 'financing.deleteEntriesTitle', { count }),
    body: t(kind === 'Source' ? 'financing.deleteSourcesBody' : 'financing.deleteEntriesBody'),
    more: (count) => t('financing.more', { count }),
    cancel: t('financing.cancel'),
    confirm: t('financing.deleteConfirm'),
  });
  const sourceCommands = useRowCommands<FinancingSource>({
    area: 'financingSources',
    grid: sourcesGrid,
    rows: plan?.financingSources ?? [],
    copyValues: copyOf,
    focusCol: 'name',
    name: (s) => s.name,
    texts: texts('Source'),
  });
  const entryCommands = useRowCommands<FinancingEntry>({
    area: 'financing',
    grid: entriesGrid,
    rows: plan?.financing ?? [],
    copyValues: copyOf,
    focusCol: 'amountSek',
    name: (e) => {
      const a = e.actionId ? actionsById.get(e.actionId) : undefined;
      return [sourceNames.get(e.sourceId), e.year, a ? actionName(a) : ''].filter(Boolean).join(' · ');
    },
    texts: texts('Entry'),
  });
  const misfit = useMisfitPaste();
  const planRef = useRef(plan);
  planRef.current = plan;
  useReveal(
    'financing',
    entriesGrid,
    useCallback((id: string) => !!planRef.current?.financing.some((e) => e.id === id), []),
  );
  useReveal(
    'financing',
    sourcesGrid,
    useCallback((id: string) => !!planRef.current?.financingSources.some((e) => e.id === id), []),
  );

  const unit = plan?.plan.moneyUnit ?? 'tkr';
  const sColumns = useMemo(() => sourceColumns(locale, unit), [locale, unit]);
  const sources = plan?.financingSources;
  const actions = plan?.actions;
  const entriesNow = useRef<readonly FinancingEntry[]>([]);
  entriesNow.current = plan?.financing ?? [];
  const eColumns = useMemo(
    () => entryColumns({ unit, locale, t, sources: sources ?? [], actions: actions ?? [], entries: () => entriesNow.current }),
    [unit, locale, t, sources, actions],
  );

  if (!plan)
    return (
      <section className="view">
        <h1>{t('financing.title')}</h1>
      </section>
    );
  const scenarioName = plan.scenarios.find((s) => s.id === scenarioId)?.name ?? '';

  const buttons = (commands: ReturnType<typeof useRowCommands>, addLabel: string, focused: string | null, extra?: ReactNode) => (
    <>
      <button type="button" className="primary" disabled={readOnly} onClick={() => void commands.add()}>
        {addLabel}
      </button>
      {extra}
      <button type="button" className="danger" disabled={readOnly || !focused} onClick={commands.askDelete}>
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
            onAddRow={(colId) => void sourceCommands.add(colId)}
            rowNumbers
            noun={t('financing.sourcesNoun')}
            keysHint={false}
            onFocusRow={setFocusedSource}
            toolbar={
              <>
                <h2>{t('financing.sources')}</h2>
                {buttons(sourceCommands, t('financing.addSource'), focusedSource)}
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
            onAddRow={(colId) => void entryCommands.add(colId)}
            onMisfitPaste={misfit.open}
            rowNumbers
            quickFilter
            noun={t('financing.entriesNoun')}
            keysHint={false}
            onFocusRow={setFocusedEntry}
            toolbar={
              <>
                <h2>{t('financing.entries')}</h2>
                {buttons(
                  entryCommands,
                  t('financing.addEntry'),
                  focusedEntry,
                  <button type="button" disabled={readOnly || !focusedEntry} onClick={() => void entryCommands.duplicate()}>
                    {t('financing.duplicate')}
                  </button>,
                )}
              </>
            }
          />
        </div>
      </div>
      {calc && <YearMatrix plan={plan} calc={calc} scenarioName={scenarioName} />}
      {sourceCommands.dialog}
      {entryCommands.dialog}
      {misfit.tsv !== null && (
        <PasteImportDialog
          tsv={misfit.tsv}
          kind="financing"
          onClose={misfit.close}
          onDone={(text) => {
            misfit.close();
            entriesGrid.current?.say(text);
          }}
        />
      )}
    </section>
  );
}
