// Så räknas uppföljningen: the definitions of DESIGN §8 in plain Swedish.
import { Lead } from '../../parts';
import type { FollowUpData } from '../prepare';

export function Method({ data }: { data: FollowUpData }) {
  const y = data.result.year;
  return (
    <>
      <Lead>Uppföljningen räknas med samma beräkningsregler som planen; här är vad varje siffra betyder.</Lead>
      <ul className="report-list">
        <li>
          <strong>Planerat</strong> är referensens kostnader och effekter per år enligt planens beräkningsregler, för varje åtgärd som om den ingår, summerade
          över åren t.o.m. uppföljningsåret ({y}). Summor per år gäller åtgärderna i referensens scenario. En åtgärd som har tillkommit efter versionen har plan
          0.
        </li>
        <li>
          <strong>Utfall</strong> är summan av de rapporterade utfallen per åtgärd och år t.o.m. {y}. En siffra som inte har rapporterats räknas inte som 0 utan
          visas som tom.
          <strong> Avvikelse</strong> är utfall minus plan.
        </li>
        <li>
          <strong>Observerade utsläpp</strong> summerar sektorerna med mätvärden; brutto utan och netto med kolsänkor. Ett år räknas bara när alla sektorer med
          observationer har ett värde det året.
        </li>
        <li>
          <strong>Krävd takt</strong> är den årliga relativa minskning som behövs från det senast observerade året L till målåret: 1 − (målnivå / utsläpp L)^(1
          / (målår − L)). Den räknas inte mot ett mål på noll eller lägre.
        </li>
        <li>
          <strong>Observerad takt</strong> är den årliga relativa minskningen från det tidigaste observerade året F inom fem år före L: 1 − (utsläpp L / utsläpp
          F)^(1 / (L − F)).
        </li>
      </ul>
    </>
  );
}
