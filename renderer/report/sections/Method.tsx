// Metodbilaga: the calculation rules in plain Swedish with this plan's numbers (shared/report/method.ts).
import { methodParts } from '../../../shared/report/method';
import type { ReportData } from '../prepare';

export function Method({ data }: { data: ReportData }) {
  return (
    <>
      {methodParts(data.plan, data.scenario).map((part) => (
        <section key={part.heading} className="report-method">
          <h2>{part.heading}</h2>
          {part.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
    </>
  );
}
