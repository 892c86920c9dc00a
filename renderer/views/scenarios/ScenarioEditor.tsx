// The chosen scenario's settings: its name, which statuses it takes in, the delay, and the
// effect and cost factors. Each is stored on its own when the user is done with it; the API
// decides what is valid and says why.
import { useId } from 'react';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/ids';
import { effectFactorLooksWrong } from '../../../shared/domain/typos';
import type { Scenario } from '../../../shared/domain/types';
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { CommitField } from '../../components/CommitField';
import { useI18n } from '../../i18n/I18nProvider';
import { decimalFormat, textFormat, wholeFormat } from '../overview/setting-formats';

export function ScenarioEditor({ scenario, readOnly }: { scenario: Scenario; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();

  async function store(changes: Partial<Omit<Scenario, 'id'>>): Promise<string | null> {
    const result = await client.call('scenarios.update', { id: scenario.id, changes });
    return result.ok ? null : result.error.message;
  }

  function toggleStatus(status: ActionStatus, on: boolean): void {
    const next = ACTION_STATUSES.filter((s) => (s === status ? on : scenario.includeStatuses.includes(s)));
    void request('scenarios.update', { id: scenario.id, changes: { includeStatuses: next } });
  }

  return (
    <section className="card scenario-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('scenarios.editor', { name: scenario.name })}</h2>
      <div className="scenario-editor__grid">
        <CommitField
          key={`name-${scenario.id}`}
          className="scenario-editor__wide"
          label={t('scenarios.field.name')}
          value={scenario.name}
          disabled={readOnly}
          {...textFormat}
          onCommit={(name) => store({ name })}
        />
        <fieldset className="status-choice scenario-editor__wide" disabled={readOnly}>
          <legend>{t('scenarios.field.statuses')}</legend>
          {ACTION_STATUSES.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={scenario.includeStatuses.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} />
              {labelOf(STATUS_LABELS, s, locale)}
            </label>
          ))}
        </fieldset>
        <CommitField
          key={`delay-${scenario.id}`}
          label={t('scenarios.field.delay')}
          unit={t('scenarios.unit.years')}
          value={scenario.delayYears}
          inputMode="numeric"
          disabled={readOnly}
          {...wholeFormat('delayYears', locale, t)}
          onCommit={(delayYears) => store({ delayYears })}
        />
        <CommitField
          key={`effect-${scenario.id}`}
          label={t('scenarios.field.effectFactor')}
          value={scenario.effectFactor}
          inputMode="decimal"
          disabled={readOnly}
          hint={
            // Stored all the same: more than a doubled effect is possible, but rarely meant.
            effectFactorLooksWrong(scenario.effectFactor) ? (
              <span className="field__warn" role="status">
                {t('scenarios.warn.effectFactor', { factor: String(scenario.effectFactor).replace('.', locale === 'sv' ? ',' : '.') })}
              </span>
            ) : (
              t('scenarios.field.effectFactorHint')
            )
          }
          {...decimalFormat('effectFactor', locale, t, 3, locale === 'sv' ? '0,8' : '0.8')}
          onCommit={(effectFactor) => store({ effectFactor })}
        />
        <CommitField
          key={`cost-${scenario.id}`}
          label={t('scenarios.field.costFactor')}
          value={scenario.costFactor}
          inputMode="decimal"
          disabled={readOnly}
          hint={t('scenarios.field.costFactorHint')}
          {...decimalFormat('costFactor', locale, t, 3, locale === 'sv' ? '1,1' : '1.1')}
          onCommit={(costFactor) => store({ costFactor })}
        />
      </div>
    </section>
  );
}
