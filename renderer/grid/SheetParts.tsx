// The small parts around a sheet: the quick filter box, the picker of column groups, and the
// message that lists refused cells (or values to check).
import { useI18n } from '../i18n/I18nProvider';
import type { ColumnGroup } from './columns';
import type { Message } from './useRefusals';

export function QuickFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <input
      type="search"
      className="sheet-search"
      aria-label={t('grid.quickFilter')}
      placeholder={t('grid.quickFilterPlaceholder')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function ColumnPicker({ groups, hidden, onToggle }: { groups: readonly ColumnGroup[]; hidden: ReadonlySet<string>; onToggle(id: string): void }) {
  const { t } = useI18n();
  return (
    <details className="sheet-columns">
      <summary>{t('grid.columns')}</summary>
      <fieldset className="sheet-columns__panel">
        <legend>{t('grid.columnsHint')}</legend>
        {groups.map((g) => (
          <label key={g.id}>
            <input type="checkbox" checked={!hidden.has(g.id)} onChange={() => onToggle(g.id)} />
            {g.header}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** A refusal (role alert) or a note to check a value (role status), with the cells it names. */
export function SheetMessage({ message, onDismiss, onCorrect }: { message: Message; onDismiss(): void; onCorrect?(): void }) {
  const { t } = useI18n();
  const error = message.tone === 'error';
  return (
    <div className={`sheet-message sheet-message--${message.tone}`} role={error ? 'alert' : 'status'}>
      <div className="sheet-message__body">
        <p>{message.text}</p>
        {message.lines && (
          <ul>
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </div>
      {onCorrect && (
        <button type="button" className="sheet-message__correct" onClick={onCorrect}>
          {t('grid.correct')}
        </button>
      )}
      <button type="button" className="dismiss-button" aria-label={t('grid.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
