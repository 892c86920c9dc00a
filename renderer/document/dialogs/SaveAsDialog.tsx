// Asks for the file name of a plan that was never saved (browser host: files are chosen by
// name in the host's folder, never by path).
import { useId, useState } from 'react';
import { FieldError } from '../../components/FieldError';
import { FormDialog } from '../../components/FormDialog';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  initialName: string;
  onSubmit(name: string): Promise<string | null>;
  onClose(): void;
}

export function SaveAsDialog({ initialName, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  const inputId = useId();
  const hintId = useId();

  return (
    <FormDialog
      title={t('saveAs.title')}
      intro={t('saveAs.intro')}
      submitLabel={t('saveAs.submit')}
      onSubmit={() => (name.trim() === '' ? t('saveAs.missing') : onSubmit(name.trim()))}
      onClose={onClose}
    >
      {({ error, errorId }) => (
        <div className="field">
          <label htmlFor={inputId}>{t('saveAs.name')}</label>
          <input
            id={inputId}
            data-autofocus
            type="text"
            value={name}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={hintId} className="field__hint">
            {t('saveAs.nameHint')}
          </p>
          <FieldError id={errorId} error={error} />
        </div>
      )}
    </FormDialog>
  );
}
