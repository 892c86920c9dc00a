// A new, empty plan for a municipality (DESIGN §2 "The CLI", `new`): the default sectors, no
// baseline, no actions, and the two standard scenarios.
import { blankScenario, DECIDED_STATUSES, UNCANCELLED_STATUSES } from '../../shared/domain/defaults';
import { DEFAULT_SECTOR_IDS, SINK_SECTOR_ID } from '../../shared/domain/ids';
import { SECTOR_LABELS } from '../../shared/i18n/labels';
import { municipalityByCode } from '../../shared/reference/municipalities';
import { ApiFailure } from '../../shared/api/result';
import type { Plan } from './domain';

export function newPlan(municipalityCode: string, title?: string, now = new Date()): Plan {
  const m = municipalityByCode(municipalityCode);
  if (!m) throw new ApiFailure('invalid', `Kommunkoden "${municipalityCode}" finns inte bland Sveriges 290 kommuner.`, 'municipalityCode');
  const year = now.getFullYear();
  return {
    plan: {
      municipality: m.name,
      municipalityCode: m.code,
      title: title ?? `Klimatinvesteringsplan för ${m.name} kommun`,
      // 2020 leaves room for recent statistics before the plan years; 2045 is Sweden's net-zero year.
      startYear: 2020,
      endYear: 2045,
      // Prices in this year's kronor, as a budget is made.
      priceBaseYear: Math.min(Math.max(year, 2020), 2045),
      discountRate: 0.035,
      carbonValueSekPerTon: 7000,
      moneyUnit: 'tkr',
    },
    sectors: DEFAULT_SECTOR_IDS.map((id) => ({ id, name: SECTOR_LABELS[id].sv, isSink: id === SINK_SECTOR_ID })),
    baseline: [],
    targets: [],
    financingSources: [],
    actions: [],
    financing: [],
    commitments: [],
    scenarios: [blankScenario('decided', 'Beslutade åtgärder', DECIDED_STATUSES), blankScenario('all', 'Alla åtgärder', UNCANCELLED_STATUSES)],
  };
}
