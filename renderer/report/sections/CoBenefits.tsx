// Multipla nyttor: what else the scenario's actions give besides lower emissions. Scores run
// from −2 (clearly worse) to +2 (clearly better) per category; the sign is printed, so the
// table reads the same in grey print.
import { CO_BENEFIT_CATEGORIES } from '../../../shared/domain/ids';
import { formatNumber } from '../../../shared/format/number';
import { CO_BENEFIT_LABELS, labelOf } from '../../../shared/i18n/labels';
import type { Fmt } from '../format';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead } from '../parts';

const SCORES = [2, 1, -1, -2] as const;

/** "+2", "−1", "": the sign spelled out with a real minus; no score is left blank. */
export function scoreText(score: number | undefined): string {
  if (!score) return '';
  return score > 0 ? `+${score}` : `−${-score}`;
}

export function CoBenefits({ data, images, fmt }: { data: ReportData; images: Images; fmt: Fmt }) {
  const { plan, calc } = data;
  const included = plan.actions.filter((_, k) => calc.actions[k]?.included);
  const scored = included.filter((a) => CO_BENEFIT_CATEGORIES.some((c) => a.coBenefits[c]));
  const count = (c: (typeof CO_BENEFIT_CATEGORIES)[number], score: number) => included.filter((a) => a.coBenefits[c] === score).length;
  const model = data.charts.coBenefits?.model;
  const valued = included.reduce((s, a) => s + a.coBenefitSekPerYear, 0);
  return (
    <>
      <Lead>
        Åtgärderna bedöms per nytta från −2 (klart sämre) till +2 (klart bättre). {formatNumber(scored.length)} av scenariots {formatNumber(included.length)}{' '}
        åtgärder har någon bedömning. Värderade nyttor, sammanlagt {fmt.moneyUnit(valued)} per år när alla verkar, räknas in i det samhällsekonomiska nuvärdet.
      </Lead>
      <ChartBlock model={model} image={images.coBenefits} />
      <h2>Bedömningar per nytta</h2>
      <table className="report-table" data-table="co-benefit-counts">
        <caption>Antal av scenariots åtgärder med varje bedömning.</caption>
        <thead>
          <tr>
            <th scope="col">Nytta</th>
            {SCORES.map((s) => (
              <th key={s} scope="col" className="num">
                {scoreText(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CO_BENEFIT_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{labelOf(CO_BENEFIT_LABELS, c, 'sv')}</th>
              {SCORES.map((s) => (
                <td key={s} className="num">
                  {formatNumber(count(c, s))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {scored.length > 0 && (
        <>
          <h2>Bedömningar per åtgärd</h2>
          <table className="report-table report-table--matrix" data-table="co-benefit-matrix">
            <caption>Scenariots åtgärder med någon bedömning; tom ruta betyder ingen bedömning (0).</caption>
            <thead>
              <tr>
                <th scope="col">Åtgärd</th>
                {CO_BENEFIT_CATEGORIES.map((c) => (
                  <th key={c} scope="col" className="report-matrix__category">
                    <span>{labelOf(CO_BENEFIT_LABELS, c, 'sv')}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scored.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.code} {a.name}
                  </th>
                  {CO_BENEFIT_CATEGORIES.map((c) => {
                    const v = a.coBenefits[c];
                    return (
                      <td key={c} className={`report-score${v ? (v > 0 ? ' report-score--plus' : ' report-score--minus') : ''}`}>
                        {scoreText(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
