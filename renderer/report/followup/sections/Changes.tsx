// Statusändringar och ändringar sedan versionen: which actions moved on (or back) since adoption,
// and what was added, removed and changed, in words.
import { STATUS_LABELS, labelOf } from '../../../../shared/i18n/labels';
import { actionName, fieldChangeWords } from '../../../../shared/followup';
import type { Fmt } from '../../format';
import { Lead } from '../../parts';
import type { FollowUpData } from '../prepare';

export function Changes({ data }: { data: FollowUpData; fmt: Fmt }) {
  const { plan, reference, result, followUp: f } = data;
  const then = new Map(reference.plan.actions.map((a) => [a.id, a]));
  const now = new Map(plan.actions.map((a) => [a.id, a]));
  const moved = plan.actions.filter((a) => then.has(a.id) && then.get(a.id)!.status !== a.status);
  const w = { locale: 'sv' as const, moneyUnit: plan.plan.moneyUnit, names: {} };
  const { added, removed, changed } = result.changes;
  return (
    <>
      <Lead>
        {f.version
          ? `Åtgärdernas status nu jämförd med när versionen ”${f.version.name}” fastställdes, och vad som har lagts till, tagits bort och ändrats i planen sedan dess.`
          : 'Uppföljningen görs mot planen som den ser ut nu; en fastställd version behövs för att visa vad som har ändrats sedan beslutet.'}
      </Lead>
      {f.version && (
        <>
          <h2>Statusändringar</h2>
          {moved.length === 0 ? (
            <p className="report-empty">Ingen åtgärd har bytt status sedan versionen.</p>
          ) : (
            <table className="report-table" data-table="followup-status">
              <caption>Åtgärder som har bytt status ({moved.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Åtgärd</th>
                  <th scope="col">Vid antagandet</th>
                  <th scope="col">Nu</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{actionName(a)}</th>
                    <td>{labelOf(STATUS_LABELS, then.get(a.id)!.status, 'sv')}</td>
                    <td>{labelOf(STATUS_LABELS, a.status, 'sv')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Ändringar sedan versionen</h2>
          {!added.length && !removed.length && !changed.length ? (
            <p className="report-empty">Inga åtgärder har lagts till, tagits bort eller ändrats sedan versionen.</p>
          ) : (
            <ul className="report-list" data-list="changes">
              {added.map((id) => (
                <li key={`a${id}`}>Tillagd: {actionName(now.get(id)!)}</li>
              ))}
              {removed.map((id) => (
                <li key={`r${id}`}>Borttagen: {actionName(then.get(id)!)}</li>
              ))}
              {changed.map(({ id, fields }) => (
                <li key={`c${id}`}>
                  Ändrad: {actionName(now.get(id)!)} – {fields.map((fl) => fieldChangeWords(fl, then.get(id)!, now.get(id)!, w)).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
