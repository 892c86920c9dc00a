// The plan's uncertainty per status (DESIGN §9): what an action takes for each field it leaves
// empty. A value the plan sets is shown plainly; the built-in default greyed.
import { useId } from 'react';
import { UNCERTAINTY_STATUSES } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/types';
import { labelOf, STATUS_LABELS } from '../../shared/i18n/labels';
import { BUILT_IN_UNCERTAINTY, UNCERTAINTY_FIELDS } from '../../shared/uncertainty';
import { useI18n } from '../i18n/I18nProvider';
import { formatUncertainty } from './fields';

export function DefaultsTable({ plan }: { plan: Plan; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  return (
    <section className="uncertainty-defaults" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('uncertainty.defaults.title')}</h3>
      <p className="card__hint">{t('uncertainty.defaults.hint')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('uncertainty.defaults.status')}</th>
              {UNCERTAINTY_FIELDS.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`uncertainty.field.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {UNCERTAINTY_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{labelOf(STATUS_LABELS, status, locale)}</th>
                {UNCERTAINTY_FIELDS.map((f) => {
                  const own = plan.uncertaintyDefaults?.[status]?.[f];
                  const value = own ?? BUILT_IN_UNCERTAINTY[status][f];
                  return (
                    <td key={f} className={own === undefined ? 'num uncertainty__default' : 'num'}>
                      {formatUncertainty(f, value, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
