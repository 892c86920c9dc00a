// The council report's card in Export: which scenario, which sections, and "Skapa PDF". Node
// renders the PDF with Chromium (report.pdf); the browser host hands it back as a download,
// Electron asks where to save it. Progress shows after half a second, with a cancel button.
import { useId, useState } from 'react';
import type { Plan } from '../../shared/domain/types';
import { REPORT_SECTIONS, SECTION_TITLES, type ReportSectionId } from '../../shared/report/sections';
import { client } from '../api/client';
import { LabeledSelect } from '../components/LabeledSelect';
import { useI18n } from '../i18n/I18nProvider';
import { download } from '../views/export/files';
import { TaskStatus } from '../views/export/TaskStatus';
import { useTask } from '../views/export/useTask';
import './panel.css';

interface Props {
  plan: Plan;
  /** The scenario the app shows; the report starts from it. */
  scenarioId: string | null;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function ExportPdfPanel({ plan, scenarioId }: Props) {
  const { t, locale } = useI18n();
  const heading = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [sections, setSections] = useState<ReadonlySet<ReportSectionId>>(() => new Set(REPORT_SECTIONS));
  const [task, run] = useTask();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const exists = (id: string | null) => id !== null && plan.scenarios.some((s) => s.id === id);
  const scenario = exists(picked) ? picked : exists(scenarioId) ? scenarioId : (plan.scenarios[0]?.id ?? null);

  function toggle(id: ReportSectionId, on: boolean): void {
    const next = new Set(sections);
    if (on) next.add(id);
    else next.delete(id);
    setSections(next);
  }

  async function create(): Promise<void> {
    if (!scenario) return;
    setOutcome(null);
    const chosen = REPORT_SECTIONS.filter((s) => sections.has(s));
    const r = await run((taskId) => client.call('report.pdf', { scenarioId: scenario, sections: chosen, taskId }));
    if (!r.ok) return setOutcome({ kind: 'error', text: r.error.message });
    const v = r.value;
    if (v.status === 'cancelled') return setOutcome({ kind: 'ok', text: t('reportPanel.cancelled') });
    if (v.status === 'download') {
      download(v.fileName, v.mime, v.base64);
      return setOutcome({ kind: 'ok', text: t('reportPanel.downloaded', { name: v.fileName }) });
    }
    setOutcome({ kind: 'ok', text: t('reportPanel.saved', { name: v.fileName }) });
  }

  return (
    <section className="card export-card report-panel" aria-labelledby={heading} data-slot="pdf-report">
      <h2 id={heading}>{t('reportPanel.title')}</h2>
      <p className="card__hint">{t('reportPanel.intro')}</p>
      {!scenario ? (
        <p className="muted">{t('reportPanel.noScenarios')}</p>
      ) : (
        <>
          <LabeledSelect
            className="report-panel__scenario"
            label={t('reportPanel.scenario')}
            value={scenario}
            onChange={setPicked}
            options={plan.scenarios.map((s) => [s.id, s.name] as const)}
            disabled={task.running}
          />
          <fieldset className="report-panel__sections" disabled={task.running}>
            <legend>{t('reportPanel.sections')}</legend>
            <div className="report-panel__choices">
              {REPORT_SECTIONS.map((id) => (
                <label key={id} className="inline-check">
                  <input type="checkbox" checked={sections.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
                  {SECTION_TITLES[id][locale]}
                </label>
              ))}
            </div>
            <div className="report-panel__bulk">
              <button type="button" onClick={() => setSections(new Set(REPORT_SECTIONS))}>
                {t('reportPanel.all')}
              </button>
              <button type="button" onClick={() => setSections(new Set())}>
                {t('reportPanel.none')}
              </button>
            </div>
          </fieldset>
          <div className="report-panel__actions">
            <button
              type="button"
              className="primary"
              disabled={task.running || sections.size === 0}
              onClick={() => void create()}
              aria-describedby={sections.size === 0 ? `${heading}-none` : undefined}
            >
              {task.running ? t('reportPanel.creating') : t('reportPanel.create')}
            </button>
            {sections.size === 0 && (
              <span id={`${heading}-none`} className="muted">
                {t('reportPanel.noSections')}
              </span>
            )}
          </div>
          <TaskStatus task={task} />
        </>
      )}
      {outcome && (
        <p className={outcome.kind === 'error' ? 'field__error' : 'export-ok'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
