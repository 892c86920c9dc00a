// Scenarier → Osäkerhet: the run's settings and state, the fan chart, the probabilities of the
// targets and the carbon budget, the ranges of investment and NPV, the drivers chart, and the
// status defaults. The draws run in a worker (runner.ts); nothing here waits for them.
import { useId, useMemo, useState } from 'react';
import type { TargetScope } from '../../shared/domain/ids';
import type { Plan, Scenario } from '../../shared/domain/types';
import { formatNumber, formatPercent } from '../../shared/format/number';
import { parseNumber } from '../../shared/format/parse';
import { DRAWS_LIMITS, SEED_LIMITS } from '../../shared/uncertainty';
import { ChartFigure } from '../charts/ChartFigure';
import { CommitField, type Parsed } from '../components/CommitField';
import { LabeledSelect } from '../components/LabeledSelect';
import { useI18n } from '../i18n/I18nProvider';
import { useStore } from '../lib/store';
import { useScenarioCalc } from '../views/scenarios/calc-cache';
import { driversModel, fanModel } from './charts';
import { DefaultsTable } from './DefaultsTable';
import { UncertaintyOdds } from './UncertaintyOdds';
import { setUncertaintySettings, uncertaintySettings } from './settings';
import { useUncertainty, type UncertaintyView } from './useUncertainty';
import './uncertainty.css';

export function UncertaintySection({ plan, scenario, readOnly }: { plan: Plan; scenario: Scenario; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const view = useUncertainty(plan, scenario.id);
  const calc = useScenarioCalc(plan, scenario.id);
  const hasSinks = plan.sectors.some((s) => s.isSink);
  const [wantedScope, setScope] = useState<TargetScope>('gross');
  const scope = hasSinks ? wantedScope : 'gross';
  const { result } = view;
  const fan = useMemo(
    () => (result && calc ? fanModel({ plan, result, calc, scope, scenarioName: scenario.name, locale }) : null),
    [plan, result, calc, scope, scenario.name, locale],
  );
  const drivers = useMemo(() => (result ? driversModel({ plan, result, locale }) : null), [plan, result, locale]);
  const years = calc?.years ?? [];

  return (
    <section className="card uncertainty" aria-labelledby={headingId} aria-busy={view.running}>
      <h2 id={headingId}>{t('uncertainty.title')}</h2>
      <p className="card__hint">{t('uncertainty.intro')}</p>
      <RunControls view={view} />
      {fan && (
        <div className={view.stale ? 'uncertainty__result uncertainty__result--stale' : 'uncertainty__result'}>
          <ChartFigure
            model={fan}
            locale={locale}
            headingLevel={3}
            height={380}
            controls={
              hasSinks && (
                <LabeledSelect
                  className="chart-choice"
                  inline
                  label={t('uncertainty.scope')}
                  value={scope}
                  onChange={(v) => setScope(v as TargetScope)}
                  options={[
                    ['gross', t('uncertainty.scope.gross')],
                    ['net', t('uncertainty.scope.net')],
                  ]}
                />
              )
            }
          />
          {result && <UncertaintyOdds plan={plan} result={result} headingLevel={3} />}
          {drivers && (
            <ChartFigure
              model={drivers}
              locale={locale}
              headingLevel={3}
              height={360}
              controls={
                <LabeledSelect
                  className="chart-choice"
                  inline
                  label={t('uncertainty.driversYear')}
                  value={String(result?.drivers.year ?? '')}
                  onChange={(v) => setUncertaintySettings({ year: Number(v) })}
                  options={years.map((y) => [String(y), String(y)])}
                />
              }
            />
          )}
        </div>
      )}
      <DefaultsTable plan={plan} readOnly={readOnly} />
    </section>
  );
}

function wholeIn(text: string, limits: { min: number; max: number }, message: string, locale: 'sv' | 'en'): Parsed<number> {
  const v = parseNumber(text, locale);
  return v !== null && Number.isInteger(v) && v >= limits.min && v <= limits.max ? { ok: true, value: v } : { ok: false, message };
}

/** Draws and seed, the run's state (progress after 300 ms), and run again / cancel. */
function RunControls({ view }: { view: UncertaintyView }) {
  const { t, locale } = useI18n();
  const settings = useStore(uncertaintySettings);
  const commit = (change: Partial<typeof settings>) => {
    setUncertaintySettings(change);
    return Promise.resolve(null);
  };
  return (
    <div className="uncertainty__controls">
      <CommitField
        label={t('uncertainty.draws')}
        value={settings.draws}
        format={(v) => formatNumber(v, locale)}
        parse={(text) => wholeIn(text, DRAWS_LIMITS, t('uncertainty.badDraws'), locale)}
        onCommit={(draws) => commit({ draws })}
        inputMode="numeric"
        className="uncertainty__field"
      />
      <CommitField
        label={t('uncertainty.seed')}
        value={settings.seed}
        format={(v) => String(v)}
        parse={(text) => wholeIn(text, SEED_LIMITS, t('uncertainty.badSeed'), locale)}
        onCommit={(seed) => commit({ seed })}
        inputMode="numeric"
        className="uncertainty__field"
      />
      <div className="uncertainty__run">
        {view.running ? (
          <button type="button" onClick={view.cancel}>
            {t('uncertainty.cancel')}
          </button>
        ) : (
          <button type="button" onClick={view.rerun}>
            {t('uncertainty.run')}
          </button>
        )}
        <RunStatus view={view} />
      </div>
      <p className="card__hint uncertainty__hint">{t('uncertainty.seedHint')}</p>
    </div>
  );
}

function RunStatus({ view }: { view: UncertaintyView }) {
  const { t, locale } = useI18n();
  if (view.error)
    return (
      <p className="field__error" role="alert">
        {t('uncertainty.error', { message: view.error })}
      </p>
    );
  if (view.progress !== null) {
    return (
      <div className="uncertainty__progress" role="status">
        <progress value={view.progress} max={1} aria-label={t('uncertainty.progress')} />
        <span>{t('uncertainty.running', { percent: formatPercent(view.progress, locale, 0) })}</span>
        {view.stale && <span className="muted"> {t('uncertainty.stale')}</span>}
      </div>
    );
  }
  if (!view.result)
    return (
      <p className="muted" role="status">
        {view.running ? t('uncertainty.waiting') : ''}
      </p>
    );
  if (view.cancelled && view.stale)
    return (
      <p className="muted" role="status">
        {t('uncertainty.cancelled')}
      </p>
    );
  return (
    <p className="muted" role="status">
      {view.resultMs === null
        ? ''
        : t('uncertainty.doneIn', {
            draws: formatNumber(view.result.draws, locale),
            seed: view.result.seed,
            seconds: formatNumber(view.resultMs / 1000, locale, 1),
          })}
    </p>
  );
}
