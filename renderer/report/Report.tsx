// The council report: a cover with the table of contents, then the chosen sections, each from a
// new page (the frame it shares with the follow-up report is ReportFrame). Pure props in, markup out: it knows nothing of the app shell.
import type { ReactNode } from 'react';
import type { SectionPages } from '../../shared/report/bridge';
import { SECTION_TITLES, type ReportSectionId } from '../../shared/report/sections';
import { reportFormat, type Fmt } from './format';
import type { Images, ReportData } from './prepare';
import { Fact, planTitle, ReportFrame } from './ReportFrame';
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
    <ReportFrame
      plan={p}
      kicker="Rapport till kommunstyrelsen och kommunfullmäktige"
      title={planTitle(p)}
      facts={
        <>
          <Fact term="Scenario">{scenario.name}</Fact>
          <Fact term="Planperiod">
            {p.startYear}–{p.endYear}
          </Fact>
        </>
      }
      date={payload.date}
      sections={payload.sections}
      titles={SECTION_TITLES}
      pages={pages}
      body={(id) => body(id, data, images, fmt)}
    />
  );
}
