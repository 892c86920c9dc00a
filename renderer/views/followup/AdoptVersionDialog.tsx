// Fastställ version…: the name (default "Antagen <date>"), the date of the decision, the
// diarienummer and the adopted scenario. Node freezes the plan as it is, in one undo step.
import { useState } from 'react';
import { client } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentPlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { closeAdoptDialog, today } from './versions';

export function AdoptVersionDialog() {
  const { t } = useI18n();
  const { plan } = useCurrentPlan();
  const shownScenario = useScenarioId(plan);
  const [date, setDate] = useState(today());
  const [name, setName] = useState<string | null>(null);
  const [ref, setRef] = useState('');
  const [scenarioId, setScenarioId] = useState(shownScenario ?? '');
  // The name follows the date until the user writes one of their own.
  const shownName = name ?? t('versions.defaultName', { date });

  return (
    <FormDialog
      title={t('versions.adoptTitle')}
      intro={t('versions.adoptIntro')}
      submitLabel={t('versions.adoptSubmit')}
      ready={!!plan && plan.scenarios.length > 0}
      onClose={closeAdoptDialog}
      onSubmit={() => {
        if (!shownName.trim()) return t('versions.needName');
        return client
          .call('versions.create', { name: shownName.trim(), adoptedOn: date, scenarioId, ...(ref.trim() ? { decisionRef: ref.trim() } : {}) })
          .then((r) => {
            if (!r.ok) return r.error.message;
            closeAdoptDialog();
            return null;
          });
      }}
    >
      {(form) => (
        <div className="form-stack">
          <div className="field">
            <label htmlFor="adopt-date">{t('versions.adoptedOn')}</label>
            <input id="adopt-date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="adopt-name">{t('versions.name')}</label>
            <input
              id="adopt-name"
              type="text"
              value={shownName}
              aria-invalid={form.error ? true : undefined}
              aria-describedby={form.error ? form.errorId : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="adopt-ref">{t('versions.decisionRef')}</label>
            <input id="adopt-ref" type="text" value={ref} placeholder="KS 2026/123" onChange={(e) => setRef(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="adopt-scenario">{t('versions.scenario')}</label>
            <select id="adopt-scenario" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
              {plan?.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <FieldError id={form.errorId} error={form.error} />
        </div>
      )}
    </FormDialog>
  );
}
