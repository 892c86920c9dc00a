// Investment by cost bearer, secured financing and the financing gap per plan, in millions of
// kronor over each plan's period; the sum of the plans that count at the foot.
import { COST_BEARERS } from '../../../shared/domain/ids';
import { COST_BEARER_LABELS, labelOf } from '../../../shared/i18n/labels';
import type { RollupPlan, RollupResult } from '../../../shared/rollup';
import { useI18n } from '../../i18n/I18nProvider';
import { mnkrText } from './format';

type Money = (p: RollupPlan) => number;

const COLUMNS: Money[] = [
  ...COST_BEARERS.map(
    (b): Money =>
      (p) =>
        p.capexByCostBearer[b],
  ),
  (p) => p.capexSek,
  (p) => p.securedSek,
  (p) => p.financingGapSek,
];

export function InvestmentTable({ result }: { result: RollupResult }) {
  const { t, locale } = useI18n();
  const counted = result.plans.filter((p) => p.counted);
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table region-table" data-table="investment">
        <caption className="visually-hidden">{t('region.invest.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region.col.municipality')}</th>
            {COST_BEARERS.map((b) => (
              <th key={b} scope="col" className="num">
                {labelOf(COST_BEARER_LABELS, b, locale)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('region.col.total')}
            </th>
            <th scope="col" className="num">
              {t('region.col.secured')}
            </th>
            <th scope="col" className="num">
              {t('region.col.gap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.plans.map((p) => (
            <tr key={p.file} data-file={p.file} className={p.counted ? undefined : 'region-row--ignored'}>
              <th scope="row">
                {p.municipality}
                <span className="region-cell__detail muted">{p.file}</span>
              </th>
              {COLUMNS.map((money, k) => (
                <td key={k} className="num">
                  {mnkrText(money(p), locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-row="total">
            <th scope="row">{t('region.sum', { n: counted.length })}</th>
            {COLUMNS.map((money, k) => (
              <td key={k} className="num">
                {mnkrText(
                  counted.reduce((s, p) => s + money(p), 0),
                  locale,
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
