// Utsläppsbana och sektorer: the trajectory against the baseline and the targets, and the
// scenario's emissions by sector, each with its numbers at a few years.
import { milestoneYears } from '../../../shared/report/figures';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead, YearTable } from '../parts';

export function Emissions({ data, images }: { data: ReportData; images: Images }) {
  const years = milestoneYears(data.calc.years);
  const trajectory = data.charts.trajectory?.model;
  const sectors = data.charts.sectors?.model;
  return (
    <>
      <Lead>
        Basscenariot visar hur utsläppen utvecklas utan planens åtgärder. Scenariots kurva visar utsläppen när scenariots åtgärder genomförs, och målen är
        markerade det år de gäller.
      </Lead>
      <ChartBlock model={trajectory} image={images.trajectory}>
        {trajectory && <YearTable model={trajectory} years={years} caption="Utsläppsbanan vid utvalda år (ton CO2e)." />}
      </ChartBlock>
      <ChartBlock model={sectors} image={images.sectors}>
        {sectors && (
          <YearTable model={sectors} years={years} caption="Scenariots utsläpp per sektor vid utvalda år (ton CO2e); kolsänkornas upptag är negativt." />
        )}
      </ChartBlock>
    </>
  );
}
