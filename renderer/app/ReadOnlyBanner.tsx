// Says plainly why nothing can be edited: a colleague has the file open.
import { useDocument } from '../document/document-store';
import { formatDateTime } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';
import { useVersionOnView } from '../plan/version-view';

export function ReadOnlyBanner() {
  const { t, locale } = useI18n();
  const { status } = useDocument();
  // An adopted version on view says so in its own banner.
  const version = useVersionOnView();
  if (!status?.open || !status.readOnly || (version && !status.lockedBy)) return null;
  const lock = status.lockedBy;
  return (
    <div className="banner banner--warn" role="note">
      {lock ? t('readOnly.banner', { user: lock.user, host: lock.host, time: formatDateTime(lock.time, locale) }) : t('readOnly.bannerPlain')}
    </div>
  );
}
