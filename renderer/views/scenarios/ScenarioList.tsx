// The plan's scenarios: which one the views show, and create, copy, delete. Renaming and the
// scenario's settings are in the editor beside it.
import { useId, useState } from 'react';
import { ACTION_STATUSES } from '../../../shared/domain/ids';
import type { Plan, Scenario } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../../shared/i18n/labels';
import { request } from '../../api/request';
import { ConfirmDialog } from '../../document/dialogs/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { chooseScenario } from '../../plan/scenario-store';
import { freshName } from './fresh-name';
import { OptimiseDialog } from './optimise/OptimiseDialog';

interface Props {
  plan: Plan;
  scenarioId: string | null;
  readOnly: boolean;
}

/** The settings a copy takes over: everything but the id and the name. */
export function copyValues(s: Scenario, name: string): Omit<Scenario, 'id'> {
  const values: Omit<Scenario, 'id'> = {
    name,
    includeStatuses: [...s.includeStatuses],
    include: [...s.include],
    exclude: [...s.exclude],
    delayYears: s.delayYears,
    effectFactor: s.effectFactor,
    costFactor: s.costFactor,
  };
  if (s.startYears) values.startYears = Object.fromEntries(Object.entries(s.startYears));
  return values;
}

export function ScenarioList({ plan, scenarioId, readOnly }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [deleting, setDeleting] = useState<Scenario | null>(null);
  const [optimising, setOptimising] = useState(false);
  const names = plan.scenarios.map((s) => s.name);

  async function create(): Promise<void> {
    const created = await request('scenarios.create', { values: { name: freshName(t('scenarios.newName'), names) } });
    if (created) chooseScenario(created.id);
  }

  async function copy(s: Scenario): Promise<void> {
    const created = await request('scenarios.create', { values: copyValues(s, freshName(t('scenarios.copyName', { name: s.name }), names)) });
    if (created) chooseScenario(created.id);
  }

  async function remove(s: Scenario): Promise<void> {
    setDeleting(null);
    await request('scenarios.delete', { id: s.id });
  }

  const statusList = (s: Scenario) =>
    ACTION_STATUSES.filter((st) => s.includeStatuses.includes(st))
      .map((st) => labelOf(STATUS_LABELS, st, locale))
      .join(', ') || t('scenarios.noStatuses');

  return (
    <section className="card scenario-list" aria-labelledby={headingId}>
      <div className="card__head">
        <h2 id={headingId}>{t('scenarios.list')}</h2>
        <div className="row-actions">
          <button type="button" onClick={() => setOptimising(true)} disabled={plan.scenarios.length === 0}>
            {t('optimise.open')}
          </button>
          <button type="button" className="primary" onClick={() => void create()} disabled={readOnly}>
            {t('scenarios.create')}
          </button>
        </div>
      </div>
      <div className="table-scroll table-scroll--tall">
        <table className="data-table">
          <caption className="visually-hidden">{t('scenarios.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.name')}</th>
              <th scope="col">{t('scenarios.statuses')}</th>
              <th scope="col" className="num">
                {t('scenarios.delayShort')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.effectShort')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.costShort')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('scenarios.commands')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.scenarios.map((s) => {
              const current = s.id === scenarioId;
              return (
                <tr key={s.id} aria-current={current ? 'true' : undefined}>
                  <th scope="row">
                    {s.name}
                    {current && <span className="tag tag--current">{t('scenarios.shownTag')}</span>}
                  </th>
                  <td>
                    {statusList(s)}
                    {s.include.length + s.exclude.length > 0 && (
                      <span className="muted"> {t('scenarios.exceptions', { include: s.include.length, exclude: s.exclude.length })}</span>
                    )}
                    {s.startYears && <span className="muted"> {t('scenarios.moved', { count: Object.keys(s.startYears).length })}</span>}
                  </td>
                  <td className="num">{formatNumber(s.delayYears, locale)}</td>
                  <td className="num">{formatNumber(s.effectFactor, locale, 2)}</td>
                  <td className="num">{formatNumber(s.costFactor, locale, 2)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" onClick={() => chooseScenario(s.id)} disabled={current} aria-label={t('scenarios.showNamed', { name: s.name })}>
                        {t('scenarios.show')}
                      </button>
                      <button type="button" onClick={() => void copy(s)} disabled={readOnly} aria-label={t('scenarios.copyNamed', { name: s.name })}>
                        {t('scenarios.copy')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => setDeleting(s)}
                        disabled={readOnly}
                        aria-label={t('scenarios.deleteNamed', { name: s.name })}
                      >
                        {t('scenarios.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {optimising && <OptimiseDialog plan={plan} scenarioId={scenarioId} readOnly={readOnly} onClose={() => setOptimising(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('scenarios.deleteTitle')}
          onClose={() => setDeleting(null)}
          choices={[
            { label: t('dialog.cancel'), onChoose: () => setDeleting(null), safe: true },
            { label: t('scenarios.deleteConfirm'), onChoose: () => void remove(deleting), primary: true },
          ]}
        >
          <p>{t('scenarios.deleteBody', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
