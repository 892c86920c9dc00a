// The plans to roll up, with a checkbox each: the .klimat files of the host's folder, or those
// chosen in Electron's dialog. Only names travel; Node knows the paths.
import { useId } from 'react';
import type { FileEntry } from '../../../shared/api/status';
import { formatNumber } from '../../../shared/format/number';
import { useI18n } from '../../i18n/I18nProvider';
import { FileTable } from '../../components/FileTable';

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
        <FileTable
          files={files}
          describedBy={countId}
          name={(f) => (
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
          )}
        />
      </div>
    </div>
  );
}
