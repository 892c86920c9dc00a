// Åtgärdskostnadskurva: the scenario's actions from the cheapest to the dearest per tonne, with
// the carbon value as the line that tells which pay off for society, and the same bars as a table.
import { formatNumber } from '../../../shared/format/number';
import { TableModelBody } from '../../charts/DataTable';
import type { Images, ReportData } from '../prepare';
import { ChartBlock, Lead } from '../parts';

export function Macc({ data, images }: { data: ReportData; images: Images }) {
  const model = data.charts.macc?.model;
  const year = data.focusYear;
  const carbon = formatNumber(data.plan.plan.carbonValueSekPerTon);
  return (
    <>
      <Lead>
        Kurvan ordnar scenariots åtgärder efter kostnad per ton, den billigaste först. Varje stapel är lika bred som åtgärdens minskning {year} och lika hög som
        dess årliga kostnad per ton. Åtgärder under linjen för koldioxidvärdet ({carbon} kr per ton) lönar sig för samhället med det värdet; en stapel under
        noll sparar mer än den kostar.
      </Lead>
      <ChartBlock model={model} image={images.macc}>
        {model && model.table.rows.length > 0 && (
          <table className="report-table" data-table="macc">
            <caption>Staplarna i kostnadsordning.</caption>
            <TableModelBody table={model.table} />
          </table>
        )}
      </ChartBlock>
    </>
  );
}
