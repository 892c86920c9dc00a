// Whose plan this is: the municipality, its kommunkod and län, and the plan's time axis.
import type { PlanSettings } from '../../../shared/domain/types';
import { MUNICIPALITIES } from '../../../shared/reference/municipalities';
import { useI18n } from '../../i18n/I18nProvider';

export function PlanIdentity({ settings }: { settings: PlanSettings }) {
  const { t } = useI18n();
  const county = MUNICIPALITIES.find((m) => m.code === settings.municipalityCode)?.county;
  return (
    <div className="identity">
      <p className="identity__title">{settings.title || settings.municipality}</p>
      <dl className="identity__facts">
        <div>
          <dt>{t('overview.municipality')}</dt>
          <dd>
            {settings.municipality}
            {county && <span className="muted"> · {county}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('overview.municipalityCode')}</dt>
          <dd>{settings.municipalityCode}</dd>
        </div>
        <div>
          <dt>{t('overview.period')}</dt>
          <dd>
            {settings.startYear}–{settings.endYear}
          </dd>
        </div>
      </dl>
    </div>
  );
}
