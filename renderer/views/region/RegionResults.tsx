// The roll-up as the user reads it: headline figures, duplicates and refused files, the table
// of plans, investment and financing, the region's charts (with table view and PNG like every
// chart), and the export to Excel.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { POPULATION_YEAR } from '../../../shared/reference/population';
import { valueIn, type RollupResult } from '../../../shared/rollup';
import { client } from '../../api/client';
import { ChartFigure } from '../../charts/ChartFigure';
import { regionPerInhabitantModel, regionStackModel, regionTotalModel } from '../../charts/models/region';
import { useI18n } from '../../i18n/I18nProvider';
import { download } from '../export/files';
// The headline figures look like Översikt's.
import '../overview/dashboard.css';
import { mnkrText, tonsText } from './format';
import { InvestmentTable } from './InvestmentTable';
import { PlansTable } from './PlansTable';

interface Props {
  result: RollupResult;
  names: string[];
  scenarioId: string | undefined;
}

export function RegionResults({ result, names, scenarioId }: Props) {
  const { t, locale } = useI18n();
  const ids = { plans: useId(), invest: useId(), charts: useId(), refused: useId() };
  const charts = useMemo(
    () => [regionStackModel(result, locale), regionTotalModel(result, locale), regionPerInhabitantModel(result, locale)],
    [result, locale],
  );
  const duplicates = [...new Set(result.plans.filter((p) => p.duplicate).map((p) => p.municipality))];
  // A finished roll-up takes the focus, so that the eye and a screen reader land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const h = heading.current;
    if (!h) return;
    h.focus({ preventScroll: true });
    // Only the view's own scroller moves (scrollIntoView would also shift the window's frame).
    const scroller = h.closest('.main');
    if (scroller) scroller.scrollTop += h.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 12;
  }, [result]);
  const named = result.plans.find((p) => p.scenarioId === scenarioId);
  const scenario = scenarioId === undefined ? t('region.results.eachFirst') : named ? `${named.scenarioName} (${scenarioId})` : scenarioId;
  return (
    <div className="region-results">
      <div className="region-results__head">
        <h2 ref={heading} tabIndex={-1}>
          {t('region.results.title', { scenario })}
        </h2>
        <ExportButton names={names} scenarioId={scenarioId} />
      </div>
      <Headline result={result} />
      {duplicates.length > 0 && (
        <p className="region-note" role="note">
          {t('region.duplicates.note', { list: duplicates.join(', ') })}
        </p>
      )}
      <section className="card" aria-labelledby={ids.plans}>
        <h2 id={ids.plans}>{t('region.plans.title')}</h2>
        <p className="card__hint">{t('region.plans.hint', { year: POPULATION_YEAR })}</p>
        <PlansTable result={result} />
      </section>
      {result.refused.length > 0 && (
        <section className="card region-refused" aria-labelledby={ids.refused}>
          <h2 id={ids.refused}>{t('region.refused.title', { n: result.refused.length })}</h2>
          <table className="data-table" data-table="refused">
            <thead>
              <tr>
                <th scope="col">{t('region.col.file')}</th>
                <th scope="col">{t('region.refused.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.refused.map((r) => (
                <tr key={r.file} data-file={r.file}>
                  <th scope="row">{r.file}</th>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="card" aria-labelledby={ids.invest}>
        <h2 id={ids.invest}>{t('region.invest.title')}</h2>
        <p className="card__hint">{t('region.invest.hint')}</p>
        <InvestmentTable result={result} />
      </section>
      <section className="region-charts" aria-labelledby={ids.charts}>
        <h2 id={ids.charts}>{t('region.charts.title')}</h2>
        {charts.map((model) => (
          <ChartFigure key={model.id} model={model} locale={locale} height={360} />
        ))}
      </section>
    </div>
  );
}

function Headline({ result }: { result: RollupResult }) {
  const { t, locale } = useI18n();
  const counted = result.plans.filter((p) => p.counted);
  const sum = (f: (p: (typeof counted)[number]) => number) => counted.reduce((s, p) => s + f(p), 0);
  const tons = (v: number | null) => `${tonsText(v, locale)} t`;
  const mnkr = (sek: number) => `${mnkrText(sek, locale)} mnkr`;
  return (
    <dl className="kpis" data-headline>
      <div className="kpi">
        <dt>{t('region.kpi.plans')}</dt>
        <dd className="kpi__value">{formatNumber(counted.length, locale)}</dd>
        <dd className="kpi__detail">
          {t('region.kpi.plansDetail', {
            files: result.plans.length + result.refused.length,
            refused: result.refused.length + result.plans.length - counted.length,
            duplicates: result.plans.filter((p) => p.duplicate).length,
          })}
        </dd>
      </div>
      {[2030, 2040].map((year) => (
        <div className="kpi" key={year}>
          <dt>{t('region.kpi.emissions', { year })}</dt>
          <dd className="kpi__value">{tons(valueIn(result.years, result.total.gross, year))}</dd>
          <dd className="kpi__detail">{t('region.kpi.emissionsDetail', { value: tons(valueIn(result.years, result.total.baselineGross, year)) })}</dd>
        </div>
      ))}
      <div className="kpi">
        <dt>{t('region.kpi.capex')}</dt>
        <dd className="kpi__value">{mnkr(sum((p) => p.capexSek))}</dd>
        <dd className="kpi__detail">{t('region.kpi.capexDetail', { value: mnkr(sum((p) => p.securedSek)) })}</dd>
      </div>
      <div className="kpi">
        <dt>{t('region.kpi.gap')}</dt>
        <dd className="kpi__value">{mnkr(sum((p) => p.financingGapSek))}</dd>
        <dd className="kpi__detail">{t('region.kpi.gapDetail')}</dd>
      </div>
    </dl>
  );
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

function ExportButton({ names, scenarioId }: { names: string[]; scenarioId: string | undefined }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function exportXlsx() {
    setBusy(true);
    setOutcome(null);
    const r = await client.call('rollup.export', { names, scenarioId });
    setBusy(false);
    if (!r.ok) return setOutcome({ kind: 'error', text: r.error.message });
    const v = r.value;
    if (v.status === 'cancelled') return;
    if (v.status === 'download') {
      download(v.fileName, v.mime, v.base64);
      return setOutcome({ kind: 'ok', text: t('region.export.downloaded', { name: v.fileName }) });
    }
    setOutcome({ kind: 'ok', text: t('region.export.saved', { name: v.fileName }) });
  }
  return (
    <div className="region-export">
      <button type="button" className="primary" disabled={busy} onClick={() => void exportXlsx()}>
        {t('region.export')}
      </button>
      {outcome && (
        <p className={outcome.kind === 'error' ? 'field__error' : 'export-ok'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
