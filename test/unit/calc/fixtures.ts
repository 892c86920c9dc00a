// Small hand-made plans for the engine's unit tests: every field has a plain default, and a
// test names only what it is about.
import type { Action, Plan, Scenario } from '../../../shared/domain/types';

export function makeAction(fields: Partial<Action> = {}): Action {
  return {
    id: 'a1',
    code: 'A-01',
    name: 'Åtgärd',
    sectorId: 'transport',
    owner: 'Tekniska nämnden',
    costBearer: 'municipality',
    status: 'decided',
    startYear: 2020,
    implementationYears: 1,
    rampYears: 0,
    effectKind: 'absolute',
    effectTonsPerYear: 0,
    capexSek: 0,
    opexSekPerYear: 0,
    savingsSekPerYear: 0,
    costOverrides: [],
    coBenefits: {},
    coBenefitSekPerYear: 0,
    commitments: [],
    tags: [],
    notes: '',
    ...fields,
  };
}

export function makeScenario(fields: Partial<Scenario> = {}): Scenario {
  return {
    id: 'decided',
    name: 'Beslutade åtgärder',
    includeStatuses: ['decided', 'ongoing', 'done'],
    include: [],
    exclude: [],
    delayYears: 0,
    effectFactor: 1,
    costFactor: 1,
    ...fields,
  };
}

/** A plan on 2020–2024, prices of 2020, no discounting, one ordinary sector and one sink. */
export function makePlan(fields: Partial<Plan> = {}, settings: Partial<Plan['plan']> = {}): Plan {
  return {
    plan: {
      municipality: 'Umeå',
      municipalityCode: '2480',
      title: 'Testplan',
      startYear: 2020,
      endYear: 2024,
      priceBaseYear: 2020,
      discountRate: 0,
      carbonValueSekPerTon: 0,
      moneyUnit: 'kr',
      ...settings,
    },
    sectors: [
      { id: 'transport', name: 'Transporter', isSink: false },
      { id: 'sinks', name: 'Kolsänkor', isSink: true },
    ],
    baseline: [],
    targets: [],
    financingSources: [],
    actions: [],
    financing: [],
    commitments: [],
    scenarios: [makeScenario()],
    ...fields,
  };
}
