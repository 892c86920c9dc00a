// The plans to roll up, with a checkbox each: the .klimat files of the host's folder, or those
// chosen in Electron's dialog. Only names travel; Node knows the paths.
import { useId } from 'react';
import type { FileEntry } from '../../../shared/api/status';
import { formatNumber } from '../../../shared/format/number';
import { formatDateTime } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  files: FileEntry[];
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
  disabled: boolean;
}

export function FileChoice({ files, chosen, onChange, disabled }: Props) {
  const { t, locale } = useI18n();
  const countId = useId();
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  };
  return (
    <div className="region-files">
      <div className="region-files__tools">
        <button type="button" disabled={disabled} onClick={() => onChange(new Set(files.map((f) => f.name)))}>
          {t('region.files.all')}
        </button>
        <button type="button" disabled={disabled} onClick={() => onChange(new Set())}>
          {t('region.files.clear')}
        </button>
        <span id={countId} className="muted" aria-live="polite">
          {t('region.files.count', { n: formatNumber(chosen.size, locale), total: formatNumber(files.length, locale) })}
        </span>
      </div>
      <div className="table-scroll region-files__list">
        <table className="data-table" aria-describedby={countId}>
          <thead>
            <tr>
              <th scope="col">{t('region.files.col.name')}</th>
              <th scope="col">{t('region.files.col.modified')}</th>
              <th scope="col" className="num">
                {t('region.files.col.size')}
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.name}>
                <td>
                  <label className="region-files__pick">
                    <input
                      type="checkbox"
                      checked={chosen.has(f.name)}
                      disabled={disabled}
                      onChange={(e) => toggle(f.name, e.currentTarget.checked)}
                      aria-label={t('region.files.pick', { name: f.name })}
                    />
                    <span>{f.name}</span>
                  </label>
                </td>
                <td>{formatDateTime(f.modified, locale)}</td>
                <td className="num">{t('open.sizeKb', { size: formatNumber(Math.ceil(f.size / 1024), locale) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
