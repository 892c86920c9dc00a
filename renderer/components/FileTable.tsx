// A table of plan files (name, modified, size), as the file dialogs and the roll-up's file
// choice list them: the name column is the caller's (a button to pick the file, a checkbox).
import type { ReactNode } from 'react';
import type { FileEntry } from '../../shared/api/status';
import { formatNumber } from '../../shared/format/number';
import { formatDateTime } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  files: readonly FileEntry[];
  /** What the name cell holds for the file at `index`. */
  name(file: FileEntry, index: number): ReactNode;
  /** The file marked as the current one (`aria-current`). */
  current?: string | null;
  /** The id of what describes the table (`aria-describedby`). */
  describedBy?: string;
}

export function FileTable({ files, name, current, describedBy }: Props) {
  const { t, locale } = useI18n();
  return (
    <table className="data-table" aria-describedby={describedBy}>
      <thead>
        <tr>
          <th scope="col">{t('open.name')}</th>
          <th scope="col">{t('open.modified')}</th>
          <th scope="col" className="num">
            {t('open.size')}
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f, i) => (
          <tr key={f.name} aria-current={f.name === current ? 'true' : undefined}>
            <td>{name(f, i)}</td>
            <td>{formatDateTime(f.modified, locale)}</td>
            <td className="num">{t('open.sizeKb', { size: formatNumber(Math.ceil(f.size / 1024), locale) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
