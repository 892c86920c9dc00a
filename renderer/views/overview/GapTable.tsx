// Every target with the scenario's figure for its year and the gap: the table the council reads
// the headline numbers from.
import { formatNumber, formatPercent } from '../../../shared/format/number';
import { labelOf, SCOPE_LABELS, TARGET_KIND_LABELS } from '../../../shared/i18n/labels';
import { useI18n } from '../../i18n/I18nProvider';
import type { TargetGap } from './headline';

interface Props {
  gaps: TargetGap[];
  caption: string;
}

export function GapTable({ gaps, caption }: Props) {
  const { t, locale } = useI18n();
  const tons = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table gap-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.gaps.target')}</th>
            <th scope="col" className="num">
              {t('dashboard.gaps.year')}
            </th>
            <th scope="col">{t('dashboard.gaps.scope')}</th>
            <th scope="col" className="num">
              {t('dashboard.gaps.level')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.gaps.scenario')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.gaps.gap')}
            </th>
            <th scope="col" className="num">
              {t('dashboard.gaps.share')}
            </th>
            <th scope="col">{t('dashboard.gaps.met')}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map(({ target, result, share }) => (
            <tr key={target.id} data-target={target.id}>
              <th scope="row">
                {target.name}
                <span className="muted gap-table__kind"> · {labelOf(TARGET_KIND_LABELS, target.kind, locale)}</span>
              </th>
              <td className="num">{target.year}</td>
              <td>{labelOf(SCOPE_LABELS, target.scope, locale)}</td>
              <td className="num">{tons(result.level)}</td>
              <td className="num">{tons(result.scenario)}</td>
              <td className="num">{tons(result.gap)}</td>
              <td className="num">{share === null ? '–' : formatPercent(share, locale)}</td>
              <td>
                {result.met === null ? (
                  <span className="muted">{t('dashboard.gaps.offAxis')}</span>
                ) : result.met ? (
                  <span className="verdict verdict--met">✓ {t('dashboard.gaps.yes')}</span>
                ) : (
                  <span className="verdict verdict--missed">✗ {t('dashboard.gaps.no')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
