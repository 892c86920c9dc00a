// The frame both printed reports share, the council report (Report.tsx) and the follow-up report
// (followup/FollowUpReport.tsx): a cover with a kicker, the municipality, the title, the facts
// (the report's own, then the money unit and the date) and the table of contents with the page
// each section starts on, then the sections, each from a new page under its numbered heading.
import type { ReactNode } from 'react';
import type { PlanSettings } from '../../shared/domain/types';
import type { SectionPages } from '../../shared/report/bridge';
import { sectionAnchor } from '../../shared/report/sections';
import { labelOf, MONEY_UNIT_LABELS } from '../../shared/i18n/labels';
import { Section } from './parts';

/** The plan's title, or "Klimatinvesteringsplan för <kommun>" when it has none. */
export function planTitle(p: PlanSettings): string {
  return p.title || `Klimatinvesteringsplan för ${p.municipality}`;
}

/** One fact on the cover: a term and its value. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface Props<Id extends keyof SectionPages & string> {
  /** The plan's settings: the municipality, its code, the money unit and the price base year. */
  plan: PlanSettings;
  /** The line above the municipality on the cover. */
  kicker: string;
  title: string;
  /** The report's own facts (`Fact`s), before the money unit and the date. */
  facts: ReactNode;
  date: string;
  /** The sections in print order, and their titles. */
  sections: readonly Id[];
  titles: Record<Id, { sv: string }>;
  /** The page each section starts on, once Node has printed the report once. */
  pages: SectionPages | null;
  body: (id: Id) => ReactNode;
}

export function ReportFrame<Id extends keyof SectionPages & string>({ plan: p, kicker, title, facts, date, sections, titles, pages, body }: Props<Id>) {
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">{kicker}</p>
        <p className="report-cover__municipality">
          {p.municipality} <span className="report-muted">kommunkod {p.municipalityCode}</span>
        </p>
        <h1 className="report-cover__title">{title}</h1>
        <dl className="report-cover__facts">
          {facts}
          <Fact term="Belopp">
            {labelOf(MONEY_UNIT_LABELS, p.moneyUnit, 'sv')} i {p.priceBaseYear} års priser
          </Fact>
          <Fact term="Datum">{date}</Fact>
        </dl>
        <nav className="report-toc" aria-labelledby="report-toc-title">
          <h2 id="report-toc-title">Innehåll</h2>
          <ol>
            {sections.map((id, i) => (
              <li key={id}>
                <a href={`#${sectionAnchor(id)}`}>
                  <span className="report-toc__number">{i + 1}.</span>
                  <span className="report-toc__title">{titles[id].sv}</span>
                  <span className="report-toc__page" data-toc-page={id}>
                    {pages?.[id] ?? ''}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {sections.map((id, i) => (
        <Section key={id} id={id} number={i + 1} title={titles[id].sv}>
          {body(id)}
        </Section>
      ))}
    </article>
  );
}
