// Hand-made plan figures for the roll-up's unit tests: small series whose sums are easy to check.
import { COST_BEARERS, type CostBearer } from '../../../shared/domain/ids';
import type { PlanFigures } from '../../../shared/rollup';

const noCapex = Object.fromEntries(COST_BEARERS.map((b) => [b, 0])) as Record<CostBearer, number>;

/** A plan's figures on its own axis, gross = net = `values`, baseline twice as much. */
export function figures(
  file: string,
  code: string,
  startYear: number,
  values: number[],
  savedAt = '2025-01-01T00:00:00.000Z',
  population: number | null = 1000,
): PlanFigures {
  return {
    file,
    municipalityCode: code,
    municipality: `Kommun ${code}`,
    scenarioId: 'decided',
    emissions: { gross: values, net: values.map((v) => v - 1), baselineGross: values.map((v) => 2 * v), baselineNet: values.map((v) => 2 * v - 1) },
    targets: [],
    capexSek: 100,
    securedSek: 40,
    financingGapSek: 60,
    population,
    title: `Plan ${file}`,
    scenarioName: 'Beslutade åtgärder',
    savedAt,
    capexByCostBearer: noCapex,
    startYear,
    endYear: startYear + values.length - 1,
    scenarios: [{ id: 'decided', name: 'Beslutade åtgärder' }],
  };
}
