// Building blocks of the report's sections: the section with its numbered heading (the table of
// contents links to it), a chart as an image with its numbers as a table beside it, and a
// compact table of a chart's series at a few years.
import type { ReactNode } from 'react';
import { sectionAnchor } from '../../shared/report/sections';
import { formatValue, unitLabel } from '../charts/format';
import type { ChartModel } from '../charts/model';
import { quantityOf } from '../charts/models/common';

/** A section of either report, from a new page, under its numbered heading. */
export function Section({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={sectionAnchor(id)} data-section={id}>
      <h1 id={sectionAnchor(id)}>
        <span className="report-section__number">{number}.</span> {title}
      </h1>
      {children}
    </section>
  );
}

/** A chart image with its title above; the image's text alternative is the chart's summary. */
export function ChartBlock({ model, image, children }: { model: ChartModel | undefined; image: string | undefined; children?: ReactNode }) {
  if (!model) return null;
  return (
    <figure className="report-figure" data-chart={model.id}>
      <figcaption className="report-figure__title">{model.title}</figcaption>
      {model.empty ? (
        <p className="report-empty">{model.empty}</p>
      ) : (
        image && <img className="report-figure__image" src={image} alt={`${model.title}. ${model.summary}`} />
      )}
      {model.note && <p className="report-note">{model.note}</p>}
      {!model.empty && children}
    </figure>
  );
}

/** A chart's series at the given years: one row per series, one column per year. */
export function YearTable({ model, years, caption }: { model: ChartModel; years: number[]; caption: string }) {
  const slots = years.map((y) => model.categories.indexOf(String(y))).filter((i) => i >= 0);
  const rows = model.series.filter((s) => slots.some((i) => s.values[i] !== null && s.values[i] !== undefined));
  return (
    <table className="report-table report-table--years">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{model.value.title}</th>
          {slots.map((i) => (
            <th key={i} scope="col" className="num">
              {model.categories[i]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const q = quantityOf(model, s);
          const unit = s.secondary ? ` (${unitLabel(q, 'sv')})` : '';
          return (
            <tr key={s.id}>
              <th scope="row">
                {s.label}
                {unit}
              </th>
              {slots.map((i) => {
                const v = s.values[i];
                return (
                  <td key={i} className="num">
                    {v === null || v === undefined ? '–' : formatValue(v, q, 'sv')}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A lead paragraph under a section heading. */
export function Lead({ children }: { children: ReactNode }) {
  return <p className="report-lead">{children}</p>;
}
