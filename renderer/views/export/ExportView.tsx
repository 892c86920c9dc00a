// Export: the council's PDF report (its card is another engineer's), the Excel workbook and
// the CSV, the import of actions and financing from Excel/CSV, and the baseline from the
// national emissions statistics.
import { useI18n } from '../../i18n/I18nProvider';
import { usePlan } from '../../plan/plan-store';
import { useScenarioId } from '../../plan/scenario-store';
import { ExportPdfPanel } from '../../report/ExportPdfPanel';
import { BaselineImport } from './BaselineImport';
import { ExportFiles } from './ExportFiles';
import { TableImport } from './TableImport';
import '../scenarios/scenarios.css';
import './export.css';

export function ExportView() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const scenarioId = useScenarioId(plan);
  return (
    <section className="view">
      <h1>{t('nav.export')}</h1>
      <p className="lead">{t('export.intro')}</p>
      {!plan ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <div className="export-grid">
          {/* The council report (renderer/report/). */}
          <ExportPdfPanel plan={plan} scenarioId={scenarioId} />
          <ExportFiles plan={plan} scenarioId={scenarioId} />
          <TableImport />
          <BaselineImport plan={plan} />
        </div>
      )}
    </section>
  );
}
