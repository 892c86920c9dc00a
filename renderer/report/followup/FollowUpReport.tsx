// The follow-up report (DESIGN §8): a cover with the municipality, the year, the reference and
// the table of contents, then the sections, each from a new page, as the council report has them.
import type { ReactNode } from 'react';
import type { SectionPages } from '../../../shared/report/bridge';
import { FOLLOWUP_SECTION_TITLES, followUpLabel, type FollowUpSectionId } from '../../../shared/report/followup';
import { sectionAnchor } from '../../../shared/report/sections';
import { labelOf, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { reportFormat, type Fmt } from '../format';
import type { FollowUpData } from './prepare';
import { Changes, Commitments, Emissions, Method, Spending, Summary, type FollowUpImages } from './sections';

interface Props {
  data: FollowUpData;
  images: FollowUpImages;
  pages: SectionPages | null;
}

function body(id: FollowUpSectionId, data: FollowUpData, images: FollowUpImages, fmt: Fmt): ReactNode {
  switch (id) {
    case 'followupSummary':
      return <Summary data={data} fmt={fmt} />;
    case 'followupSpending':
      return <Spending data={data} images={images} fmt={fmt} />;
    case 'followupEmissions':
      return <Emissions data={data} images={images} fmt={fmt} />;
    case 'followupChanges':
      return <Changes data={data} fmt={fmt} />;
    case 'followupCommitments':
      return <Commitments data={data} />;
    case 'followupMethod':
      return <Method data={data} />;
  }
}

function Section({ id, number, children }: { id: FollowUpSectionId; number: number; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={sectionAnchor(id)} data-section={id}>
      <h1 id={sectionAnchor(id)}>
        <span className="report-section__number">{number}.</span> {FOLLOWUP_SECTION_TITLES[id].sv}
      </h1>
      {children}
    </section>
  );
}

export function FollowUpReport({ data, images, pages }: Props) {
  const { plan, followUp: f } = data;
  const fmt = reportFormat(plan.plan.moneyUnit);
  const p = plan.plan;
  const scenario = f.referencePlan.scenarios.find((s) => s.id === f.scenarioId)?.name ?? f.scenarioId;
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">Årlig uppföljning av klimatinvesteringsplanen</p>
        <p className="report-cover__municipality">
          {p.municipality} <span className="report-muted">kommunkod {p.municipalityCode}</span>
        </p>
        <h1 className="report-cover__title">{followUpLabel(f)}</h1>
        <dl className="report-cover__facts">
          <div>
            <dt>Plan</dt>
            <dd>{p.title || `Klimatinvesteringsplan för ${p.municipality}`}</dd>
          </div>
          <div>
            <dt>Uppföljningsår</dt>
            <dd>{f.year}</dd>
          </div>
          <div>
            <dt>Referens</dt>
            <dd>
              {f.version ? `${f.version.name}, beslutad ${f.version.adoptedOn}${f.version.decisionRef ? ` (${f.version.decisionRef})` : ''}` : 'Planen som den ser ut nu'}; scenario {scenario}
            </dd>
          </div>
          <div>
            <dt>Belopp</dt>
            <dd>
              {labelOf(MONEY_UNIT_LABELS, p.moneyUnit, 'sv')} i {p.priceBaseYear} års priser
            </dd>
          </div>
          <div>
            <dt>Datum</dt>
            <dd>{data.payload.date}</dd>
          </div>
        </dl>
        <nav className="report-toc" aria-labelledby="report-toc-title">
          <h2 id="report-toc-title">Innehåll</h2>
          <ol>
            {f.sections.map((id, i) => (
              <li key={id}>
                <a href={`#${sectionAnchor(id)}`}>
                  <span className="report-toc__number">{i + 1}.</span>
                  <span className="report-toc__title">{FOLLOWUP_SECTION_TITLES[id].sv}</span>
                  <span className="report-toc__page" data-toc-page={id}>
                    {pages?.[id] ?? ''}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {f.sections.map((id, i) => (
        <Section key={id} id={id} number={i + 1}>
          {body(id, data, images, fmt)}
        </Section>
      ))}
    </article>
  );
}
