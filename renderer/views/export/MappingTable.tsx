// Which field each column of the file fills: one select per column, with the header and a few
// values from the file beside it. A field goes to one column; choosing it for another column
// takes it from the first.
import { columnLetter } from '../../../shared/exchange/cells';
import { columnsOf, headerOf } from '../../../shared/exchange/columns';
import type { SheetInfo } from '../../../shared/exchange/outcomes';
import { useI18n } from '../../i18n/I18nProvider';
import type { Settings } from './useTableImport';

interface Props {
  sheet: SheetInfo;
  settings: Settings;
  onChange(columns: (string | null)[]): void;
}

export function MappingTable({ sheet, settings, onChange }: Props) {
  const { t, locale } = useI18n();
  const suggestion = sheet.suggestions[settings.kind];
  const defs = columnsOf(settings.kind);

  function choose(index: number, field: string | null) {
    const next = suggestion.headers.map((_, i) => settings.columns[i] ?? null);
    for (let i = 0; i < next.length; i++) if (field && next[i] === field) next[i] = null;
    next[index] = field;
    onChange(next);
  }

  return (
    <fieldset className="mapping">
      <legend>{t('import.mapping')}</legend>
      <p className="muted">
        {t('import.mappingHint')} ({t('import.headerRow')}: {suggestion.headerRow})
      </p>
      <div className="table-scroll">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('import.col.letter')}</th>
              <th scope="col">{t('import.col.header')}</th>
              <th scope="col">{t('import.col.sample')}</th>
              <th scope="col">{t('import.col.field')}</th>
            </tr>
          </thead>
          <tbody>
            {suggestion.headers.map((header, i) => {
              const letter = columnLetter(i);
              return (
                <tr key={i}>
                  <td>{letter}</td>
                  <th scope="row">{header || '–'}</th>
                  <td className="mapping-sample">
                    {suggestion.samples
                      .map((r) => r[i])
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>
                    <select
                      aria-label={t('import.fieldFor', { letter, header: header || '–' })}
                      value={settings.columns[i] ?? ''}
                      onChange={(e) => choose(i, e.target.value || null)}
                    >
                      <option value="">{t('import.skip')}</option>
                      {defs.map((d) => (
                        <option key={d.field} value={d.field}>
                          {headerOf(d, settings.unit, locale)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
