// Region: several municipalities' plans side by side and summed (DESIGN §11). Choose the plans
// (the .klimat files of the host's folder, or those chosen in Electron's dialog), the scenario
// id once, and roll them up: each file is checked by the open gate and calculated in Node, with
// a progress bar meanwhile. Works without an open plan.
import { useEffect, useId, useMemo, useState } from 'react';
import type { RollupFiles } from '../../../shared/api/calls/rollup';
import type { RollupResult } from '../../../shared/rollup';
import { client } from '../../api/client';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/translate';
import { FileChoice } from './FileChoice';
import { RegionResults } from './RegionResults';
import { useRollup, type RollupState } from './useRollup';
import './region.css';

/** The scenario ids every new plan has (DESIGN §2, `new`), offered before any plan has been read. */
const COMMON_SCENARIOS = [
  ['decided', 'region.scenario.decided'],
  ['all', 'region.scenario.all'],
] as const;

/** Each plan's first, the common ids, and every id the plans read last time have, with its name there. */
function scenarioOptions(result: RollupResult | null, t: Translate): [string, string][] {
  const names = new Map<string, string>(COMMON_SCENARIOS.map(([id, key]) => [id, t(key)]));
  for (const p of result?.plans ?? []) for (const s of p.scenarios) if (!names.has(s.id)) names.set(s.id, s.name);
  return [['', t('region.scenario.first')], ...[...names].map(([id, name]): [string, string] => [id, `${name} (${id})`])];
}

export function RegionView() {
  const { t } = useI18n();
  const headingId = useId();
  const [files, setFiles] = useState<RollupFiles | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [scenarioId, setScenarioId] = useState('');
  const { state, run, cancel } = useRollup();
  // The scenarios the plans read last time have, to choose from for the next roll-up.
  const [known, setKnown] = useState<RollupResult | null>(null);
  useEffect(() => {
    if (state.phase === 'done') setKnown(state.result);
  }, [state]);

  useEffect(() => {
    let current = true;
    void client.call('rollup.files', {}).then((r) => {
      if (!current) return;
      if (!r.ok) return setError(r.error.message);
      setFiles(r.value);
      const names = r.value.files.map((f) => f.name);
      setChosen(new Set(names));
      // Electron's window: the dialog has already chosen; roll them up at once.
      if (r.value.source === 'chosen' && names.length) void run(names, undefined);
    });
    return () => {
      current = false;
    };
  }, [run]);

  const options = useMemo(() => scenarioOptions(known, t), [known, t]);
  const running = state.phase === 'running';
  const names = (files?.files ?? []).map((f) => f.name).filter((n) => chosen.has(n));

  return (
    <section className="view region" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('nav.region')}</h1>
      <p className="lead">{t('region.lead')}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {files?.source === 'none' && <p className="chart__empty">{t('region.files.none')}</p>}
      {files && files.source !== 'none' && (
        <section className="card region-choice" aria-label={t(files.source === 'folder' ? 'region.files.folder' : 'region.files.chosen')}>
          <h2>{t(files.source === 'folder' ? 'region.files.folder' : 'region.files.chosen')}</h2>
          {files.files.length === 0 ? (
            <p className="chart__empty">{t('region.files.empty')}</p>
          ) : (
            <>
              <FileChoice files={files.files} chosen={chosen} onChange={setChosen} disabled={running} />
              <div className="region-run">
                <LabeledSelect label={t('region.scenario.label')} value={scenarioId} options={options} onChange={setScenarioId} disabled={running} />
                <button type="button" className="primary" disabled={running || names.length === 0} onClick={() => void run(names, scenarioId || undefined)}>
                  {t('region.run')}
                </button>
              </div>
              <p className="card__hint">{names.length === 0 ? t('region.noneChosen') : t('region.scenario.hint')}</p>
            </>
          )}
        </section>
      )}
      <RunState state={state} onCancel={cancel} />
    </section>
  );
}

function RunState({ state, onCancel }: { state: RollupState; onCancel(): void }) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const { done, total } = state.progress;
      return (
        <div className="region-progress" role="status">
          <span>{t('region.running')}</span>
          <progress max={total} value={done} aria-label={t('region.running')} />
          <span className="muted">{t('region.progress', { done, total })}</span>
          <button type="button" onClick={onCancel}>
            {t('region.cancel')}
          </button>
        </div>
      );
    }
    case 'error':
      return (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      );
    case 'cancelled':
      return <p role="status">{t('region.cancelled')}</p>;
    case 'done':
      return <RegionResults result={state.result} names={state.names} scenarioId={state.scenarioId} />;
  }
}
