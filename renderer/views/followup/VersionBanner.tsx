// Says which adopted version every view is showing, that it cannot be changed, and the way back.
import { useI18n } from '../../i18n/I18nProvider';
import { leaveVersion, useVersionOnView } from '../../plan/version-view';

export function VersionBanner() {
  const { t } = useI18n();
  const on = useVersionOnView();
  if (!on) return null;
  const { name, adoptedOn, decisionRef } = on.info;
  return (
    <div className="banner banner--version" role="note">
      <p>
        <strong>{t('versions.banner', { name })}</strong> {t('versions.bannerDetail', { date: adoptedOn, ref: decisionRef ? `, ${decisionRef}` : '' })}
      </p>
      <button type="button" onClick={leaveVersion}>
        {t('versions.back')}
      </button>
    </div>
  );
}
