// Excel workbook and CSV of the action list, for the chosen scenario.
import { useId, useState } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ScenarioPicker } from '../scenarios/ScenarioPicker';
import { download } from './files';
import { TaskStatus } from './TaskStatus';
import { useTask } from './useTask';
import { useStore } from '../../lib/store';
import { uncertaintySettings } from '../../uncertainty/settings';
import { formatNumber } from '../../../shared/format/number';

interface Props {
  plan: Plan;
  scenarioId: string | null;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function ExportFiles({ plan, scenarioId }: Props) {
  const { t, locale } = useI18n();
  const heading = useId();
  const [task, run] = useTask();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [withUncertainty, setWithUncertainty] = useState(true);
  const { draws, seed } = useStore(uncertaintySettings);

  async function exportAs(format: 'xlsx' | 'csv') {
    setOutcome(null);
    const uncertainty = format === 'xlsx' && withUncertainty ? { draws, seed } : undefined;
    const r = await run((taskId) => client.call('exchange.export', { format, scenarioId: scenarioId ?? undefined, uncertainty, taskId }));
    if (!r.ok) return setOutcome({ kind: 'error', text: r.error.message });
    const v = r.value;
    if (v.status === 'cancelled') return setOutcome({ kind: 'ok', text: t('export.cancelled') });
    if (v.status === 'download') {
      download(v.fileName, v.mime, v.base64);
      return setOutcome({ kind: 'ok', text: t('export.downloaded', { name: v.fileName }) });
    }
    setOutcome({ kind: 'ok', text: t('export.saved', { name: v.fileName }) });
  }

  return (
    <section className="card export-card" aria-labelledby={heading}>
      <div className="card__head">
        <h2 id={heading}>{t('export.files.title')}</h2>
        <ScenarioPicker plan={plan} scenarioId={scenarioId} />
      </div>
      <p className="card__hint">{t('export.files.scenarioHint')}</p>
      <div className="export-choices">
        <div className="export-choice">
          <button type="button" className="primary" disabled={task.running} onClick={() => void exportAs('xlsx')}>
            {t('export.xlsx.button')}
          </button>
          <p className="muted">{t('export.xlsx.what', { unit: MONEY_UNIT_LABELS[plan.plan.moneyUnit][locale] })}</p>
          <label className="export-option">
            <input type="checkbox" checked={withUncertainty} disabled={task.running} onChange={(e) => setWithUncertainty(e.target.checked)} />
            {t('uncertainty.exportSheet', { draws: formatNumber(draws, locale), seed })}
          </label>
        </div>
        <div className="export-choice">
          <button type="button" disabled={task.running} onClick={() => void exportAs('csv')}>
            {t('export.csv.button')}
          </button>
          <p className="muted">{t('export.csv.what')}</p>
        </div>
      </div>
      <TaskStatus task={task} />
      {outcome && (
        <p className={outcome.kind === 'error' ? 'field__error' : 'export-ok'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
