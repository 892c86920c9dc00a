// A view that a later issue fills in: its heading and what it will hold.
import type { MessageKey } from '../../i18n/sv';
import { useI18n } from '../../i18n/I18nProvider';

export function PlaceholderView({ title, text }: { title: MessageKey; text: MessageKey }) {
  const { t } = useI18n();
  return (
    <section className="view">
      <h1>{t(title)}</h1>
      <p className="lead">{t(text)}</p>
    </section>
  );
}
