// Every change the other copy made since the copies parted, as it would change this plan, with
// who made it and when, and whether it comes in as it is or by a choice above.
import type { MergeIncoming } from '../../../shared/api/calls/merge';
import { describeChange, type Wording } from '../../../shared/merge/wording';
import { useI18n } from '../../i18n/I18nProvider';
import { useByLine } from '../history/wording';

interface Props {
  incoming: readonly MergeIncoming[];
  wording: Wording;
}

export function IncomingTable({ incoming, wording }: Props) {
  const { t } = useI18n();
  const byLine = useByLine();
  return (
    <div className="table-scroll">
      <table className="data-table merge-incoming">
        <thead>
          <tr>
            <th scope="col">{t('merge.col.change')}</th>
            <th scope="col">{t('merge.col.who')}</th>
            <th scope="col">{t('merge.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {incoming.map((c, i) => (
            <tr key={i} className={c.conflict ? 'merge-incoming--conflict' : undefined}>
              <td>{describeChange(c, wording)}</td>
              <td className="nowrap">{c.by ? byLine(c.by.user, c.by.time) : ''}</td>
              <td className="nowrap">{c.conflict ? t('merge.status.conflict') : t('merge.status.take')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
