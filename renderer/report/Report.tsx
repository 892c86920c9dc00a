// The council report: a cover with the table of contents, then the chosen sections, each from a
// new page. Pure props in, markup out: it knows nothing of the app shell.
import type { ReactNode } from 'react';
import type { SectionPages } from '../../shared/report/bridge';
import { SECTION_TITLES, sectionAnchor, type ReportSectionId } from '../../shared/report/sections';
import { labelOf, MONEY_UNIT_LABELS } from '../../shared/i18n/labels';
import { reportFormat, type Fmt } from './format';
import type { Images, ReportData } from './prepare';
import { Section } from './parts';
import { Actions } from './sections/Actions';
import { CoBenefits } from './sections/CoBenefits';
import { Commitments } from './sections/Commitments';
import { Emissions } from './sections/Emissions';
import { Financing } from './sections/Financing';
import { Investment } from './sections/Investment';
import { Macc } from './sections/Macc';
import { Method } from './sections/Method';
import { Scenarios } from './sections/Scenarios';
import { Summary } from './sections/Summary';
import { Uncertainty } from './sections/Uncertainty';

interface Props {
  data: ReportData;
  /** Chart images by model id. */
  images: Images;
  /** The page each section starts on, once Node has printed the report once. */
  pages: SectionPages | null;
}

function body(id: ReportSectionId, data: ReportData, images: Images, fmt: Fmt): ReactNode {
  switch (id) {
    case 'summary':
      return <Summary data={data} fmt={fmt} />;
    case 'emissions':
      return <Emissions data={data} images={images} />;
    case 'scenarios':
      return <Scenarios data={data} images={images} fmt={fmt} />;
    case 'uncertainty':
      return <Uncertainty data={data} images={images} />;
    case 'macc':
      return <Macc data={data} images={images} />;
    case 'actions':
      return <Actions data={data} fmt={fmt} />;
    case 'investment':
      return <Investment data={data} images={images} fmt={fmt} />;
    case 'financing':
      return <Financing data={data} fmt={fmt} />;
    case 'coBenefits':
      return <CoBenefits data={data} images={images} fmt={fmt} />;
    case 'commitments':
      return <Commitments data={data} images={images} fmt={fmt} />;
    case 'method':
      return <Method data={data} />;
  }
}

export function Report({ data, images, pages }: Props) {
  const { plan, scenario, payload } = data;
  const fmt = reportFormat(plan.plan.moneyUnit);
  const p = plan.plan;
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">Rapport till kommunstyrelsen och kommunfullmäktige</p>
        <p className="report-cover__municipality">
          {p.municipality} <span className="report-muted">kommunkod {p.municipalityCode}</span>
        </p>
        <h1 className="report-cover__title">{p.title || `Klimatinvesteringsplan för ${p.municipality}`}</h1>
        <dl className="report-cover__facts">
          <div>
            <dt>Scenario</dt>
            <dd>{scenario.name}</dd>
          </div>
          <div>
            <dt>Planperiod</dt>
            <dd>
              {p.startYear}–{p.endYear}
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
            <dd>{payload.date}</dd>
          </div>
        </dl>
        <nav className="report-toc" aria-labelledby="report-toc-title">
          <h2 id="report-toc-title">Innehåll</h2>
          <ol>
            {payload.sections.map((id, i) => (
              <li key={id}>
                <a href={`#${sectionAnchor(id)}`}>
                  <span className="report-toc__number">{i + 1}.</span>
                  <span className="report-toc__title">{SECTION_TITLES[id].sv}</span>
                  <span className="report-toc__page" data-toc-page={id}>
                    {pages?.[id] ?? ''}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {payload.sections.map((id, i) => (
        <Section key={id} id={id} number={i + 1}>
          {body(id, data, images, fmt)}
        </Section>
      ))}
    </article>
  );
}
