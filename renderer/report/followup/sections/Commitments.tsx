// De gemensamma åtagandena: how far each chosen commitment has come, who is responsible, the evidence.
import { COMMITMENT_IDS } from '../../../../shared/domain/ids';
import { COMMITMENT_LABELS, labelOf, LEVEL_LABELS, PROGRESS_LABELS } from '../../../../shared/i18n/labels';
import { Lead } from '../../parts';
import type { FollowUpData } from '../prepare';

export function Commitments({ data }: { data: FollowUpData }) {
  const chosen = COMMITMENT_IDS.map((id) => data.plan.commitments.find((c) => c.id === id)).filter((c) => c !== undefined);
  return (
    <>
      <Lead>
        Klimatkontrakt 2030:s gemensamma åtaganden som kommunen har valt en nivå för, med genomförandet på den nivån, vem som ansvarar och vad som visar det.
      </Lead>
      {chosen.length === 0 ? (
        <p className="report-empty">Kommunen har inte valt nivå för något åtagande.</p>
      ) : (
        <table className="report-table" data-table="followup-commitments">
          <caption>Uppföljning av de gemensamma åtagandena</caption>
          <thead>
            <tr>
              <th scope="col">Åtagande</th>
              <th scope="col">Nivå</th>
              <th scope="col">Genomförande</th>
              <th scope="col">Ansvarig</th>
              <th scope="col">Kommentar och belägg</th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((c) => (
              <tr key={c.id}>
                <th scope="row">{labelOf(COMMITMENT_LABELS, c.id, 'sv')}</th>
                <td>{labelOf(LEVEL_LABELS, c.level, 'sv')}</td>
                <td>{c.progress ? labelOf(PROGRESS_LABELS, c.progress, 'sv') : 'Ej angivet'}</td>
                <td>{c.responsible ?? '–'}</td>
                <td>{c.progressNote ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
