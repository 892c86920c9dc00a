// The follow-up report (DESIGN §8): a cover with the municipality, the year, the reference and
// the table of contents, then the sections, each from a new page: the council report's frame
// (ReportFrame).
import type { ReactNode } from 'react';
import type { SectionPages } from '../../../shared/report/bridge';
import { FOLLOWUP_SECTION_TITLES, followUpLabel, type FollowUpSectionId } from '../../../shared/report/followup';
import { reportFormat, type Fmt } from '../format';
import { Fact, planTitle, ReportFrame } from '../ReportFrame';
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

export function FollowUpReport({ data, images, pages }: Props) {
  const { plan, followUp: f } = data;
  const fmt = reportFormat(plan.plan.moneyUnit);
  const p = plan.plan;
  const scenario = f.referencePlan.scenarios.find((s) => s.id === f.scenarioId)?.name ?? f.scenarioId;
  return (
    <ReportFrame
      plan={p}
      kicker="Årlig uppföljning av klimatinvesteringsplanen"
      title={followUpLabel(f)}
      facts={
        <>
          <Fact term="Plan">{planTitle(p)}</Fact>
          <Fact term="Uppföljningsår">{f.year}</Fact>
          <Fact term="Referens">
            {f.version
              ? `${f.version.name}, beslutad ${f.version.adoptedOn}${f.version.decisionRef ? ` (${f.version.decisionRef})` : ''}`
              : 'Planen som den ser ut nu'}
            ; scenario {scenario}
          </Fact>
        </>
      }
      date={data.payload.date}
      sections={f.sections}
      titles={FOLLOWUP_SECTION_TITLES}
      pages={pages}
      body={(id) => body(id, data, images, fmt)}
    />
  );
}
