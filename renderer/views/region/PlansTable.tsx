// One row per plan: municipality, title, file, scenario, emissions in its first year, 2030 and
// 2040 (with the baseline), its own targets met and the largest gap, and t per inhabitant; the
// region's sum at the foot. Duplicates are flagged, and the one that does not count is muted.
import { planMilestones, targetsMet, valueIn, perInhabitant, type RollupPlan, type RollupResult } from '../../../shared/rollup';
import { POPULATION_YEAR } from '../../../shared/reference/population';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { perPersonText, tonsText } from './format';

/** The year of the per-inhabitant column: the plans' 2030 milestone (planMilestones). */
const PER_INHABITANT_YEAR = 2030;

function Emission({ year, gross, baseline, showYear }: { year: number; gross: number | null; baseline: number | null; showYear?: boolean }) {
  const { t, locale } = useI18n();
  if (gross === null) return <span className="muted">{t('region.offAxis')}</span>;
  return (
    <>
      <span className="region-cell__value">
        {showYear && <span className="muted">{year}: </span>}
        {tonsText(gross, locale)}
      </span>
      <span className="region-cell__detail muted">{t('region.baseline', { value: tonsText(baseline, locale) })}</span>
    </>
  );
}

function DuplicateBadge({ plan }: { plan: RollupPlan }) {
  const { t } = useI18n();
  if (!plan.duplicate) return null;
  return (
    <span className={plan.counted ? 'badge badge--counted' : 'badge badge--ignored'}>
      {t(plan.counted ? 'region.duplicate.counted' : 'region.duplicate.notCounted')}
    </span>
  );
}

function PlanRow({ result, plan }: { result: RollupResult; plan: RollupPlan }) {
  const { t, locale } = useI18n();
  const [first, y2030, y2040] = planMilestones(result, plan);
  const met = targetsMet(plan);
  return (
    <tr data-file={plan.file} data-code={plan.municipalityCode} className={plan.counted ? undefined : 'region-row--ignored'}>
      <th scope="row">
        {plan.municipality} <span className="muted">{plan.municipalityCode}</span>
        <DuplicateBadge plan={plan} />
      </th>
      <td>
        {plan.title}
        <span className="region-cell__detail muted">
          {plan.file} · {plan.scenarioName} · {t('region.savedAt', { time: formatDateTime(plan.savedAt, locale) })}
        </span>
      </td>
      <td className="num">
        <Emission year={first.year} gross={first.gross} baseline={first.baselineGross} showYear />
      </td>
      <td className="num">
        <Emission year={2030} gross={y2030.gross} baseline={y2030.baselineGross} />
      </td>
      <td className="num">
        <Emission year={2040} gross={y2040.gross} baseline={y2040.baselineGross} />
      </td>
      <td>
        {met.total === 0 ? (
          <span className="muted">{t('region.targets.none')}</span>
        ) : (
          <>
            <span className={met.met === met.judged ? 'verdict verdict--met' : 'verdict verdict--missed'}>
              {met.met === met.judged ? '✓' : '✗'} {t('region.targets.met', { met: met.met, judged: met.judged })}
            </span>
            {met.largestGap !== null && (
              <span className="region-cell__detail muted">{t('region.targets.gap', { value: tonsText(met.largestGap, locale) })}</span>
            )}
          </>
        )}
      </td>
      <td className="num">{perPersonText(y2030.perInhabitant, locale)}</td>
    </tr>
  );
}

/**
 * The region's "first plan year": the first year every counted plan covers, so that the sum
 * there holds all of them (the earliest year would hold only the plans that start first).
 */
function commonFirstYear(result: RollupResult): number | null {
  const counted = result.plans.filter((p) => p.counted);
  if (counted.length === 0) return null;
  const year = Math.max(...counted.map((p) => p.startYear));
  return year <= Math.min(...counted.map((p) => p.endYear)) ? year : null;
}

export function PlansTable({ result }: { result: RollupResult }) {
  const { t, locale } = useI18n();
  const { years, total } = result;
  const counted = result.plans.filter((p) => p.counted).length;
  const at = (series: (number | null)[], year: number) => valueIn(years, series, year);
  const region = perInhabitant(result).region;
  const common = commonFirstYear(result);
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table region-table" data-table="plans">
        <caption className="visually-hidden">{t('region.plans.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region.col.municipality')}</th>
            <th scope="col">{t('region.col.plan')}</th>
            <th scope="col" className="num">
              {t('region.col.first')}
            </th>
            <th scope="col" className="num">
              2030
            </th>
            <th scope="col" className="num">
              2040
            </th>
            <th scope="col">{t('region.col.targets')}</th>
            <th scope="col" className="num">
              {t('region.col.perInhabitant', { year: PER_INHABITANT_YEAR })}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.plans.map((p) => (
            <PlanRow key={p.file} result={result} plan={p} />
          ))}
        </tbody>
        {years.length > 0 && (
          <tfoot>
            <tr data-row="total">
              <th scope="row" colSpan={2}>
                {t('region.sum', { n: counted })}
              </th>
              <td className="num">
                {common === null ? '–' : <Emission year={common} gross={at(total.gross, common)} baseline={at(total.baselineGross, common)} showYear />}
              </td>
              <td className="num">
                <Emission year={2030} gross={at(total.gross, 2030)} baseline={at(total.baselineGross, 2030)} />
              </td>
              <td className="num">
                <Emission year={2040} gross={at(total.gross, 2040)} baseline={at(total.baselineGross, 2040)} />
              </td>
              <td />
              <td className="num" title={String(POPULATION_YEAR)}>
                {perPersonText(at(region, PER_INHABITANT_YEAR), locale)}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
