// Uppföljning (DESIGN §8): pick the follow-up year and the reference (an adopted version, or the
// plan now and a scenario); see the cards, the actions' plan, actual and deviation (typed or
// pasted like Åtgärder's grid, per year in the panel), the charts, what changed since the version,
// and the joint commitments' follow-up. Everything is computed in the page from the snapshot.
import { useMemo, useRef, useState } from 'react';
import type { FollowUpRow } from './rows';
import { ChartFigure } from '../../charts/ChartFigure';
import { emissionsModel, spendingModel } from '../../charts/models/followup';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useStatusValue } from '../../document/document-store';
import { SheetGrid, type SheetGridHandle } from '../../grid/SheetGrid';
import { useI18n } from '../../i18n/I18nProvider';
import { createStore } from '../../lib/store';
import { useCurrentPlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { FocusedActualsPanel } from './ActualsPanel';
import { Changes } from './Changes';
import { CommitmentFollowUp } from './CommitmentFollowUp';
import { followUpColumns, followUpGroups, ACTUAL_FIELD } from './columns';
import { FollowUpCards } from './FollowUpCards';
import { FollowUpReportButton } from './FollowUpReportButton';
import { followUpRowId, useFollowUpRows } from './rows';
import { useFollowUp, useReferenceKey, useVersionOf } from './useFollowUp';
import { openAdoptDialog, useVersions } from './versions';
import { actualsWriter } from './writer';
import type { FigureKey } from '../../../shared/followup';
import './followup.css';

export function FollowUpView() {
  const { t, locale } = useI18n();
  const { plan } = useCurrentPlan();
  const versions = useVersions();
  const shownScenario = useScenarioId(plan);
  const [key, setKey] = useReferenceKey(plan, versions, shownScenario);
  const { version, loading } = useVersionOf(key);
  const [wantedYear, setYear] = useState<number | null>(null);
  const state = useFollowUp(plan, key, version, wantedYear);
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);
  const grid = useRef<SheetGridHandle>(null);
  const [focus] = useState(() => createStore<string | null>(null));

  const result = state?.result ?? null;
  const year = result?.year ?? new Date().getFullYear();
  const rows = useFollowUpRows(plan, state?.reference.plan ?? null, result);
  const unit = plan?.plan.moneyUnit ?? 'tkr';
  const isVersion = !!key?.startsWith('v:');
  const ctx = useMemo(() => ({ unit, locale, t, year, version: isVersion }), [unit, locale, t, year, isVersion]);
  const columns = useMemo(() => followUpColumns(ctx), [ctx]);
  const groups = useMemo(() => followUpGroups(ctx), [ctx]);
  const writer = useMemo(
    () => actualsWriter<FollowUpRow>((e) => ({ actionId: e.row.action.id, year, field: ACTUAL_FIELD[e.column.id.split('.')[1] as FigureKey] })),
    [year],
  );
  const charts = useMemo(() => {
    if (!plan || !state) return null;
    const input = { plan, reference: state.reference, result: state.result, locale };
    return { spending: spendingModel(input, Math.max(state.result.year, new Date().getFullYear())), emissions: emissionsModel(input) };
  }, [plan, state, locale]);

  if (!plan) {
    return (
      <section className="view">
        <h1>{t('followup.title')}</h1>
        <p className="muted">{t('app.loading')}</p>
      </section>
    );
  }

  const references: [string, string][] = [
    ...(versions ?? []).map((v) => [`v:${v.id}`, t('followup.referenceVersion', { name: v.name, date: v.adoptedOn })] as [string, string]),
    ...plan.scenarios.map((s) => [`s:${s.id}`, t('followup.referencePlan', { name: s.name })] as [string, string]),
  ];
  const yearOptions: [string, string][] = (state?.years ?? []).map((y) => [String(y), String(y)]);
  if (result && !state!.years.includes(result.year)) yearOptions.push([String(result.year), String(result.year)]);

  return (
    <section className="view view--wide followup-view">
      <div className="followup-head">
        <h1>{t('followup.title')}</h1>
        <div className="followup-head__controls">
          {key && <LabeledSelect className="field followup-reference" label={t('followup.reference')} value={key} options={references} onChange={setKey} />}
          {result && (
            <LabeledSelect
              className="field"
              label={t('followup.year')}
              value={String(result.year)}
              options={yearOptions}
              onChange={(v) => setYear(Number(v))}
            />
          )}
          <button type="button" disabled={readOnly} onClick={openAdoptDialog}>
            {t('versions.adopt')}
          </button>
          {state && <FollowUpReportButton versionId={state.reference.versionId} scenarioId={state.reference.scenarioId} year={state.result.year} />}
        </div>
      </div>
      <p className="lead">{t('followup.intro')}</p>
      {versions && versions.length === 0 && <p className="followup-note">{t('followup.noVersions')}</p>}
      {loading || !state || !result ? (
        <p className="muted">{t('followup.loadingVersion')}</p>
      ) : (
        <>
          <FollowUpCards plan={plan} reference={state.reference} result={result} observed={state.observed} />
          <div className="followup-grid">
            <SheetGrid
              id="followup"
              label={t('followup.grid')}
              handle={grid}
              rows={rows}
              rowId={followUpRowId}
              rowLabel={(r) => r.action.code || r.action.name}
              columns={columns}
              groups={groups}
              writer={writer}
              noun={t('followup.noun')}
              quickFilter
              rowNumbers
              onFocusRow={focus.set}
              toolbar={<h2>{t('followup.grid')}</h2>}
            />
          </div>
          <FocusedActualsPanel plan={plan} reference={state.reference} focus={focus} years={state.years} />
          {charts && (
            <div className="followup-charts">
              <ChartFigure model={charts.spending} locale={locale} height={320} headingLevel={2} />
              <ChartFigure model={charts.emissions} locale={locale} height={320} headingLevel={2} />
            </div>
          )}
          <Changes plan={plan} reference={isVersion ? state.reference.plan : null} result={result} />
          <CommitmentFollowUp plan={plan} readOnly={readOnly} />
        </>
      )}
    </section>
  );
}
