// The user's name in the change log: the computer account's unless set here. A new name applies
// to the open plan at once.
import { useEffect, useId, useState } from 'react';
import type { UserSettings } from '../../../shared/api/calls/settings';
import { client } from '../../api/client';
import { useCallData } from '../../api/useCallData';
import { useI18n } from '../../i18n/I18nProvider';

export function UserName() {
  const { t } = useI18n();
  const id = useId();
  const settings = useCallData('settings.get', {});
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    if (settings.data) setName(settings.data.custom ? settings.data.userName : '');
  }, [settings.data]);

  async function save() {
    const r = await client.call('settings.update', { userName: name });
    if (!r.ok) {
      setMessage({ error: true, text: r.error.message });
      return;
    }
    settings.setData(r.value as UserSettings);
    setMessage({ error: false, text: t('history.name.saved') });
  }

  return (
    <form
      className="history-name"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('history.name.label')}</label>
        <div className="field__control">
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            placeholder={settings.data?.osUserName}
            aria-describedby={`${id}-hint ${id}-message`}
            aria-invalid={message?.error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setMessage(null);
            }}
          />
          <button type="submit">{t('history.name.save')}</button>
        </div>
        <p id={`${id}-hint`} className="field__hint">
          {t('history.name.hint', { os: settings.data?.osUserName ?? '' })}
        </p>
        <p id={`${id}-message`} className={message?.error ? 'field__error' : 'field__hint'} role={message?.error ? 'alert' : 'status'}>
          {message?.text ?? ''}
        </p>
      </div>
    </form>
  );
}
