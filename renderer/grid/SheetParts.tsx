// The small parts around a sheet: the quick filter box, the picker of column groups, and the
// refusal message that lists the bad cells.
import { useI18n } from '../i18n/I18nProvider';
import type { ColumnGroup } from './columns';

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

export function RefusalMessage({ text, lines, onDismiss }: { text: string; lines?: string[]; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <div className="sheet-message sheet-message--error" role="alert">
      <div className="sheet-message__body">
        <p>{text}</p>
        {lines && (
          <ul>
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="dismiss-button" aria-label={t('grid.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
